package agreements

import (
	"slices"
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
	return extractBlocks(text, sents, mentions, times, blockSents)
}

// extractBlocks is extract reading block sentences at a time (see read).
func extractBlocks(text string, sents []entities.Span, mentions []entities.Mention, times []Time, block int) Result {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	d := sc.newDoc(text, sents, mentions, times)
	if !d.trig {
		// No trigger anywhere: nothing to find, and no need to tokenize
		// or to place the mentions.
		return Result{Agreements: []Agreement{}, Partnerships: []Partnership{}, Sanctions: []Sanction{}}
	}
	// read tokenizes only the sentences that may hold a trigger or an
	// issuer phrase; the others only lend their actors to salience, which
	// prepares them when it reaches them.
	d.read(max(block, 1))
	r := Result{
		Agreements:   d.agreementsDone(),
		Partnerships: d.partnershipsDone(),
		Sanctions:    d.sanctionsDone(),
	}
	d.detach(&r)
	return r
}

// blockSents is the number of sentences read at a time: the three
// readings go through a long document together, block by block, so that a
// block's tokens are read from the processor's caches rather than from
// memory three times over.
const blockSents = 64

// read finds the issuers and reads the agreements, partnerships and
// sanctions of the document, block sentences at a time. The issuers come
// from the sentences that may name them, tokenized first; the others are
// tokenized with their block. Each reading depends only on the sentences
// up to the one it reads and on what it read before, so the block size
// does not change the result (TestBlocks checks it).
func (d *doc) read(block int) {
	// One block is read as it was before there were blocks: every wanted
	// sentence tokenized before the issuers are looked for.
	if block >= len(d.sents) {
		d.prepare(0, len(d.sents), prepWanted)
	} else {
		d.prepare(0, len(d.sents), prepIssuers)
	}
	d.findIssuers()
	d.issuersDone = true
	sc := d.sc
	d.agr = agreementReading{cs: clusters{list: sc.csA[:0]}, pending: sc.pend[:0], singles: sc.singles[:0]}
	d.part = clusters{list: sc.csP[:0]}
	d.gs = sc.gs[:0]
	for lo := 0; lo < len(d.sents); lo += block {
		hi := min(lo+block, len(d.sents))
		d.prepare(lo, hi, prepWanted)
		for _, s := range d.sents[lo:hi] {
			if s.ready {
				d.addPseudo(s)
			}
		}
		d.agreementsIn(lo, hi)
		d.partnershipsIn(lo, hi)
		d.sanctionsIn(lo, hi)
	}
}

// detach copies every list of r out of the scratch arrays into one array
// of its own, each list capped (appending to one copies it) and non-nil.
func (d *doc) detach(r *Result) {
	n := 0
	for _, a := range r.Agreements {
		n += len(a.Parties) + len(a.Sectors)
	}
	for _, p := range r.Partnerships {
		n += len(p.Parties) + len(p.Sectors)
	}
	for _, s := range r.Sanctions {
		n += len(s.Imposers) + len(s.Targets) + len(s.By)
	}
	o := outList(make([]string, 0, n))
	for i := range r.Agreements {
		a := &r.Agreements[i]
		a.Parties, a.Sectors = o.copy(a.Parties), o.copy(a.Sectors)
	}
	for i := range r.Partnerships {
		p := &r.Partnerships[i]
		p.Parties, p.Sectors = o.copy(p.Parties), o.copy(p.Sectors)
	}
	for i := range r.Sanctions {
		s := &r.Sanctions[i]
		s.Imposers, s.Targets, s.By = o.copy(s.Imposers), o.copy(s.Targets), o.copy(s.By)
	}
}

// outList is the array detach copies the lists of a Result to.
type outList []string

func (o *outList) copy(s []string) []string {
	if len(s) == 0 {
		return []string{}
	}
	l := len(*o)
	*o = append(*o, s...)
	return (*o)[l : l+len(s) : l+len(s)]
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
	d      *doc
	toks   []token
	actors []actor
	owner  []int  // token index → actor index, or -1
	bil    int8   // hasBilateral, cached: 0 unknown, 1 no, 2 yes
	biz    int8   // business, cached likewise
	head   int8   // headline, cached likewise
	mask   uint32 // the union of its tokens' masks
	want   bool   // it may hold a trigger or an issuer phrase (anchorSet)
	issuer bool   // it may hold an issuer phrase
	ready  bool   // tokenized, its actors placed
	pseudo bool   // addPseudo has run on it
}

