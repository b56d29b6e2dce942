package events

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/diplomacy-go/diplomacy/entities"
)

// unit is an actor phrase: one mention, or mentions that name one actor
// ("Russian President Vladimir Putin", "Iran's Hassan Rouhani").
type unit struct {
	first, last int // token range, inclusive
	code        string
	kind        entities.Kind
	form        string
	poss        bool // followed by 's
	group       int
	alt         string // a second actor for "the two presidents"
}

// group is a compound actor: units joined by "and", commas or hyphens.
type group struct {
	units       []int
	first, last int
}

// actor is one filled actor slot.
type actor struct {
	code string
	unit int // -1 when resolved from outside the sentence
}

// trigger is one matched pattern.
type trigger struct {
	pat         *pattern
	first, last int // token range, inclusive
	head        int // verb token, -1 for nominal
	form        uint8
	passive     bool
	reduced     bool // passive participle without "be": "the treaty signed by X"
	gerund      bool // -ing after a preposition: only a complement
	absorbedBy  int  // index of the trigger whose complement it is, -1
	inner       int  // first absorbed trigger, -1
	src         []actor
	srcSet      bool
	emitted     bool
	tgt         []actor
	participle  bool   // "-ing" after a comma: ", telling X ..."
	purpose     bool   // an infinitive of purpose, left out
	code        string // the CAMEO code chosen before modality
	report      int    // for a "X said Y must V" demand: the reporting verb
	obj         int    // and the group Y
}

type coder struct {
	raw      []unit           // scratch of buildUnits
	low      []byte           // scratch of tokenize: lower-cased words
	pend     []pending        // scratch of tokenize: the tokens lower-cased in low
	spelt    *strings.Builder // the lower-case words of spell, kept across sentences
	prs      [][2]string      // scratch of emit: an event's actor pairs
	kept     [][2]string      // scratch of emit: the pairs of two different actors
	evs      []Event          // scratch of emit: the events, copied out at the end
	acts     []actor          // arena of the actor lists of one sentence (actorsOf)
	possible patSet           // the patterns that may match, from the gate
	gated    bool             // possible is known; otherwise every pattern may match
	lx       *lexicon
	text     string
	sent     entities.Span
	mentions []entities.Mention
	opt      Options
	toks     []token
	units    []unit
	groups   []group
	frame    []bool // token is in a reporting frame ("..., officials said")
	trig     []trigger
	title    bool // title-case headline
	question bool
	reported bool // a reporting verb occurs: "would" is a reported future
	sport    bool // a sports report
	emitted  bool // emit ran: free clears its scratch
}

// coders keeps coders for reuse, so that their token, unit, group and
// trigger slices are allocated once per goroutine rather than per sentence.
var coders = sync.Pool{New: func() any { return new(coder) }}

// newCoder returns a coder for text[sent.Start:sent.End] from the pool; give
// it back with free.
func newCoder(lx *lexicon, text string, sent entities.Span, mentions []entities.Mention, opt Options) *coder {
	c := coders.Get().(*coder)
	c.lx, c.text, c.sent, c.mentions, c.opt = lx, text, sent, mentions, opt
	return c
}

// free resets c, dropping its references to the caller's data, and puts it
// back in the pool.
func (c *coder) free() {
	clear(c.toks)
	clear(c.units)
	clear(c.raw)
	clear(c.trig)
	if c.emitted {
		// emit leaves pairs beyond the lengths of prs and kept.
		clear(c.prs[:cap(c.prs)])
		clear(c.kept[:cap(c.kept)])
	}
	clear(c.evs)
	clear(c.acts)
	*c = coder{
		raw: keep(c.raw), low: keep(c.low), pend: keep(c.pend), prs: keep(c.prs), toks: keep(c.toks),
		kept: keep(c.kept), evs: keep(c.evs), acts: keep(c.acts),
		units: keep(c.units), groups: keep(c.groups), frame: keep(c.frame), trig: keep(c.trig),
		spelt: c.spelt,
	}
	coders.Put(c)
}

