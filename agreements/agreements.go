package agreements

import (
	"slices"
	"strings"
	"sync"

	"github.com/diplomacy-go/diplomacy/entities"
)

// Agreement is an agreement between parties that a text refers to, with the
// furthest point of its lifecycle that the text states.
type Agreement struct {
	Parties  []string          `json:"parties"` // actor codes, sorted
	Kind     string            `json:"kind"`    // treaty, agreement, memorandum, deal, contract, accord, ceasefire, declaration
	Status   string            `json:"status"`  // proposed, negotiating, reached, signed, ratified, in_force, implementing, suspended, terminated
	Date     string            `json:"date"`    // TIMEX3 value of the agreement's date, "" if none
	Sectors  []string          `json:"sectors"` // energy, industry, trade, defense, nuclear, ...
	Evidence entities.Evidence `json:"evidence"`
}

// Partnership is a lasting relation between parties: a partnership, an
// alliance, cooperation or friendship.
type Partnership struct {
	Parties  []string          `json:"parties"` // actor codes, sorted
	Kind     string            `json:"kind"`    // strategic partnership, comprehensive strategic partnership, alliance, cooperation, friendship
	Sectors  []string          `json:"sectors"`
	Trend    string            `json:"trend"` // strengthening, stable, weakening
	Evidence entities.Evidence `json:"evidence"`
}

// Sanction is a sanctions regime: who imposes it on whom, and what the text
// says is done with it.
type Sanction struct {
	Imposers []string          `json:"imposers"` // actor codes, sorted
	Targets  []string          `json:"targets"`  // actor codes, sorted
	Kind     string            `json:"kind"`     // economic, financial, trade, arms_embargo, embargo, travel_ban, asset_freeze, diplomatic, unilateral, other
	Action   string            `json:"action"`   // imposed, extended, threatened, eased, lifted, condemned, supported, mentioned
	By       []string          `json:"by"`       // who takes Action when it is not the imposer
	Duration string            `json:"duration"` // TIMEX3 duration ("P60Y"), "" if none
	Evidence entities.Evidence `json:"evidence"`
}

// Time is a temporal expression already found in the text (the caller runs
// the time tagger): its span, TIMEX3 type (DATE, TIME, DURATION, SET) and
// value.
type Time struct {
	entities.Span
	Type, Value string
}

// Result holds what Extract found. Every slice is non-nil and ordered by the
// first reference in the text.
type Result struct {
	Agreements   []Agreement
	Partnerships []Partnership
	Sanctions    []Sanction
}

// Extract finds the agreements, partnerships and sanctions of a text. sents
// are the sentence spans (byte offsets into text, in order); mentions the
// entity mentions sorted by Start; times the temporal expressions sorted by
// Start. Spans out of range are ignored; when sents is empty the whole text is
// one sentence. Extract never panics and is safe for concurrent use.
func Extract(text string, sents []entities.Span, mentions []entities.Mention, times []Time) (r Result) {
	defer func() {
		// A bug must not take the caller down with it: report nothing
		// instead. The fuzz target calls extract directly to find such bugs.
		if recover() != nil {
			r = Result{Agreements: []Agreement{}, Partnerships: []Partnership{}, Sanctions: []Sanction{}}
		}
	}()
	return extract(text, sents, mentions, times)
}

func extract(text string, sents []entities.Span, mentions []entities.Mention, times []Time) Result {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	d := sc.newDoc(text, sents, times)
	lx := d.lx
	if lx.agreement.bit != 0 && d.mask&(lx.agreement.bit|lx.agreeVerb.bit|lx.partnership.bit|lx.sanction.bit|bitBacked) == 0 {
		// No trigger anywhere: nothing to find, and no need to place the
		// mentions.
		return Result{Agreements: []Agreement{}, Partnerships: []Partnership{}, Sanctions: []Sanction{}}
	}
	d.placeMentions(mentions)
	d.findIssuers()
	d.addPseudo()
	return Result{
		Agreements:   d.agreements(),
		Partnerships: d.partnerships(),
		Sanctions:    d.sanctions(),
	}
}

// actor is one mention (or several overlapping ones) inside a sentence.
type actor struct {
	codes  []string
	a, b   int // token range in the sentence
	kind   entities.Kind
	form   string
	poss   bool // followed by 's
	venue  bool // a place or a capital used as a venue ("in Moscow")
	pseudo bool // "we"/"our" standing for a statement's issuers
	stance bool // "pro-Iranian", "a French-brokered": not a party
	anti   bool // "anti-Russian": a target, not a party
}