// doc is the state of one Extract call.
type doc struct {
	text        string
	lx          *lexicons
	sents       []*sent
	times       []Time
	mentions    []entities.Mention
	order       []int // mentions by Start
	starts      []int // the starts of the mentions of order
	issuers     []string
	issuersDone bool     // findIssuers has run: prepare adds the pseudo-actors
	trig        bool     // some sentence may hold a trigger
	pending     int      // bytes of the sentences not yet prepared
	sc          *scratch // the arrays the doc lives in

	// What the three readings carry from one block of sentences to the
	// next (see read).
	agr  agreementReading
	part clusters
	gs   []*regime
}

// salience holds actor counts over the first sentences of a document, in
// the order the codes were first seen.
type salience struct {
	init      bool // the counts are this call's
	upto, pos int
	codes     []string
	count     []int
	first     []int
	idx       map[string]int // code -> index in codes, past 16 codes (see index)
}

// The readings that ask for salience, each with counts of its own: they
// go through the sentences together, each in its own order (see read).
const (
	salAgreements = iota
	salPartnerships
	salSanctions
	salReadings
)

// scratch holds the arrays an Extract call works in. They are reused
// through scratchPool: nothing in them reaches a Result (the Result is
// copied out of them by detach), and they are cleared before reuse.
type scratch struct {
	d        doc
	toks     []token
	sents    []sent
	ptrs     []*sent
	starts   []int
	order    []int
	acts     []actor
	pseudo   []actor
	trig     []trigger
	times    []Time
	low      []byte
	batch    []int
	refs     []ref
	refs2    []ref
	pend     []pend
	singles  []pend
	cand     []int
	csA, csP []*cluster // the cluster lists of agreements, of partnerships
	gs       []*regime
	clusters reused[cluster]
	regimes  reused[regime]
	sal      [salReadings]salience
	ints     arena[int]
	strs     arena[string]
	actors   arena[actor]
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch is the largest token array kept for reuse.
const maxScratch = 1 << 16

// growLimit is the length up to which prepare grows its token array in
// place (see there); tests lower it to split short texts over new arrays.
var growLimit = maxScratch

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
	clear(sc.acts[:cap(sc.acts)])
	clear(sc.pseudo[:cap(sc.pseudo)])
	clear(sc.trig[:cap(sc.trig)])
	clear(sc.times)
	clear(sc.refs[:cap(sc.refs)])
	clear(sc.refs2[:cap(sc.refs2)])
	clear(sc.pend[:cap(sc.pend)])
	clear(sc.singles[:cap(sc.singles)])
	for _, c := range sc.clusters.inUse() {
		clear(c.refs)
		*c = cluster{refs: c.refs[:0]}
	}
	for _, g := range sc.regimes.inUse() {
		clear(g.refs)
		clear(g.targets)
		clear(g.imposers)
		clear(g.inferred)
		*g = regime{refs: g.refs[:0], targets: g.targets[:0], imposers: g.imposers[:0], inferred: g.inferred[:0]}
	}
	clear(sc.csA[:cap(sc.csA)])
	clear(sc.csP[:cap(sc.csP)])
	clear(sc.gs[:cap(sc.gs)])
	sc.clusters.n, sc.regimes.n = 0, 0
	for k := range sc.sal {
		sal := &sc.sal[k]
		clear(sal.codes)
		sal.init = false
		if len(sal.idx) > 0 {
			clear(sal.idx)
		}
	}
	sc.ints.reset()
	sc.strs.reset()
	sc.actors.reset()
	scratchPool.Put(sc)
}