// keep returns s emptied for reuse, or nil when it grew too big to keep
// (an unusually long sentence).
func keep[S ~[]E, E any](s S) S {
	if cap(s) > 1<<13 {
		return nil
	}
	return s[:0]
}

func (c *coder) cls(i int) uint32 {
	if i < 0 || i >= len(c.toks) {
		return 0
	}
	return c.toks[i].cls
}

// inRelative reports whether token k is inside or ends a relative clause
// opened by ", which" or ", who".
func (c *coder) inRelative(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if c.w(j) == "which" || c.w(j) == "who" {
			return j > 0 && c.w(j-1) == ","
		}
		if c.w(j) == "," || c.cls(j)&wBound != 0 {
			return false
		}
	}
	return false
}

// mentionsFrom returns the index of the first mention that starts at or
// after byte offset at (mentions are sorted by Start).
func (c *coder) mentionsFrom(at int) int {
	return sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].Start >= at })
}

// isNumber reports whether w is all digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// unitAt returns the unit covering token i, or -1.
func (c *coder) unitAt(i int) int {
	if i < 0 || i >= len(c.toks) {
		return -1
	}
	return c.toks[i].unit
}

func (c *coder) w(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.toks[i].w
}

func (c *coder) run() []Event {
	c.tokenize(c.sent.Start, c.sent.End)
	return c.code()
}

// code finds the events of the sentence once it is tokenized.
func (c *coder) code() []Event {
	if len(c.toks) == 0 || !c.mayMatch() {
		return nil
	}
	c.spell()
	c.scanSentence()
	if c.sport {
		return nil // "Togo beat Congo 1-0": a game, not a fight
	}
	c.findFrames()
	c.buildUnits()
	c.buildGroups()
	c.findTriggers()
	if len(c.trig) == 0 {
		return nil
	}
	c.absorb()
	return c.emit()
}

// mayMatch reports whether findTriggers or findDemands may find a trigger
// in the sentence: whether "must" occurs or a pattern matches somewhere. It
// runs before units, frames and the sentence's case are known, so it tries
// every word that findTriggers might try, and its matches may go through
// frames: it may say yes where findTriggers finds nothing, never the reverse.
func (c *coder) mayMatch() bool {
	c.frame = c.frame[:0] // no frames known yet
	for i := range c.toks {
		t := &c.toks[i]
		if t.w == "must" {
			return true
		}
		if t.first == 0 || t.punct {
			continue
		}
		for _, pi := range c.lx.firstSets[t.first] {
			if !c.mayTry(pi) {
				continue
			}
			if end, _ := c.match(&c.lx.pats[pi], 0, i, -1); end > i {
				return true
			}
		}
	}
	return false
}

func (c *coder) scanSentence() {
	caps, words := 0, 0
	for i := range c.toks {
		t := &c.toks[i]
		if t.punct {
			continue
		}
		if len(t.w) > 3 {
			words++
			if t.cap {
				caps++
			}
		}
		if t.cls&wReport != 0 {
			c.reported = true
		}
		if t.cls&wSport != 0 {
			c.sport = true
		}
		// A score: "6-3", "1-0", "(halftime 0-0)".
		if i+2 < len(c.toks) && c.toks[i+1].w == "-" && isNumber(t.w) && isNumber(c.toks[i+2].w) &&
			len(t.w) <= 2 && len(c.toks[i+2].w) <= 2 && c.toks[i+1].s == t.e && c.toks[i+2].s == c.toks[i+1].e {
			c.sport = true
		}
	}
	c.title = words >= 3 && caps*10 >= words*7
	for i := len(c.toks) - 1; i >= 0; i-- {
		t := &c.toks[i]
		if t.w == "\"" || t.w == "'" || t.w == ")" {
			continue
		}
		c.question = t.w == "?"
		break
	}
}