// sent is one sentence with its tokens and actors.
type sent struct {
	span   entities.Span
	toks   []token
	actors []actor
	owner  []int  // token index → actor index, or -1
	bil    int8   // hasBilateral, cached: 0 unknown, 1 no, 2 yes
	biz    int8   // business, cached likewise
	mask   uint32 // the union of its tokens' masks
}

// doc is the state of one Extract call.
type doc struct {
	text    string
	lx      *lexicons
	sents   []*sent
	times   []Time
	issuers []string
	sal     salience
	mask    uint32   // the union of the tokens' masks
	sc      *scratch // the arrays the doc lives in
}

// salience holds actor counts over the first sentences of a document.
type salience struct {
	upto, pos    int
	count, first map[string]int
}

// scratch holds the arrays an Extract call works in. They are reused
// through scratchPool: nothing in them reaches a Result (every slice of a
// Result is built afresh), and they are cleared before reuse.
type scratch struct {
	d      doc
	toks   []token
	ends   []int
	sents  []sent
	ptrs   []*sent
	order  []int
	owners []int
	codes  []string
	actors []actor
	acts   []actor
	trig   []trigger
	times  []Time
	low    []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch is the largest token array kept for reuse.
const maxScratch = 1 << 16

// release clears the scratch (so that it holds on to none of the caller's
// text) and returns it to the pool, unless it grew too large to keep.
func (sc *scratch) release() {
	if cap(sc.toks) > maxScratch {
		return
	}
	// Each array is cleared up to the length this call used; beyond it, it
	// was cleared by the calls before.
	sc.d = doc{}
	clear(sc.toks)
	clear(sc.sents)
	clear(sc.ptrs)
	clear(sc.codes)
	clear(sc.actors)
	clear(sc.acts[:cap(sc.acts)])
	clear(sc.trig[:cap(sc.trig)])
	clear(sc.times)
	scratchPool.Put(sc)
}

// newDoc tokenizes the sentences of text and keeps the valid times.
func (sc *scratch) newDoc(text string, spans []entities.Span, times []Time) *doc {
	sc.d = doc{text: text, lx: load(), sc: sc, times: sc.times[:0]}
	d := &sc.d
	if len(spans) == 0 {
		spans = []entities.Span{{Start: 0, End: len(text)}}
	}
	for _, t := range times {
		if t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
			d.times = append(d.times, t)
		}
	}
	if !slices.IsSortedFunc(d.times, func(a, b Time) int { return a.Start - b.Start }) {
		slices.SortStableFunc(d.times, func(a, b Time) int { return a.Start - b.Start })
	}
	// One array of tokens, one of sentences: each sentence's tokens are a
	// capped slice of the first.
	toks := sc.toks[:0]
	if n := len(text)/5 + 16; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	ends := sc.ends[:0]
	pool := sc.sents[:0]
	low := sc.low[:0]
	for _, sp := range spans {
		if sp.Start < 0 || sp.Start > sp.End || sp.End > len(text) {
			continue
		}
		toks, low = appendTokens(toks, low, text, sp.Start, sp.End)
		ends = append(ends, len(toks))
		pool = append(pool, sent{span: sp})
	}
	// The words with upper case were left without their lower-case form:
	// it is in low, in the same order.
	lows, off := string(low), 0
	for k := range toks {
		t := &toks[k]
		if t.s == "" {
			n := t.end - t.start
			t.s = lows[off : off+n]
			off += n
		}
		t.mask = d.lx.maskOf(t.s)
	}
	ptrs := slices.Grow(sc.ptrs[:0], len(pool))[:len(pool)]
	start := 0
	for k := range pool {
		s := &pool[k]
		s.toks = toks[start:ends[k]:ends[k]]
		start = ends[k]
		for _, t := range s.toks {
			s.mask |= t.mask
		}
		d.mask |= s.mask
		ptrs[k] = s
	}
	d.sents = ptrs
	sc.toks, sc.ends, sc.sents, sc.ptrs, sc.low, sc.times = toks, ends, pool, ptrs, low, d.times
	return d
}