// newDoc keeps the valid sentences and times and finds, without
// tokenizing, the sentences that may hold a trigger or an issuer phrase.
func (sc *scratch) newDoc(text string, spans []entities.Span, mentions []entities.Mention, times []Time) *doc {
	sc.d = doc{text: text, lx: load(), sc: sc, times: sc.times[:0], mentions: mentions}
	d := &sc.d
	if len(spans) == 0 {
		spans = []entities.Span{{Start: 0, End: len(text)}}
	}
	d.times = slices.Grow(d.times, len(times))
	for _, t := range times {
		if t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
			d.times = append(d.times, t)
		}
	}
	if !slices.IsSortedFunc(d.times, func(a, b Time) int { return a.Start - b.Start }) {
		slices.SortStableFunc(d.times, func(a, b Time) int { return a.Start - b.Start })
	}
	pool := slices.Grow(sc.sents[:0], len(spans))
	for _, sp := range spans {
		if sp.Start < 0 || sp.Start > sp.End || sp.End > len(text) {
			continue
		}
		what := d.lx.anchors.find(text[sp.Start:sp.End])
		d.trig = d.trig || what&anchorTrigger != 0
		pool = append(pool, sent{span: sp, d: d, want: what != 0, issuer: what&anchorIssuer != 0})
		d.pending += sp.End - sp.Start
	}
	ptrs := slices.Grow(sc.ptrs[:0], len(pool))[:len(pool)]
	for k := range pool {
		ptrs[k] = &pool[k]
	}
	d.sents = ptrs
	sc.sents, sc.ptrs, sc.times, sc.toks = pool, ptrs, d.times, sc.toks[:0]
	return d
}

// Which sentences prepare tokenizes.
const (
	prepAll     = iota
	prepWanted  // those that may hold a trigger or an issuer phrase
	prepIssuers // those that may hold an issuer phrase
)

// prepare tokenizes the sentences of [lo, hi) not yet ready (those that
// which selects: prepAll, prepWanted or prepIssuers) and places their actors. A sentence's tokens
// and actors depend on it alone (and on the issuers, once found), so when
// it is prepared does not matter. Once the issuers are found, it adds
// their pseudo-actors too.
func (d *doc) prepare(lo, hi, which int) {
	sc := d.sc
	batch := sc.batch[:0]
	size := 0
	for k := lo; k < hi && k < len(d.sents); k++ {
		if s := d.sents[k]; !s.ready && (which == prepAll || which == prepWanted && s.want || s.issuer) {
			batch = append(batch, k)
			size += s.span.End - s.span.Start
		}
	}
	sc.batch = batch
	if len(batch) == 0 {
		return
	}
	// Tokens go into one array, each sentence's a capped slice of it; the
	// sentences prepared before keep the array they were cut from. Up to
	// growLimit tokens the array grows, so that the pool keeps one array
	// large enough for the next call. Beyond, a new array takes over, sized
	// for all the sentences not yet prepared (one token per five bytes and
	// an eighth more), so that nothing is copied and a long document costs
	// no more per byte than a short one.
	toks := sc.toks
	low := sc.low[:0]
	for _, k := range batch {
		s := d.sents[k]
		sp := s.span
		if n := max((sp.End-sp.Start)/4, size/5) + 16; cap(toks)-len(toks) < n {
			if len(toks)+n <= growLimit {
				toks = slices.Grow(toks, n)
			} else {
				toks = make([]token, 0, max(d.pending/5+d.pending/40+256, n))
			}
		}
		start := len(toks)
		toks, low = appendTokens(toks, low, d.text, sp.Start, sp.End)
		s.toks = toks[start:len(toks):len(toks)]
		size -= sp.End - sp.Start
		d.pending -= sp.End - sp.Start
	}
	// The words with upper case were left without their lower-case form:
	// it is in low, in the same order.
	lows, off := string(low), 0
	for _, k := range batch {
		s := d.sents[k]
		for i := range s.toks {
			t := &s.toks[i]
			if t.s == "" {
				n := t.end - t.start
				t.s = lows[off : off+n]
				off += n
			}
			var m uint32
			m, t.id = d.lx.lookup(t.s)
			t.mask = t.mask&bitCap | m
			if t.id == 0 {
				t.id = -1 // looked up: not in the vocabulary
			}
			s.mask |= t.mask
		}
		s.ready = true
	}
	sc.toks, sc.low = toks, low
	if d.order == nil {
		d.sortMentions()
	}
	for _, k := range batch {
		d.placeMentions(d.sents[k])
		if d.issuersDone {
			d.addPseudo(d.sents[k])
		}
	}
}