// buildUnits maps the mentions inside the sentence onto tokens and merges
// mentions that name one actor.
func (c *coder) buildUnits() {
	raw := c.raw[:0]
	ti := 0
	for _, m := range c.mentions[c.mentionsFrom(c.sent.Start):] {
		if m.Start >= c.sent.End {
			break
		}
		if m.Start < c.sent.Start || m.End > c.sent.End || m.Start >= m.End || m.Code == "" {
			continue
		}
		for ti > 0 && c.toks[ti-1].e > m.Start {
			ti--
		}
		for ti < len(c.toks) && c.toks[ti].e <= m.Start {
			ti++
		}
		first, last := -1, -1
		for k := ti; k < len(c.toks) && c.toks[k].s < m.End; k++ {
			if c.toks[k].unit >= 0 {
				continue // overlapping mentions: the first one wins
			}
			if first < 0 {
				first = k
			}
			last = k
		}
		if first < 0 {
			continue
		}
		// A country word that only describes the next noun (US-backed,
		// anti-Syria, pro-Iranian).
		if last+2 < len(c.toks) && c.toks[last+1].w == "-" && c.cls(last+2)&wModifier != 0 {
			continue
		}
		if first >= 2 && c.toks[first-1].w == "-" && (c.toks[first-2].w == "anti" || c.toks[first-2].w == "pro") {
			continue
		}
		u := unit{first: first, last: last, code: m.Code, kind: m.Kind, form: m.Form}
		for k := first; k <= last; k++ {
			c.toks[k].unit = len(raw)
		}
		raw = append(raw, u)
	}
	c.raw = raw
	slices.SortStableFunc(raw, func(a, b unit) int { return a.first - b.first })
	// Merge neighbours separated only by titles and names.
	for _, u := range raw {
		if n := len(c.units); n > 0 && c.units[n-1].kind == entities.KindLeader && u.kind != entities.KindLeader &&
			c.w(c.units[n-1].last+1) == "of" && (u.first == c.units[n-1].last+2 || u.first == c.units[n-1].last+3 && c.w(u.first-1) == "the") {
			// "King Hassan of Morocco", "Prime Minister Dick Schoof of the
			// Netherlands": the leader acts for the country named.
			p := &c.units[n-1]
			p.last, p.code = u.last, u.code
			continue
		}
		if n := len(c.units); n > 0 && c.mergeable(c.units[n-1].last+1, u.first) &&
			(c.units[n-1].code == u.code || u.kind == entities.KindLeader || c.w(c.units[n-1].last+1) == "'s") {
			p := &c.units[n-1]
			p.last = u.last
			p.code, p.kind, p.form = u.code, u.kind, u.form
			continue
		}
		c.units = append(c.units, u)
	}
	c.units = c.pairAnaphora(c.units)
	c.units = c.epithets(c.units)
	slices.SortStableFunc(c.units, func(a, b unit) int { return a.first - b.first })
	for i := range c.toks {
		c.toks[i].unit = -1
	}
	for i, u := range c.units {
		for k := u.first; k <= u.last; k++ {
			c.toks[k].unit = i
		}
		c.units[i].poss = c.w(u.last+1) == "'s"
	}
}