// placeMentions turns mentions into the actors of the sentences they fall in.
func (d *doc) placeMentions(mentions []entities.Mention) {
	sc := d.sc
	// Mentions by start, whatever order the caller gave them in.
	order := slices.Grow(sc.order[:0], len(mentions))[:len(mentions)]
	sc.order = order
	for i := range order {
		order[i] = i
	}
	if !slices.IsSortedFunc(order, func(x, y int) int { return mentions[x].Start - mentions[y].Start }) {
		slices.SortStableFunc(order, func(x, y int) int { return mentions[x].Start - mentions[y].Start })
	}
	// Owners, actors and their first codes come from arrays shared by the
	// sentences, each sentence holding a capped slice of them.
	ntok := 0
	for _, s := range d.sents {
		ntok += len(s.toks)
	}
	owners := slices.Grow(sc.owners[:0], ntok)[:ntok]
	sc.owners = owners
	for i := range owners {
		owners[i] = -1
	}
	codes := slices.Grow(sc.codes[:0], len(mentions))[:len(mentions)]
	sc.codes = codes
	pool := slices.Grow(sc.actors[:0], len(mentions))
	sc.actors = pool
	acts := sc.acts[:0]
	defer func() { sc.acts = acts }()
	for _, s := range d.sents {
		s.owner, owners = owners[:len(s.toks):len(s.toks)], owners[len(s.toks):]
		acts = acts[:0]
		first, _ := slices.BinarySearchFunc(order, s.span.Start, func(i, start int) int { return mentions[i].Start - start })
		for _, mi := range order[first:] {
			m := mentions[mi]
			if m.Start >= s.span.End {
				break
			}
			if m.Code == "" || m.End > s.span.End || m.Start >= m.End {
				continue
			}
			// The tokens the mention overlaps.
			a, _ := slices.BinarySearchFunc(s.toks, m.Start, func(t token, start int) int {
				if t.end <= start {
					return -1
				}
				return 1
			})
			b := a
			for b < len(s.toks) && s.toks[b].start < m.End {
				b++
			}
			if a >= b {
				continue
			}
			codes[0] = m.Code
			acts = append(acts, actor{codes: codes[:1:1], a: a, b: b, kind: m.Kind, form: m.Form})
			codes = codes[1:]
		}
		slices.SortStableFunc(acts, func(x, y actor) int {
			if x.a != y.a {
				return x.a - y.a
			}
			return y.b - x.b
		})
		// Merge overlapping mentions ("Russian President Vladimir Putin").
		if len(acts) > 0 && cap(pool)-len(pool) < len(acts) {
			pool = make([]actor, 0, max(len(acts), len(mentions)))
		}
		s.actors = pool[len(pool):len(pool)]
		for _, ac := range acts {
			if n := len(s.actors); n > 0 && ac.a < s.actors[n-1].b {
				last := &s.actors[n-1]
				last.b = max(last.b, ac.b)
				last.codes = addCodes(last.codes, ac.codes...)
				continue
			}
			s.actors = append(s.actors, ac)
		}
		s.actors = s.actors[:len(s.actors):len(s.actors)]
		pool = pool[:len(pool)+len(s.actors)]
		sc.actors = pool
		if len(s.actors) == 0 {
			s.actors = nil
		}
		for i := range s.actors {
			ac := &s.actors[i]
			if ac.b < len(s.toks) && s.toks[ac.b].s == "'s" {
				ac.poss = true
			} else if ac.b > ac.a && s.toks[ac.b-1].s == "'s" {
				ac.poss = true
			}
			switch ac.form {
			case "capital", "city", "seat", "state":
				if ac.a > 0 {
					switch s.toks[ac.a-1].s {
					case "in", "at", "to", "from", "near", "via":
						ac.venue = true
					}
				}
			}
			if ac.kind == entities.KindPlace {
				ac.venue = true
			}
			if ac.a >= 2 && s.toks[ac.a-1].s == "-" && s.toks[ac.a-2].s == "pro" {
				ac.stance = true
			}
			if ac.a >= 2 && s.toks[ac.a-1].s == "-" && s.toks[ac.a-2].s == "anti" {
				ac.anti = true
			}
			if ac.b+1 < len(s.toks) && s.toks[ac.b].s == "-" && mediated[s.toks[ac.b+1].s] {
				ac.stance = true // "a French-brokered ceasefire": a mediator, not a party
			}
			// "in Reykjavik, Iceland": the country of a venue is a venue too.
			if i > 0 && s.actors[i-1].venue && ac.a >= 1 && s.toks[ac.a-1].s == "," && s.actors[i-1].b == ac.a-1 {
				ac.venue = true
			}
			for k := ac.a; k < ac.b; k++ {
				s.owner[k] = i
			}
		}
		// "a deal brokered by Turkey and the UN": mediators, not parties.
		for k := 1; k+1 < len(s.toks); k++ {
			if s.toks[k].s == "by" && brokered[s.toks[k-1].s] {
				for _, i := range s.listAfter(k+1, 3, listSep) {
					s.actors[i].stance = true
				}
			}
		}
	}
}