// sortMentions orders the mentions by start, whatever order the caller
// gave them in.
func (d *doc) sortMentions() {
	mentions := d.mentions
	order := slices.Grow(d.sc.order[:0], len(mentions))[:len(mentions)]
	d.sc.order = order
	for i := range order {
		order[i] = i
	}
	if !slices.IsSortedFunc(order, func(x, y int) int { return mentions[x].Start - mentions[y].Start }) {
		slices.SortStableFunc(order, func(x, y int) int { return mentions[x].Start - mentions[y].Start })
	}
	d.order = order
	// Their starts in that order, searched instead of the mentions.
	starts := slices.Grow(d.sc.starts[:0], len(order))
	for _, i := range order {
		starts = append(starts, mentions[i].Start)
	}
	d.sc.starts, d.starts = starts, starts
}

// placeMentions turns the mentions that fall in s into its actors.
func (d *doc) placeMentions(s *sent) {
	sc := d.sc
	mentions, order := d.mentions, d.order
	s.owner = sc.ints.take(len(s.toks))
	for i := range s.owner {
		s.owner[i] = -1
	}
	acts := sc.acts[:0]
	defer func() { sc.acts = acts }()
	first, _ := slices.BinarySearch(d.starts, s.span.Start)
	for _, mi := range order[first:] {
		m := &mentions[mi]
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
		codes := sc.strs.take(1)
		codes[0] = m.Code
		acts = append(acts, actor{codes: codes, a: a, b: b, kind: m.Kind, form: m.Form})
	}
	if len(acts) == 0 {
		return // s.actors stays nil
	}
	slices.SortStableFunc(acts, func(x, y actor) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return y.b - x.b
	})
	// Merge overlapping mentions ("Russian President Vladimir Putin").
	out := sc.actors.take(len(acts))[:0]
	for _, ac := range acts {
		if n := len(out); n > 0 && ac.a < out[n-1].b {
			last := &out[n-1]
			last.b = max(last.b, ac.b)
			last.codes = d.addCodes(last.codes, ac.codes...)
			continue
		}
		out = append(out, ac)
	}
	s.actors = out[:len(out):len(out)]
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
		if ac.b+1 < len(s.toks) && s.toks[ac.b].s == "-" && mediated(s.toks[ac.b+1].s) {
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
		if s.toks[k].s == "by" && brokered(s.toks[k-1].s) {
			for _, i := range s.listAfter(k+1, 3, listSep) {
				s.actors[i].stance = true
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

// addPseudo adds to s the actors that are not entity mentions: "we", "our"
// and "us" standing for a statement's issuers, and named groups of states
// ("six world powers"). It acts once per sentence: prepare calls it once
// the issuers are known, and read for the sentences tokenized before.
func (d *doc) addPseudo(s *sent) {
	if s.pseudo {
		return
	}
	s.pseudo = true
	if len(d.issuers) == 0 && !d.may(s, d.lx.groups.bit) {
		return // neither pronouns for issuers nor groups
	}
	sc := d.sc
	acts := sc.pseudo[:0]
	defer func() { sc.pseudo = acts }()
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 || len(d.issuers) == 0 && d.lx.vocab != nil && s.toks[i].mask&d.lx.groups.bit == 0 {
			continue
		}
		if e, end := d.lx.groups.match(s.toks, i); e != nil && !slices.ContainsFunc(s.owner[i:end], func(o int) bool { return o >= 0 }) {
			// The codes are the lexicon's own: no actor's codes are ever
			// changed in place (addCodes copies).
			acts = append(acts, actor{codes: e.fields, a: i, b: end, kind: entities.KindCountry, form: "group"})
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
		return
	}
	all := sc.actors.take(len(s.actors) + len(acts))
	copy(all, s.actors)
	copy(all[len(s.actors):], acts)
	s.actors = all
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

// addCodes returns dst with the codes not yet in it appended. It never
// appends to dst in place: a new slice is taken from the arena when a code
// is added, dst itself when none is.
func (d *doc) addCodes(dst []string, codes ...string) []string {
	add := 0
	for i, c := range codes {
		if c != "" && !slices.Contains(dst, c) && !slices.Contains(codes[:i], c) {
			add++
		}
	}
	if add == 0 {
		return dst
	}
	out := d.sc.strs.take(len(dst) + add)[:len(dst)]
	copy(out, dst)
	for _, c := range codes {
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// sortedSet returns a sorted, deduplicated, non-nil copy.
func (d *doc) sortedSet(codes []string) []string {
	out := d.sc.strs.take(len(codes))[:0]
	for _, c := range codes {
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// minus returns the codes of a not in b, nil if none.
func (d *doc) minus(a, b []string) []string {
	n := 0
	for _, c := range a {
		if !slices.Contains(b, c) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := d.sc.strs.take(n)[:0]
	for _, c := range a {
		if !slices.Contains(b, c) {
			out = append(out, c)
		}
	}
	return out
}

// concat returns the lists one after the other in a slice of the arena.
func (d *doc) concat(lists ...[]int) []int {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	if n == 0 {
		return nil
	}
	out := d.sc.ints.take(n)[:0]
	for _, l := range lists {
		out = append(out, l...)
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

// mediated reports whether w is a word of "X-brokered" and "brokered by
// X": X is a mediator or sponsor, not a party.
func mediated(w string) bool {
	switch w {
	case "brokered", "mediated", "sponsored", "hosted", "drafted", "facilitated", "guaranteed", "backed", "led",
		"proposed", "opposed", "criticized", "criticised", "condemned", "welcomed", "rejected", "endorsed",
		"supported", "praised":
		return true
	}
	return false
}

// brokered reports whether w is a word of "brokered by X": X is a mediator.
func brokered(w string) bool {
	switch w {
	case "brokered", "mediated", "sponsored", "hosted", "facilitated", "guaranteed":
		return true
	}
	return false
}

// separators tells which words may sit between the actors of a list.
type separators int8

const (
	noSep     separators = iota // none: only adjacent actors
	listSep                     // an ordinary list
	issuerSep                   // the issuers of a statement, with their titles
)

// has reports whether w is one of the separators.
func (sep separators) has(w string) bool {
	switch sep {
	case listSep:
		switch w {
		case ",", "and", "&", "/", "the", "as", "well", "both", "also", "plus", "(", ")", "-", "'s":
			return true
		}
	case issuerSep:
		switch w {
		case ",", "and", "&", "the", "as", "well", "together", "with", "president", "prime", "minister",
			"chancellor", "of", "leaders", "leader", "heads", "state", "government", "(", ")", "-", "king",
			"premier", "taoiseach":
			return true
		}
	}
	return false
}

// listAfter returns the actors of the list that starts within skip tokens of
// position p (not crossing a terminator or a comma) and goes on through
// separators.
func (s *sent) listAfter(p, skip int, sep separators) []int {
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
	ints := &s.d.sc.ints
	idx := append(ints.open(8), first)
	maxGap := 4
	if sep == issuerSep {
		maxGap = 8 // issuer lists: "together with the President of the European Council"
	}
	for cur := first; ; {
		next, gap := -1, 0
		for k := s.actors[cur].b; k < len(s.toks); k++ {
			if o := s.owner[k]; o >= 0 && o != cur {
				next = o
				break
			}
			if !sep.has(s.toks[k].s) || gap >= maxGap {
				break
			}
			gap++
		}
		if next < 0 {
			return ints.commit(idx)
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
	ints := &s.d.sc.ints
	idx := append(ints.open(8), last)
	for cur := last; ; {
		prev, gap := -1, 0
		for k := s.actors[cur].a - 1; k >= 0; k-- {
			if o := s.owner[k]; o >= 0 && o != cur {
				prev = o
				break
			}
			if !listSep.has(s.toks[k].s) || gap >= 3 {
				break
			}
			gap++
		}
		if prev < 0 {
			return ints.commit(idx)
		}
		idx = append(idx, prev)
		cur = prev
	}
}

// codesOf returns the codes of the given actors, skipping venues, mediators
// (and pseudo-actors unless withPseudo); nil if none.
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
	out := s.d.sc.strs.take(n)[:0]
	for _, i := range idx {
		ac := &s.actors[i]
		if ac.venue || ac.stance || ac.pseudo && !withPseudo {
			continue
		}
		for _, c := range ac.codes {
			if c != "" && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// allActors returns every actor of the sentence that may be a party: not a
// venue, not a "pro-X" stance; nil if none.
func (s *sent) allActors() []int {
	n := 0
	for _, ac := range s.actors {
		if !ac.venue && !ac.stance && !ac.anti {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	idx := s.d.sc.ints.take(n)[:0]
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
	// Each actor is added once, so there are at most as many as actors.
	idx := d.sc.ints.take(len(s.actors))[:0]
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
	if len(idx) == 0 {
		return nil
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
	return s.toks[k].capital() && k > 0
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

// triggers returns the matches of l in sentences [lo, hi), skipping those
// that fall on an actor, that a block word cancels, or whose needs are
// unmet (unless keepWeak, when they are marked).
//
// The slice returned is valid until the next call.
func (d *doc) triggers(l *lexicon, keepWeak bool, lo, hi int) []trigger {
	out := d.sc.trig[:0]
	defer func() { d.sc.trig = out }()
	for si := lo; si < hi; si++ {
		s := d.sents[si]
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

// salient returns have followed by the codes most often named in
// sentences [0, upto] (first named first among equals) until there are
// want of them. The counts of each reading (salAgreements, ...) are kept
// between its calls, which mostly ask for growing upto.
func (d *doc) salient(reading, upto int, have []string, want int) []string {
	sc := d.sc
	sal := &sc.sal[reading]
	if !sal.init || upto < sal.upto {
		clear(sal.codes)
		if len(sal.idx) > 0 {
			clear(sal.idx)
		}
		*sal = salience{init: true, upto: -1, codes: sal.codes[:0], count: sal.count[:0], first: sal.first[:0], idx: sal.idx}
	}
	// The sentences salience reaches must be ready, not only those that
	// may hold a trigger.
	d.prepare(sal.upto+1, upto+1, prepAll)
	for ; sal.upto < upto && sal.upto+1 < len(d.sents); sal.upto++ {
		for _, ac := range d.sents[sal.upto+1].actors {
			if ac.venue || ac.pseudo {
				continue
			}
			for _, c := range ac.codes {
				if i := sal.index(c); i >= 0 {
					sal.count[i]++
				} else {
					sal.add(c)
				}
				sal.pos++
			}
		}
	}
	// The candidates in a total order (first positions differ), so the
	// result does not depend on the order they are listed in.
	cand := sc.cand[:0]
	for i, c := range sal.codes {
		if !slices.Contains(have, c) {
			cand = append(cand, i)
		}
	}
	slices.SortFunc(cand, func(x, y int) int {
		if sal.count[x] != sal.count[y] {
			return sal.count[y] - sal.count[x]
		}
		return sal.first[x] - sal.first[y]
	})
	sc.cand = cand
	n := max(len(have), min(want, len(have)+len(cand)))
	if n == 0 {
		return nil
	}
	out := append(sc.strs.take(n)[:0], have...)
	for _, i := range cand {
		if len(out) >= want {
			break
		}
		out = append(out, sal.codes[i])
	}
	return out
}

// index returns the index of code c in the counts, -1 if it is not there
// yet: a search of the few codes of a text, a map for the many of a long
// one.
func (sal *salience) index(c string) int {
	if len(sal.codes) <= 16 {
		return slices.Index(sal.codes, c)
	}
	if i, ok := sal.idx[c]; ok {
		return i
	}
	return -1
}

// add counts the first occurrence of c.
func (sal *salience) add(c string) {
	sal.codes = append(sal.codes, c)
	sal.count = append(sal.count, 1)
	sal.first = append(sal.first, sal.pos)
	switch n := len(sal.codes); {
	case n == 17:
		if sal.idx == nil {
			sal.idx = map[string]int{}
		}
		for i, c := range sal.codes {
			sal.idx[c] = i
		}
	case n > 17:
		sal.idx[c] = n - 1
	}
}

// sectors returns the sector words in tokens [lo, hi) of s, nil if none.
func (d *doc) sectors(s *sent, lo, hi int) []string {
	out := d.sc.strs.open(4)
	for k := max(lo, 0); k < hi && k < len(s.toks); k++ {
		if s.owner[k] >= 0 {
			continue
		}
		if e, end := d.lx.sector.match(s.toks, k); e != nil {
			if e.val != "" && !slices.Contains(out, e.val) {
				out = append(out, e.val)
			}
			k = end - 1
		}
	}
	if len(out) == 0 {
		return nil
	}
	return d.sc.strs.commit(out)
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
		if e, end := d.lx.hypothetical.match(s.toks, k); e != nil && end == k+1 && !(t.s == "may" && t.capital() && k > 0) {
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