// pairAnaphora finds "the two presidents", "both countries" and the like, and
// resolves them to the last two actors named before them; it appends
// their units to out.
func (c *coder) pairAnaphora(out []unit) []unit {
	for k := 0; k+1 < len(c.toks); k++ {
		if c.toks[k].unit >= 0 {
			continue
		}
		first, noun := -1, -1
		switch {
		case c.w(k) == "the" && c.w(k+1) == "two" && k+2 < len(c.toks):
			first, noun = k, k+2
		case c.w(k) == "both" && c.w(k+1) != "of":
			first, noun = k, k+1
		case c.w(k) == "the" && (c.w(k+1) == "presidents" || c.w(k+1) == "leaders" || c.w(k+1) == "sides" || c.w(k+1) == "parties") && c.w(k+2) != "of":
			first, noun = k, k+1
		}
		if first < 0 || c.toks[noun].unit >= 0 {
			continue
		}
		var kind entities.Kind
		switch cl := c.cls(noun); {
		case cl&wPairPerson != 0:
			kind = entities.KindLeader
		case cl&wPairState != 0:
			kind = entities.KindCountry
		default:
			continue
		}
		a, b := c.lastTwo(c.toks[first].s, kind)
		if b == "" && kind == entities.KindLeader {
			a, b = c.lastTwo(c.toks[first].s, entities.KindCountry)
		}
		if b == "" {
			continue
		}
		out = append(out, unit{first: first, last: noun, code: a, alt: b, kind: entities.KindCountry, form: "anaphor"})
		k = noun
	}
	return out
}

// epithets resolves "the bloc", "the alliance" to the last organization
// named, and "the country", "the kingdom" to the last state, when the text
// does not name it again ("the country's", not "the country of"); it
// appends their units to out.
func (c *coder) epithets(out []unit) []unit {
	for k := 0; k+1 < len(c.toks); k++ {
		if c.w(k) != "the" || c.toks[k+1].unit >= 0 || c.toks[k].unit >= 0 || c.w(k+2) == "of" {
			continue
		}
		var kind entities.Kind
		switch cl := c.cls(k + 1); {
		case cl&wEpithetOrg != 0:
			kind = entities.KindOrganization
		case cl&wEpithetState != 0:
			kind = entities.KindCountry
		default:
			continue
		}
		at := c.toks[k].s
		for i := c.mentionsFrom(at) - 1; i >= 0; i-- {
			m := c.mentions[i]
			if at-m.Start > 600 {
				break
			}
			if m.End > at || m.Code == "" || m.Kind == entities.KindPlace || m.Form == "city" || m.Start < 0 || m.Start > m.End {
				continue
			}
			start := m.Start
			if i > 0 && c.mentions[i-1].Code == m.Code && c.mentions[i-1].Start >= 0 && c.mentions[i-1].End <= m.Start && strings.HasSuffix(strings.TrimSpace(c.text[c.mentions[i-1].End:m.Start]), "(") {
				start = c.mentions[i-1].Start // "the Democratic Republic of Congo (DRC)"
			}
			if kind == entities.KindCountry && c.locative(start) {
				continue // "in the eastern DRC": a place, not the country spoken of
			}
			if m.Kind == kind || kind == entities.KindOrganization && m.Kind == entities.KindLeader && !isISO3(m.Code) ||
				kind == entities.KindCountry && m.Kind == entities.KindLeader && isISO3(m.Code) {
				out = append(out, unit{first: k, last: k + 1, code: m.Code, kind: kind, form: "anaphor"})
				break
			}
			if m.Kind != entities.KindLeader {
				break // the nearest actor is of the other kind: not safe
			}
		}
		k++
	}
	return out
}

// locative reports whether the words just before byte offset at put a place
// there ("in the eastern DRC", "near Syria").
func (c *coder) locative(at int) bool {
	words := strings.Fields(strings.ToLower(c.text[max(0, at-30):at]))
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		switch words[i] {
		case "in", "at", "near", "into", "inside", "across", "throughout", "within":
			return true
		}
	}
	return false
}

// isISO3 reports whether code looks like a country code (three capitals).
func isISO3(code string) bool {
	if len(code) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return false
		}
	}
	return true
}