// findIssuers reads the authors of a joint statement ("We, the leaders of X,
// Y and Z"), whom "we" and "our" then stand for.
func (d *doc) findIssuers() {
	best := 99
	for si, s := range d.sents {
		bits := d.lx.issuers.bit | d.lx.author.bit
		if !d.may(s, bits) {
			continue
		}
		for i := 0; i < len(s.toks); i++ {
			if d.lx.vocab != nil && s.toks[i].mask&bits == 0 {
				continue
			}
			e, end := d.lx.issuers.match(s.toks, i)
			if e == nil {
				e, end = d.lx.author.match(s.toks, i)
			}
			if e == nil {
				continue
			}
			prio := 2
			switch e.toks[0] {
			case "we":
				prio = 0
			case "the":
				prio = 1
			}
			if e.val == "author" {
				prio = 3
			}
			if prio >= best {
				i = end - 1
				continue
			}
			var idx []int
			if prio == 3 {
				idx = s.authorAfter(end)
			} else {
				idx = s.listAfter(end, 2, issuerSep)
			}
			if codes := s.codesOf(idx, false); len(codes) >= 2 || prio == 3 && len(codes) == 1 && si <= 1 {
				d.issuers, best = codes, prio
			}
			i = end - 1
		}
	}
}

// authorAfter returns the author named after "Statement by" in a title
// ("Statement by the Ministry of Foreign Affairs of the Russian Federation
// on ..."), not crossing the topic's preposition.
func (s *sent) authorAfter(p int) []int {
	for k := p; k < len(s.toks) && k < p+9; k++ {
		if o := s.owner[k]; o >= 0 {
			return s.listAfter(k, 0, listSep)
		}
		switch s.toks[k].s {
		case "on", "regarding", "about", "concerning", "to", "at", "in", "following", "after", "for", "with":
			return nil
		}
		if isTerminator(s.toks[k].s) || s.toks[k].s == "," {
			return nil
		}
	}
	return nil
}

// addPseudo adds the actors that are not entity mentions: "we", "our" and
// "us" standing for a statement's issuers, and named groups of states ("six
// world powers").
func (d *doc) addPseudo() {
	for _, s := range d.sents {
		if len(d.issuers) == 0 && !d.may(s, d.lx.groups.bit) {
			continue // neither pronouns for issuers nor groups
		}
		var acts []actor
		for i := 0; i < len(s.toks); i++ {
			if s.owner[i] >= 0 || len(d.issuers) == 0 && d.lx.vocab != nil && s.toks[i].mask&d.lx.groups.bit == 0 {
				continue
			}
			if e, end := d.lx.groups.match(s.toks, i); e != nil && !slices.ContainsFunc(s.owner[i:end], func(o int) bool { return o >= 0 }) {
				acts = append(acts, actor{codes: strings.Fields(e.val), a: i, b: end, kind: entities.KindCountry, form: "group"})
				i = end - 1
				continue
			}
			switch s.toks[i].s {
			case "we", "our", "us", "ourselves":
				if len(d.issuers) > 0 {
					acts = append(acts, actor{codes: d.issuers, a: i, b: i + 1, kind: entities.KindCountry, form: "anaphor", pseudo: true})
				}
			}
		}
		if len(acts) == 0 {
			continue
		}
		s.actors = append(s.actors, acts...)
		slices.SortStableFunc(s.actors, func(x, y actor) int { return x.a - y.a })
		for i := range s.owner {
			s.owner[i] = -1
		}
		for i, ac := range s.actors {
			for k := ac.a; k < ac.b; k++ {
				s.owner[k] = i
			}
		}
	}
}

// addCodes appends codes not yet in dst.
func addCodes(dst []string, codes ...string) []string {
	for _, c := range codes {
		if c != "" && !slices.Contains(dst, c) {
			dst = append(dst, c)
		}
	}
	return dst
}