// lastTwo returns the last two different actor codes named before byte
// offset at (leaders only, or any actors), most recent last.
func (c *coder) lastTwo(at int, kind entities.Kind) (string, string) {
	var codes []string
	for i := c.mentionsFrom(at) - 1; i >= 0 && len(codes) < 2; i-- {
		m := c.mentions[i]
		if at-m.Start > 3000 {
			break
		}
		if m.End > at || m.Code == "" {
			continue
		}
		if kind == entities.KindLeader && m.Kind != entities.KindLeader {
			continue
		}
		if m.Kind == entities.KindPlace || m.Form == "city" || m.Form == "capital" && kind != entities.KindCountry {
			continue
		}
		if !slices.Contains(codes, m.Code) {
			codes = append(codes, m.Code)
		}
	}
	if len(codes) < 2 {
		return "", ""
	}
	return codes[1], codes[0]
}

// mergeable reports whether the tokens [a, b) between two mentions are only
// titles, names and possessive marks.
func (c *coder) mergeable(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		t := &c.toks[k]
		if t.w == "'s" || t.w == "-" || t.w == "." {
			continue
		}
		if t.punct || t.cls&^open != 0 || t.first != 0 {
			return false
		}
		if !t.cap && t.cls&wAgent == 0 && t.cls&wTitle == 0 {
			return false
		}
	}
	return true
}

// findFrames marks reporting frames: a final ", X said ..." or an
// "according to X" phrase. Actors in them are neither sources nor targets.
func (c *coder) findFrames() {
	c.resetFrame()
	n := len(c.toks)
	// "according to ..." up to the next comma or the end; at the start of a
	// sentence without a comma, only its first noun phrase.
	for i := 0; i+1 < n; i++ {
		if c.w(i) == "according" && c.w(i+1) == "to" {
			j := i
			for j < n && c.w(j) != "," {
				j++
			}
			if j == n && i == 0 {
				j = min(n, i+3)
			}
			for k := i; k < j; k++ {
				c.frame[k] = true
			}
			if i > 0 && c.w(i-1) == "," {
				c.frame[i-1] = true
			}
		}
	}
	// A final reporting clause after the last comma.
	for i := n - 1; i > 0; i-- {
		if c.w(i) != "," {
			continue
		}
		if n-i > 16 {
			break
		}
		for k := i + 1; k < n; k++ {
			if k == i+1 && (c.w(k) == "told" || strings.HasSuffix(c.w(k), "ing")) {
				// ", telling Turkey to stop", ", condemning the sanctions":
				// a participle with its own target, not a reporting frame.
				break
			}
			if c.cls(k)&wReport != 0 && k == i+1 && (c.cls(k+1)&wPron != 0 || c.w(k+1) == "that" || n-k > 10) {
				break // "France, which ..., said it was ready to ...": the main verb
			}
			if c.cls(k)&wReport != 0 && k-i <= 12 {
				for j := i; j < n; j++ {
					c.frame[j] = true
				}
				break
			}
		}
		break
	}
}

// resetFrame makes c.frame one false per token.
func (c *coder) resetFrame() {
	if cap(c.frame) < len(c.toks) {
		c.frame = make([]bool, len(c.toks))
		return
	}
	c.frame = c.frame[:len(c.toks)]
	clear(c.frame)
}

// buildGroups joins units into compound actors.
func (c *coder) buildGroups() {
	for i := range c.units {
		u := &c.units[i]
		if n := len(c.groups); n > 0 {
			g := &c.groups[n-1]
			if c.coordinated(g.last+1, u.first) && (!c.commaOnly(g.last+1, u.first) || c.listGoesOn(u.last+1) || g.first == 0) {
				g.units = append(g.units, i)
				g.last = u.last
				u.group = n - 1
				continue
			}
		}
		u.group = len(c.groups)
		if n := len(c.groups); n < cap(c.groups) {
			// Reuse the unit list of an earlier sentence's group.
			c.groups = c.groups[:n+1]
			g := &c.groups[n]
			g.units, g.first, g.last = append(g.units[:0], i), u.first, u.last
			continue
		}
		c.groups = append(c.groups, group{units: []int{i}, first: u.first, last: u.last})
	}
}