// sortedSet returns a sorted, deduplicated, non-nil copy.
func sortedSet(codes []string) []string {
	out := make([]string, 0, len(codes))
	out = addCodes(out, codes...)
	slices.Sort(out)
	return out
}

// minus returns the codes of a not in b.
func minus(a, b []string) []string {
	var out []string
	for _, c := range a {
		if !slices.Contains(b, c) {
			out = append(out, c)
		}
	}
	return out
}

func overlap(a, b []string) bool {
	for _, c := range a {
		if slices.Contains(b, c) {
			return true
		}
	}
	return false
}

func subset(a, b []string) bool {
	for _, c := range a {
		if !slices.Contains(b, c) {
			return false
		}
	}
	return true
}

func sameSet(a, b []string) bool { return subset(a, b) && subset(b, a) }

// mediated holds the words of "X-brokered" and "brokered by X": X is a
// mediator or sponsor, not a party.
var mediated = map[string]bool{"brokered": true, "mediated": true, "sponsored": true, "hosted": true, "drafted": true,
	"facilitated": true, "guaranteed": true, "backed": true, "led": true, "proposed": true, "opposed": true, "criticized": true,
	"criticised": true, "condemned": true, "welcomed": true, "rejected": true, "endorsed": true, "supported": true, "praised": true}

// brokered holds the words of "brokered by X": X is a mediator.
var brokered = map[string]bool{"brokered": true, "mediated": true, "sponsored": true, "hosted": true,
	"facilitated": true, "guaranteed": true}

// Separators allowed between the actors of a list.
var (
	listSep   = map[string]bool{",": true, "and": true, "&": true, "/": true, "the": true, "as": true, "well": true, "both": true, "also": true, "plus": true, "(": true, ")": true, "-": true, "'s": true}
	issuerSep = map[string]bool{",": true, "and": true, "&": true, "the": true, "as": true, "well": true, "together": true, "with": true,
		"president": true, "prime": true, "minister": true, "chancellor": true, "of": true, "leaders": true, "leader": true, "heads": true,
		"state": true, "government": true, "(": true, ")": true, "-": true, "king": true, "premier": true, "taoiseach": true}
)

// listAfter returns the actors of the list that starts within skip tokens of
// position p (not crossing a terminator or a comma) and goes on through
// separators.
func (s *sent) listAfter(p, skip int, sep map[string]bool) []int {
	first := -1
	for k, n := p, 0; k < len(s.toks) && n <= skip; k++ {
		if s.owner[k] >= 0 {
			first = s.owner[k]
			break
		}
		if isTerminator(s.toks[k].s) || s.toks[k].s == "," || isVerbLike(s.toks[k].s) {
			break
		}
		n++
	}
	if first < 0 {
		return nil
	}
	idx := []int{first}
	maxGap := 4
	if len(sep) > len(listSep) {
		maxGap = 8 // issuer lists: "together with the President of the European Council"
	}
	for cur := first; ; {
		next, gap := -1, 0
		for k := s.actors[cur].b; k < len(s.toks); k++ {
			if o := s.owner[k]; o >= 0 && o != cur {
				next = o
				break
			}
			if !sep[s.toks[k].s] || gap >= maxGap {
				break
			}
			gap++
		}
		if next < 0 {
			return idx
		}
		idx = append(idx, next)
		cur = next
	}
}

// listBefore returns the actors of the list that ends within skip tokens
// before position p, nearest first.
func (s *sent) listBefore(p, skip int) []int {
	last := -1
	for k, n := min(p, len(s.toks))-1, 0; k >= 0 && n <= skip; k-- {
		if o := s.owner[k]; o >= 0 && !s.actors[o].venue {
			last = o
			break
		}
		if t := s.toks[k].s; isTerminator(t) || t == "," {
			break
		}
		if s.toks[k].s != "'s" {
			n++
		}
	}
	if last < 0 {
		return nil
	}
	idx := []int{last}
	for cur := last; ; {
		prev, gap := -1, 0
		for k := s.actors[cur].a - 1; k >= 0; k-- {
			if o := s.owner[k]; o >= 0 && o != cur {
				prev = o
				break
			}
			if !listSep[s.toks[k].s] || gap >= 3 {
				break
			}
			gap++
		}
		if prev < 0 {
			return idx
		}
		idx = append(idx, prev)
		cur = prev
	}
}