// commaOnly reports whether tokens [a, b) join actors by commas alone.
func (c *coder) commaOnly(a, b int) bool {
	for k := a; k < b; k++ {
		switch c.w(k) {
		case "and", "or", "&", "-":
			return false
		}
	}
	return true
}

// listGoesOn reports whether a list of actors continues at token k ("A, B
// and C", "A, B, C").
func (c *coder) listGoesOn(k int) bool {
	switch c.w(k) {
	case ",", "and", "or", "&":
		return true
	}
	return false
}

// coordinated reports whether tokens [a, b) join two actors into one.
func (c *coder) coordinated(a, b int) bool {
	if b <= a || b-a > 5 {
		return false
	}
	if c.frame[a] != c.frame[b] {
		return false
	}
	// A possessive ends a phrase: "Russia's and ..." is rare; "Russia's
	// invasion" is not coordination.
	if c.w(a) == "'s" {
		return false
	}
	join := false
	for k := a; k < b; k++ {
		switch c.w(k) {
		case "and", "&", ",", "-", "or":
			join = true
		case "as", "well", "both", "also", "other":
		default:
			// "the Sudanese government and the rebels", "Kagame and his party".
			if c.cls(k)&^(wDet|open) != 0 || c.toks[k].punct {
				return false
			}
			if c.cls(k)&(wDet|wAgent) == 0 && c.cls(k)&wTitle == 0 {
				return false
			}
		}
	}
	return join
}

// inFrame reports whether token i is in a reporting frame.
func (c *coder) inFrame(i int) bool { return i >= 0 && i < len(c.frame) && c.frame[i] }

// findTriggers matches the lexicon at every word.
func (c *coder) findTriggers() {
	var best trigger // read only when bestLen > 0, set in the same round
	for i := 0; i < len(c.toks); {
		t := &c.toks[i]
		if t.punct || t.unit >= 0 || c.inFrame(i) || (t.cap && !c.title && i > 0 && !c.sentenceStart(i)) {
			i++
			continue
		}
		bestLen := 0
		for _, pi := range c.lx.firstSets[t.first] {
			if !c.mayTry(pi) {
				continue
			}
			p := &c.lx.pats[pi]
			end, head := c.match(p, 0, i, -1)
			if end < 0 || end-i <= bestLen {
				continue
			}
			tr := trigger{pat: p, first: i, last: end - 1, head: head, absorbedBy: -1, inner: -1}
			if !c.validate(&tr) {
				continue
			}
			best, bestLen = tr, end-i
		}
		if bestLen == 0 {
			i++
			continue
		}
		c.trig = append(c.trig, best)
		i = best.last + 1
	}
	c.findDemands()
}

// findDemands codes "X said (that) Y must V" as X demanding of Y, and "...
// should V" as an appeal.
func (c *coder) findDemands() {
	added := false
	for r := range c.toks {
		if c.cls(r)&wReport == 0 || c.w(r) == "according" || c.inFrame(r) {
			continue
		}
		g := -1
		for k := r + 1; k < len(c.toks) && k-r <= 16; k++ {
			w := c.w(k)
			if c.isClauseEnd(k) || c.cls(k)&wReport != 0 || c.trigAt(k) {
				break
			}
			if u := c.toks[k].unit; u >= 0 && g < 0 {
				if c.ppHead(c.groups[c.units[u].group].first) == "" {
					g = c.units[u].group
				}
				continue
			}
			if w != "must" || g < 0 {
				continue
			}
			p := &c.lx.mustPat
			if w == "should" {
				p = &c.lx.shouldPat
			}
			c.trig = append(c.trig, trigger{pat: p, first: k, last: k, head: -2, absorbedBy: -1, inner: -1, report: r, obj: g})
			added = true
			break
		}
	}
	if added {
		slices.SortStableFunc(c.trig, func(a, b trigger) int { return a.first - b.first })
	}
}

func (c *coder) sentenceStart(i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch c.w(k) {
		case "\"", "'", "(", "-", "--", ":":
			continue
		}
		return false
	}
	return true
}

// match matches p.toks[k:] at token i; it returns the end token (exclusive)
// of the longest match, or -1, and the verb's token.
func (c *coder) match(p *pattern, k, i, head int) (int, int) {
	if k == len(p.toks) {
		return i, head
	}
	pt := &p.toks[k]
	if pt.gap {
		bestEnd, bestHead := c.match(p, k+1, i, head)
		words := 0
		for j := i; j < len(c.toks) && words < 4; j++ {
			t := &c.toks[j]
			if (t.punct && t.w != "-") || c.cls(j)&(wBound|wReport|wRel) != 0 || c.inFrame(j) {
				break
			}
			if t.w != "-" {
				words++
			}
			if e, h := c.match(p, k+1, j+1, head); e > bestEnd {
				bestEnd, bestHead = e, h
			}
		}
		return bestEnd, bestHead
	}
	bestEnd, bestHead := -1, -1
	if pt.opt {
		bestEnd, bestHead = c.match(p, k+1, i, head)
	}
	if i < len(c.toks) && !c.toks[i].punct || i < len(c.toks) && c.toks[i].w == "'s" {
		if id := c.toks[i].id; id != 0 && hasID(pt.ids, id) {
			h := head
			if pt.verb {
				h = i
			}
			if e, hh := c.match(p, k+1, i+1, h); e > bestEnd {
				bestEnd, bestHead = e, hh
			}
		}
	}
	return bestEnd, bestHead
}