// codesOf returns the codes of the given actors, skipping venues, mediators
// (and pseudo-actors unless withPseudo).
func (s *sent) codesOf(idx []int, withPseudo bool) []string {
	n := 0
	for _, i := range idx {
		if ac := &s.actors[i]; !(ac.venue || ac.stance || ac.pseudo && !withPseudo) {
			n += len(ac.codes)
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for _, i := range idx {
		ac := &s.actors[i]
		if ac.venue || ac.stance || ac.pseudo && !withPseudo {
			continue
		}
		out = addCodes(out, ac.codes...)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// allActors returns every actor of the sentence that may be a party: not a
// venue, not a "pro-X" stance.
func (s *sent) allActors() []int {
	var idx []int
	for i, ac := range s.actors {
		if !ac.venue && !ac.stance && !ac.anti {
			idx = append(idx, i)
		}
	}
	return idx
}

// premods returns the actors that modify the phrase starting at token a
// ("the Russian-Cuban strategic partnership", "new EU Syria sanctions").
func (d *doc) premods(s *sent, a int) []int {
	var idx []int
	free := 0
	for k := a - 1; k >= 0; {
		t := s.toks[k]
		if o := s.owner[k]; o >= 0 {
			ac := s.actors[o]
			paired := ac.a > 0 && s.toks[ac.a-1].s == "-" || ac.b < len(s.toks) && s.toks[ac.b].s == "-"
			if (ac.form == "capital" || ac.form == "city") && !paired {
				// "the Minsk agreements", "the Paris Agreement": a venue's
				// name, unless paired ("the Moscow-Beijing axis").
				s.actors[o].venue = true
			} else if !slices.Contains(idx, o) {
				idx = append(idx, o)
			}
			k = ac.a - 1
			continue
		}
		switch {
		case t.s == "-" || t.s == "'s" || t.s == "/":
			k--
			continue
		case t.s == "and" || t.s == ",":
			if k > 0 && (s.owner[k-1] >= 0 || s.toks[k-1].s == "-") && len(idx) > 0 {
				k--
				continue
			}
		case free < 4 && d.isModifier(s, k):
			free++
			k--
			continue
		}
		break
	}
	return idx
}

// isModifier reports whether token k may sit inside a noun phrase before a
// trigger.
func (d *doc) isModifier(s *sent, k int) bool {
	t := s.toks[k].s
	if isStopWord(t) || isTerminator(t) {
		return false
	}
	if s.toks[k].mask&(bitMod|bitSanctionKind) != 0 { // a word of lx.mods or lx.sanctionKind
		return true
	}
	if e, end := d.lx.sector.match(s.toks, k); e != nil && end == k+1 {
		return true
	}
	if t[0] >= '0' && t[0] <= '9' {
		return true
	}
	// A capitalized word that does not open the sentence: a name ("INF treaty").
	return s.toks[k].cap && k > 0
}

// prepAfter finds one of preps within n tokens after b (not crossing a
// terminator or a comma) and returns the list of actors that follows it.
func (s *sent) prepAfter(b, n int, preps ...string) []int {
	for k := b; k < len(s.toks) && k < b+n; k++ {
		t := s.toks[k].s
		if isTerminator(t) || t == "," {
			return nil
		}
		if slices.Contains(preps, t) && s.owner[k] < 0 {
			skip := 5
			if t == "to" || t == "of" || t == "from" {
				skip = 2 // "to Belarus", not "to end the war in Ukraine"
			}
			return s.listAfter(k+1, skip, listSep)
		}
	}
	return nil
}

// cueBefore reports whether a cue of l ends within n tokens before k.
func (d *doc) cueBefore(l *lexicon, s *sent, k, n int) bool {
	for j := max(0, k-n); j < k; j++ {
		if e, end := l.match(s.toks, j); e != nil && end <= k {
			return true
		}
	}
	return false
}

// hardStop reports whether the token ends a sentence-internal window.
func hardStop(s string) bool {
	switch s {
	case ".", ";", "!", "?":
		return true
	}
	return false
}

// window returns the token range [lo, hi) around [a, b) reaching back n and
// forward m tokens, not crossing hard stops.
func window(s *sent, a, b, n, m int) (int, int) {
	lo := a
	for lo > 0 && a-lo < n && !hardStop(s.toks[lo-1].s) {
		lo--
	}
	hi := b
	for hi < len(s.toks) && hi-b < m && !hardStop(s.toks[hi].s) {
		hi++
	}
	return lo, hi
}

// may reports whether an entry of a lexicon with one of bits (or a word of
// the word lists with those bits) may occur in s; without the index (bits
// 0) it always may.
func (d *doc) may(s *sent, bits uint32) bool {
	return bits == 0 || d.lx.vocab == nil || s.mask&bits != 0
}

// trigger is one lexicon match in a sentence.
type trigger struct {
	si    int // sentence index
	a, b  int // token range
	e     *entry
	needs bool // the entry's needs were not met
}

// triggers returns the matches of l in every sentence, skipping those that
// fall on an actor, that a block word cancels, or whose needs are unmet
// (unless keepWeak, when they are marked).
//
// The slice returned is valid until the next call.
func (d *doc) triggers(l *lexicon, keepWeak bool) []trigger {
	out := d.sc.trig[:0]
	defer func() { d.sc.trig = out }()
	for si, s := range d.sents {
		if !d.may(s, l.bit) {
			continue
		}
		for i := 0; i < len(s.toks); {
			if l.bit != 0 && s.toks[i].mask&l.bit == 0 {
				i++
				continue
			}
			e, end := l.match(s.toks, i)
			if e == nil {
				i++
				continue
			}
			ok := true
			for k := i; k < end; k++ {
				if s.owner[k] >= 0 && !s.actors[s.owner[k]].pseudo {
					ok = false
				}
			}
			if i > 0 && slices.Contains(e.blockB, s.toks[i-1].s) || end < len(s.toks) && slices.Contains(e.blockA, s.toks[end].s) {
				ok = false
			}
			unmet := false
			if len(e.needs) > 0 && ok {
				unmet = true
				for k := max(0, i-4); k < i; k++ {
					if slices.Contains(e.needs, s.toks[k].s) {
						unmet = false
					}
				}
			}
			if ok && (!unmet || keepWeak) {
				out = append(out, trigger{si: si, a: i, b: end, e: e, needs: unmet})
				i = end
				continue
			}
			i++
		}
	}
	return out
}

// salience counts actor codes in sentences [0, upto], for context fallback.
// The counts are kept between calls, which mostly ask for growing upto.
func (d *doc) salient(upto int, have []string, want int) []string {
	sc := &d.sal
	if sc.count == nil || upto < sc.upto {
		*sc = salience{upto: -1, count: map[string]int{}, first: map[string]int{}}
	}
	for ; sc.upto < upto && sc.upto+1 < len(d.sents); sc.upto++ {
		for _, ac := range d.sents[sc.upto+1].actors {
			if ac.venue || ac.pseudo {
				continue
			}
			for _, c := range ac.codes {
				if _, ok := sc.first[c]; !ok {
					sc.first[c] = sc.pos
				}
				sc.count[c]++
				sc.pos++
			}
		}
	}
	count, first := sc.count, sc.first
	var cand []string
	for c := range count {
		if !slices.Contains(have, c) {
			cand = append(cand, c)
		}
	}
	slices.SortFunc(cand, func(x, y string) int {
		if count[x] != count[y] {
			return count[y] - count[x]
		}
		return first[x] - first[y]
	})
	out := slices.Clone(have)
	for _, c := range cand {
		if len(out) >= want {
			break
		}
		out = append(out, c)
	}
	return out
}

// sectors returns the sector words in tokens [lo, hi) of s.
func (d *doc) sectors(s *sent, lo, hi int) []string {
	var out []string
	for k := max(lo, 0); k < hi && k < len(s.toks); k++ {
		if s.owner[k] >= 0 {
			continue
		}
		if e, end := d.lx.sector.match(s.toks, k); e != nil {
			out = addCodes(out, e.val)
			k = end - 1
		}
	}
	return out
}

// evidence returns the trimmed sentence si as evidence.
func (d *doc) evidence(si int) entities.Evidence {
	sp := d.sents[si].span
	for sp.Start < sp.End && isSpaceByte(d.text[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpaceByte(d.text[sp.End-1]) {
		sp.End--
	}
	return entities.Evidence{Text: d.text[sp.Start:sp.End], Span: sp}
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// timeIn returns the value of the time of one of types in sentence si
// nearest to byte offset at, "" if none.
func (d *doc) timeIn(si, at int, types ...string) string {
	sp := d.sents[si].span
	best, bestDist := "", -1
	// The times are sorted by Start: look only at those near the sentence.
	lo, _ := slices.BinarySearchFunc(d.times, sp.Start, func(t Time, s int) int { return t.Start - s })
	for lo > 0 && d.times[lo-1].End > sp.Start {
		lo--
	}
	for _, t := range d.times[lo:] {
		if t.Start >= sp.End {
			break
		}
		if t.Value == "" || !t.Overlaps(sp) || !slices.Contains(types, t.Type) {
			continue
		}
		dist := t.Start - at
		if dist < 0 {
			dist = at - t.End
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = t.Value, dist
		}
	}
	return best
}

// isOrg reports whether every code of the actors is an organization's.
func (s *sent) isOrg(idx []int) bool {
	if len(idx) == 0 {
		return false
	}
	for _, i := range idx {
		if s.actors[i].kind != entities.KindOrganization {
			return false
		}
	}
	return true
}

// definiteBefore reports whether the trigger at a is introduced by a
// definite determiner or possessive ("the agreement", "these sanctions").
func (d *doc) definiteBefore(s *sent, a int) bool {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		if e, end := d.lx.definite.match(s.toks, k); e != nil && end == k+1 {
			return true
		}
		if !d.isModifier(s, k) && s.toks[k].s != "-" {
			return false
		}
	}
	return false
}

// hypothetical reports whether the trigger at a is only wished or supposed
// ("must reach an agreement", "could lead to a deal", "if cooperation fails").
func (d *doc) hypothetical(s *sent, a int) bool {
	for k := a - 1; k >= 0 && k >= a-7; k-- {
		t := s.toks[k]
		if hardStop(t.s) || t.s == "," {
			return false
		}
		if e, end := d.lx.hypothetical.match(s.toks, k); e != nil && end == k+1 && !(t.s == "may" && t.cap && k > 0) {
			return true
		}
	}
	return false
}

// hasBilateral reports whether the sentence names two sides without naming
// them ("bilateral", "both countries", "the two presidents").
func (d *doc) hasBilateral(s *sent) bool {
	if s.bil == 0 {
		s.bil = 1
		for k := range s.toks {
			if !d.may(s, d.lx.bilateral.bit) {
				break // no cue anywhere in the sentence
			}
			if e, _ := d.lx.bilateral.match(s.toks, k); e != nil {
				s.bil = 2
				break
			}
		}
	}
	return s.bil == 2
}

// isVerbLike reports whether a word is an auxiliary or modal verb: a list
// of actors after a preposition does not reach across it.
func isVerbLike(s string) bool {
	switch s {
	case "would", "will", "is", "are", "was", "were", "has", "have", "had", "could", "should", "may", "might",
		"must", "can", "did", "does", "do", "shall":
		return true
	}
	return false
}

// isPrep reports whether a word is a preposition: an actor right after one
// is its object, not a clause's subject.
func isPrep(s string) bool {
	switch s {
	case "in", "on", "against", "to", "from", "with", "of", "for", "at", "into", "by", "over", "about", "toward", "towards", "between", "among":
		return true
	}
	return false
}

// mainSubject returns the list of actors that opens the sentence ("Saudi
// Arabia, the UAE and Egypt severed ties and imposed a blockade"), when the
// verb at p is one of its own coordinated predicates, not in a relative
// clause or an infinitive ("a resolution that aims to tighten sanctions").
func (s *sent) mainSubject(p int) []int {
	for k := 0; k < len(s.toks) && k < 4; k++ {
		if o := s.owner[k]; o >= 0 {
			if s.actors[o].b > p || s.actors[o].poss {
				return nil
			}
			for j := s.actors[o].b; j < p; j++ {
				if t := s.toks[j].s; t == "to" || isTerminator(t) {
					return nil
				}
			}
			return s.listAfter(k, 0, listSep)
		}
		if isPrep(s.toks[k].s) || isTerminator(s.toks[k].s) {
			return nil
		}
	}
	return nil
}

// subjectBefore is listBefore for the subject of a verb at p: a list that is
// the object of a preposition ("investment in Russia and imposing") is not.
func (s *sent) subjectBefore(p, skip int) []int {
	idx := s.listBefore(p, skip)
	if len(idx) == 0 {
		return nil
	}
	left := idx[len(idx)-1]
	if a := s.actors[left].a; a > 0 && isPrep(s.toks[a-1].s) {
		return nil
	}
	return idx
}