// hasID reports whether the sorted ids hold id.
func hasID(ids []int32, id int32) bool {
	if len(ids) > 8 {
		_, ok := slices.BinarySearch(ids, id)
		return ok
	}
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// prevContent returns the index of the nearest token before i that is not an
// adverb or auxiliary, or -1.
func (c *coder) prevContent(i int) int {
	for k := i - 1; k >= 0; k-- {
		if c.toks[k].unit < 0 && c.cls(k)&(wAux|wNeg) != 0 && c.w(k) != "to" && c.w(k) != "do" && c.w(k) != "does" && c.w(k) != "did" {
			continue
		}
		return k
	}
	return -1
}

// validate checks that a verbal pattern's verb is used as a verb, and sets
// its voice.
func (c *coder) validate(tr *trigger) bool {
	p := tr.pat
	if p.head < 0 {
		return true
	}
	h := tr.head
	if h < 0 {
		return false
	}
	form := p.toks[p.head].alts[c.w(h)]
	tr.form = form
	prev := c.prevContent(h)
	pw := c.w(prev)
	pc := c.cls(prev)
	if pw == "-" && c.w(h-1) == "-" {
		return false // US-backed, Israeli-occupied
	}
	switch {
	case form&(formPast|formPart) != 0 && form&(formBase|formS) == 0:
		if pc&wDet != 0 || pw == "'s" || isNumber(pw) {
			return false // "the proposed treaty", "758 pledged delegates"
		}
		if pc&wPrep != 0 && pw != "to" && c.unitAt(prev) < 0 {
			return false // "assets of sanctioned individuals"
		}
		if form&formPart != 0 && pc&wBe != 0 {
			tr.passive = true
		} else if form&formPart != 0 && (pw == "get" || pw == "got" || pw == "gets") {
			tr.passive = true
		} else if form&formPast == 0 {
			// An irregular participle without "be" or "have": "given",
			// reduced relative ("troops sent to").
			if pc&wHave == 0 {
				tr.passive = true
			}
		} else if prev >= 0 && c.toks[prev].unit < 0 && pc&^(open&^wAgent) == 0 && !c.toks[prev].punct && !c.toks[prev].cap &&
			p.head == len(p.toks)-1 && len(c.trig) > 0 && c.unitAt(prev-1) < 0 {
			// "condemned the sanctions imposed on Russia": a reduced
			// relative clause in the object of an earlier verb.
			switch c.w(h + 1) {
			case "on", "against", "by", "in", "to", "into", "at", "with":
				tr.passive, tr.reduced = true, true
			}
		}
		if (c.w(h+1) == "by" || c.w(h+1) == "of") && p.head == len(p.toks)-1 && !tr.passive {
			// "attacked by militiamen", "a farmer accused of murder".
			tr.passive, tr.reduced = true, pc&wBe == 0
		}
		if pw == "," && form&formPart != 0 && !tr.passive && c.unitAt(h-2) < 0 && h >= 2 &&
			!c.toks[h-2].cap && !c.toks[h-2].punct && !c.inRelative(h-1) {
			// "the soldiers, captured last spring, ...": a participle.
			tr.passive, tr.reduced = true, true
		}
		return true
	case form&formIng != 0 && form&(formBase|formS) == 0:
		switch {
		case pc&wBe != 0:
			return true
		case prev < 0 || c.sentenceStart(h):
			return true
		case pw == "to":
			return true
		case pw == "of" || pw == "for" || pw == "by" || pw == "from" || pw == "on" || pw == "about" || pw == "in" || pw == "against":
			tr.gerund = true
			return true
		case pc&wAux != 0:
			return true
		case pw == "," && (p.flags&flagObject != 0 || p.info.Type == "ACCUSE"):
			// ", telling X ...", ", condemning X ...": an act of the
			// main clause's subject.
			tr.participle = true
			return true
		case pc&wSpeech != 0:
			return true // "issued a declaration demanding that ..."
		case c.unitAt(prev) >= 0 && c.w(prev-1) != "," && c.cls(c.units[c.unitAt(prev)].first-1)&wPrep != 0:
			return true // "with the presidents agreeing to ..."
		}
		return false
	}
	if form&(formBase|formS) != 0 && c.cls(h)&wAgent != 0 {
		return false // "Iraqi forces out of Kuwait": the noun, not "to force"
	}
	// "set", "cut", "let": a past tense that looks like the base form.
	if form&formPast != 0 && prev >= 0 && pc&(wDet|wPrep) == 0 && !c.toks[prev].punct && pw != "'s" {
		return true
	}
	// Base or -s form: also a noun unless the context is verbal.
	if form&formS != 0 && form&(formPast|formPart) == 0 && p.head == len(p.toks)-1 && h+1 < len(c.toks) &&
		c.toks[h+1].punct && c.toks[h+1].w != "\"" {
		return false // "the US sanctions.": a noun
	}
	if nx := c.w(h + 1); p.head == len(p.toks)-1 && len(nx) > 3 && strings.HasSuffix(nx, "s") &&
		c.toks[h+1].unit < 0 && c.cls(h+1)&^open == 0 && !c.toks[h+1].cap && form&formS != 0 {
		return false // "EU sanctions listings": a noun compound
	}
	switch {
	case prev < 0 || c.sentenceStart(h):
		return true
	case c.toks[prev].unit >= 0:
		// "the Security Council embargo resolution": after "the X" a base
		// form is a noun, unless X is a people ("the Palestinians reject").
		u := c.units[c.toks[prev].unit]
		if form&formS == 0 && c.cls(u.first-1)&wDet != 0 && !strings.HasSuffix(c.w(u.last), "s") {
			return false
		}
		return true
	case pc&(wPron|wModal|wWould|wFuture|wAgent) != 0 || pw == "who" || pw == "which":
		return true
	case pw == "to" || pw == "do" || pw == "does" || pw == "did" || pw == "n't" || pw == "not" || pw == "that":
		return true
	case pw == "and" || pw == "or":
		for _, t := range c.trig {
			if t.last < prev && prev-t.last <= 8 && t.head >= 0 {
				return true
			}
		}
		return false
	case c.title && c.toks[prev].cap:
		return true
	}
	return false
}
