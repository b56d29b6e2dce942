package entities

import (
	"math"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/internal/text"
)

// scan is the state of one Find call.
type scan struct {
	r     *Resolver
	v     text.View
	toks  []span32 // token byte ranges in v.Fold (see tok)
	lower []string
	ids   []int32 // token id of lower[i] in the resolver's vocabulary, or -1
	start []bool  // token begins a sentence or line
	caps  []bool  // token is on a line written in capitals or title case
	// wrapped is set for hard-wrapped copy, where a line break is a space.
	wrapped bool
	capToks int // tokens that start with an upper-case letter
	date    time.Time
	out     []Mention
	used    []bool         // token already belongs to a mention
	people  map[string]int // folded family name -> leader index, from full mentions
	// startIdx maps the original start offset of a country or organization
	// mention to its first index in out (built by officials).
	startIdx map[int]int
	bufs     *scanBufs
}

// scanBufs are the per-call slices of a scan, kept for reuse across calls.
type scanBufs struct {
	toks   []span32
	lower  []string
	ids    []int32
	flags  []bool
	tf     []uint8 // tCap, tWord, ... per token
	kf     []uint8 // the resolver's tokFlags of each token's id
	lbuf   []byte  // lower-cased ASCII tokens, before they become a string
	pend   []int32 // pairs of token index, offset into lbuf
	people map[string]int
	out    []Mention   // mentions while they are found; copied out at the end
	starts map[int]int // for scan.startIdx
	byEnd  []int32     // for scan.officials
	order  []int       // for scan.endTokens
	endTok []int       // for scan.endTokens
	cands  [4][]entry  // for scan.resolve
}

var scanPool = sync.Pool{New: func() any { return &scanBufs{people: map[string]int{}, starts: map[int]int{}} }}

// release clears the references to the caller's text and returns b to the
// pool, unless a very long text made it too large to keep.
func (b *scanBufs) release() {
	if !b.keep() {
		return
	}
	clear(b.lower)
	clear(b.people)
	clear(b.out)
	clear(b.starts)
	for _, c := range b.cands {
		clear(c[:cap(c)]) // entries of a resolver the caller may drop
	}
	scanPool.Put(b)
}

// keep reports whether b is small enough to return to the pool.
func (b *scanBufs) keep() bool { return cap(b.toks) <= 1<<16 }

// grow returns s resized to n elements, all zero, reusing its storage.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Find returns the mentions of countries, organizations and leaders in s,
// resolved on date (the zero date means today's states and office holders),
// sorted by position and never overlapping. Spans are byte offsets into s.
// A text whose folded form reaches 2 GiB has none: token offsets are kept
// in 32 bits.
func (r *Resolver) Find(s string, date time.Time) []Mention {
	v := text.MakeView(s)
	if len(v.Fold) > math.MaxInt32 {
		return nil
	}
	b := scanPool.Get().(*scanBufs)
	defer b.release()
	sc := &scan{r: r, v: v, date: date, people: b.people, bufs: b}
	sc.tokenize(sc.v.Fold)
	sc.prepare()
	sc.out = b.out[:0]
	// Size the list once: news text has about one mention per twenty
	// tokens, and mentions start mostly on capitalized tokens, of which
	// text dense with names has more.
	if n := max(len(sc.toks)/20, sc.capToks) + 8; cap(sc.out) < n {
		sc.out = make([]Mention, 0, n)
	}
	sc.fullNames()
	sc.dictionary()
	sc.confirm()
	sc.seats()
	sc.officials()
	sc.anaphora()
	sortMentions(sc.out)
	if !b.keep() {
		// The buffers are too large to pool: the mentions are handed out
		// as they are rather than copied.
		out := sc.out
		b.out = nil
		return out
	}
	b.out = sc.out // cleared by release
	// One spare slot: a caller often adds one mention, the dateline's.
	return append(make([]Mention, 0, len(sc.out)+1), sc.out...)
}

func (sc *scan) prepare() {
	n := len(sc.toks)
	b := sc.bufs
	b.flags = grow(b.flags, 3*n) // one slice for the three flag slices
	sc.start, sc.caps, sc.used = b.flags[:n:n], b.flags[n:2*n:2*n], b.flags[2*n:3*n:3*n]
	tf := b.tf
	if n > 0 {
		tf[0] &^= tNL
	}
	f := sc.v.Fold
	firstLineEnd := n
	for i := range sc.toks {
		if i == 0 {
			sc.start[i] = true
			continue
		}
		if tf[i]&tNL != 0 {
			sc.start[i] = true
			if firstLineEnd == n {
				firstLineEnd = i
			}
			continue
		}
		if tf[i-1]&tOpens != 0 { // . ! ? : ; " ( -
			sc.start[i] = true
		}
	}
	// Lines written in capitals (wire headlines, datelines), and a first
	// line in title case.
	sc.wrapped = wrappedText(f)
	lineStart := 0
	for i := 0; i <= n; i++ {
		if i < n && (i == lineStart || tf[i]&tNL == 0) {
			continue
		}
		words, upper, capWords := 0, 0, 0
		for j := lineStart; j < i; j++ {
			fl := tf[j]
			if fl&tCount == 0 {
				continue // digits and punctuation
			}
			if fl&tCap != 0 {
				sc.capToks++
			}
			words++
			if fl&tUpper != 0 {
				upper++
			}
			if i == firstLineEnd && (fl&tCap != 0 || smallWords[sc.lower[j]]) {
				capWords++
			}
		}
		capsLine := words >= 1 && upper*10 >= words*7 && (words >= 2 || i-lineStart > 1)
		if !capsLine && i == firstLineEnd && capWords >= 4 && capWords*10 >= words*8 {
			capsLine = true // a headline in title case
		}
		if capsLine {
			for j := lineStart; j < i; j++ {
				sc.caps[j] = true
			}
		}
		lineStart = i
	}
}

// smallWords stay lower case in title-case headlines.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true,
	"to": true, "for": true, "and": true, "or": true, "with": true, "at": true, "by": true, "as": true}

// wrappedText reports whether most line breaks of f fall inside sentences,
// as in hard-wrapped wire copy.
func wrappedText(f string) bool {
	breaks, inside := 0, 0
	for i := 0; i < len(f); i++ {
		k := strings.IndexByte(f[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		if i == 0 {
			continue
		}
		j := i + 1
		for j < len(f) && (f[j] == ' ' || f[j] == '\t') {
			j++
		}
		if j >= len(f) || f[j] == '\n' {
			continue
		}
		breaks++
		prev := f[i-1]
		if prev == '\r' && i >= 2 {
			prev = f[i-2]
		}
		if prev != '.' && prev != '"' && prev != ':' && prev != '?' && prev != '!' && f[j] >= 'a' && f[j] <= 'z' {
			inside++
		}
	}
	return breaks >= 3 && inside*4 >= breaks
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// caseOK reports whether the text tokens from i match the alias spelling.
func (sc *scan) caseOK(i int, cased []string) bool {
	for j, c := range cased {
		t := sc.tok(i + j).Text
		if t == c {
			continue
		}
		if sc.caps[i+j] && t == strings.ToUpper(c) {
			continue
		}
		// "Von der Leyen" opening a sentence.
		if j == 0 && sc.start[i] && lowerWord(c) && strings.EqualFold(t, c) {
			continue
		}
		// "Republic Of The Congo", "Bosnia And Herzegovina" in title case.
		if lowerWord(c) && len(cased) > 1 && j > 0 && strings.EqualFold(t, c) {
			continue
		}
		return false
	}
	return true
}

func lowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func (sc *scan) span(i, j int) Span {
	s, e := sc.v.OrigSpan(sc.tok(i).Start, sc.tok(j-1).End)
	return Span{s, e}
}

func (sc *scan) emit(m Mention, i, j int) {
	m.Span = sc.span(i, j)
	m.Text = sc.v.Orig[m.Start:m.End]
	if len(sc.out) == cap(sc.out) {
		// Double, where append would grow a long slice by a quarter and
		// copy it again and again.
		sc.out = append(make([]Mention, 0, 2*cap(sc.out)+8), sc.out...)
	}
	sc.out = append(sc.out, m)
	for k := i; k < j; k++ {
		sc.used[k] = true
	}
}

// orgSeats are capitals that news uses for an organization seated there
// more often than for the host state: Brussels is the EU's (or NATO's)
// unless the text is about Belgium.
var orgSeats = map[string][]string{"BEL": {"EU", "NATO"}}

// seats re-reads a capital standing for an organization seated there: it
// counts for the host state only when the text otherwise names that state;
// else it is the organization's (when the text names it) or nothing but a
// venue of that organization.
func (sc *scan) seats() {
	named := map[string]int{}
	for _, m := range sc.out {
		if m.Form != "capital" {
			named[m.Code]++
		}
	}
	out := sc.out[:0]
	for _, m := range sc.out {
		orgs, ok := orgSeats[m.Code]
		if !ok || m.Form != "capital" || named[m.Code] > 0 {
			out = append(out, m)
			continue
		}
		keep := true
		for _, o := range orgs {
			if named[o] > 0 {
				keep = false
				if o == orgs[0] {
					m.Kind, m.Code, m.Form = KindOrganization, o, "seat"
					out = append(out, m)
				}
				break
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	sc.out = out
}

// confirm drops tentative family-name mentions of leaders whose state the
// text never names.
func (sc *scan) confirm() {
	named := map[string]bool{}
	for _, m := range sc.out {
		if m.Kind == KindCountry || m.Kind == KindOrganization || m.Kind == KindLeader && !m.tentative {
			named[m.Code] = true
		}
	}
	out := sc.out[:0]
	for _, m := range sc.out {
		if m.tentative {
			if !named[m.Code] {
				continue
			}
			m.tentative = false
		}
		out = append(out, m)
	}
	sc.out = out
}

// fullNames records the people the text names in full, so that a family
// name alone, even before the full name (as in a headline), resolves to
// the same person.
func (sc *scan) fullNames() {
	r := sc.r
	for i := range sc.toks {
		// A full name has at least two words.
		if i+1 >= len(sc.toks) || !sc.hasFlag(i, startsName) || !sc.wordAt(i+1) && sc.tok(i+1).Text != "-" && sc.tok(i+1).Text != "." {
			continue
		}
		n := int32(0)
		for j := i; j < len(sc.toks) && j-i < 8; j++ {
			if n = r.words.child(n, sc.ids[j]); n < 0 {
				break
			}
			entries, more := r.words.nodes[n].entries, r.words.nodes[n].kids
			var ib [8]int
			idx := ib[:0]
			for _, k := range entries {
				if e := r.entries[k]; e.kind == entLeader && j > i && sc.caseOK(i, e.cased) {
					idx = append(idx, e.ref)
				}
			}
			if len(idx) > 0 {
				if best, ok := r.pickLeader(idx, sc.date); ok {
					for _, f := range r.leaders[best].Family {
						k := familyKey(f)
						if _, seen := sc.people[k]; !seen {
							sc.people[k] = best
						}
					}
				}
			}
			if !more {
				break
			}
		}
	}
}

// capAt reports whether token i starts with an upper-case letter.
func (sc *scan) capAt(i int) bool { return sc.bufs.tf[i]&tCap != 0 }

// wordAt reports whether token i is a word or number.
func (sc *scan) wordAt(i int) bool { return sc.bufs.tf[i]&tWord != 0 }

// hasFlag reports whether token i's id carries one of the flags f.
func (sc *scan) hasFlag(i int, f uint8) bool { return sc.bufs.kf[i]&f != 0 }

// dictionary finds the longest dictionary match at each token.
func (sc *scan) dictionary() {
	r := sc.r
	for i := 0; i < len(sc.toks); {
		if fl := sc.bufs.tf[i]; fl&tWord == 0 || fl&tCap == 0 && !sc.hasFlag(i, startsLower) || sc.used[i] || sc.ids[i] < 0 {
			i++
			continue
		}
		n := int32(0)
		bestLen := 0
		var bestM Mention
		for j := i; j < len(sc.toks) && j-i < 12; j++ {
			if n = r.words.child(n, sc.ids[j]); n < 0 {
				break
			}
			entries, more := r.words.nodes[n].entries, r.words.nodes[n].kids
			if len(entries) > 0 {
				if m, ok := sc.resolve(i, j+1, entries); ok {
					bestLen, bestM = j+1-i, m
				}
			}
			if !more {
				break
			}
		}
		if bestLen == 0 {
			i++
			continue
		}
		if bestM.Kind == KindLeader {
			i0 := sc.extendName(i)
			sc.emit(bestM, i0, i+bestLen)
		} else {
			sc.emit(bestM, i, i+bestLen)
		}
		i += bestLen
	}
}

// resolve picks the entry of a dictionary match [i, j) that fits the text,
// its case and the date.
func (sc *scan) resolve(i, j int, entries []int32) (Mention, bool) {
	r := sc.r
	// The candidates of each kind, in arrays kept from call to call: a
	// family name may have thirty entries.
	b := &sc.bufs.cands
	country, org, leader, family := b[0][:0], b[1][:0], b[2][:0], b[3][:0]
	defer func() { *b = [4][]entry{country, org, leader, family} }()
	for _, idx := range entries {
		e := r.entries[idx]
		if !sc.caseOK(i, e.cased) {
			continue
		}
		switch e.kind {
		case entCountry:
			country = append(country, e)
		case entOrg:
			org = append(org, e)
		case entLeader:
			leader = append(leader, e)
		case entFamily:
			family = append(family, e)
		}
	}
	if len(leader) > 0 {
		if m, ok := sc.leaderMention(leader, i, j, true); ok {
			return m, true
		}
	}
	if len(country) > 0 {
		if m, ok := sc.countryMention(country, i, j); ok {
			return m, true
		}
	}
	if len(org) > 0 {
		if sc.personLike(i, j) && j-i == 1 {
			return Mention{}, false
		}
		return Mention{Kind: KindOrganization, Code: org[0].code, Form: "name"}, true
	}
	if len(family) > 0 {
		if m, ok := sc.leaderMention(family, i, j, false); ok {
			return m, true
		}
	}
	return Mention{}, false
}

func (sc *scan) countryMention(cands []entry, i, j int) (Mention, bool) {
	r := sc.r
	var pick *alias
	for _, e := range cands {
		a := &r.aliases[e.ref]
		if validOn(a.from, a.to, sc.date) || sc.date.IsZero() && a.to.IsZero() {
			pick = a
			break
		}
	}
	if pick == nil {
		// A former state's own name ("the Soviet Union" in a 2022 text)
		// still names it; a shared capital does not.
		for _, e := range cands {
			a := &r.aliases[e.ref]
			if a.form != "capital" && a.form != "seat" {
				pick = a
				break
			}
		}
	}
	if pick == nil {
		return Mention{}, false
	}
	if j-i == 1 && sc.personLike(i, j) {
		return Mention{}, false
	}
	if strings.Contains(pick.flags, "amb") && !sc.ambiguousOK(pick, i, j) {
		return Mention{}, false
	}
	if pick.form == "capital" && sc.followedByPlaceQualifier(j) {
		return Mention{}, false
	}
	return Mention{Kind: KindCountry, Code: pick.code, Form: pick.form}, true
}

// personLike reports whether a one-token match at i is part of a longer
// proper name: "Michael Jordan", "New Mexico", "Chad Smith".
func (sc *scan) personLike(i, j int) bool {
	if i > 0 && !sc.start[i] {
		p := sc.tok(i - 1)
		if sc.capAt(i-1) && sc.wordAt(i-1) && !sc.used[i-1] && !sc.caps[i-1] && !nameGlue[p.Text] && !sc.hasFlag(i-1, wMonthDay) && sc.adjacent(i-1, i) {
			if _, isTitle := sc.titleEndingAt(i - 1); !isTitle {
				return true
			}
		}
	}
	return false
}

// nameGlue are capitalized words that may stand before a country name
// without making a longer proper name of it.
var nameGlue = map[string]bool{
	"The": true, "In": true, "And": true, "Of": true, "To": true, "For": true, "From": true,
	"With": true, "By": true, "On": true, "At": true, "As": true, "Both": true, "All": true,
	"President": true, "Premier": true, "King": true, "Queen": true, "Emir": true, "Prince": true,
	"North": true, "South": true, "East": true, "West": true, "Central": true, "Southern": true,
	"Western": true, "Eastern": true, "Pro": true, "Anti": true, "Mr": true, "Said": true,
	"Mrs": true, "Ms": true, "Neighbouring": true, "Neighboring": true, "Communist": true,
	"Islamic": true, "Arab": true, "Socialist": true, "Democratic": true, "Federal": true,
	"Republican": true, "Former": true, "Ex": true, "Post": true, "Pre": true, "Imperial": true,
	"Soviet": true, "Greater": true, "Mainland": true, "Continental": true, "Royal": true,
	"Non": true, "Under": true, "Over": true, "Between": true, "Against": true, "Like": true,
	"Unlike": true, "Minister": true, "Secretary": true, "Ambassador": true, "General": true,
	"Chancellor": true, "Envoy": true, "Leader": true, "Sheikh": true, "Sultan": true,
	"A": true, "An": true, "This": true, "That": true, "These": true, "Those": true, "Every": true,
	"Each": true, "Some": true, "Many": true, "Most": true, "Several": true, "Two": true, "Three": true,
	"Our": true, "Their": true, "His": true, "Her": true, "Its": true, "Any": true, "No": true, "One": true,
	"If": true, "When": true, "While": true, "After": true, "Before": true, "Since": true, "But": true,
	"Senior": true, "Top": true, "Other": true, "Fellow": true, "Allied": true, "Rival": true,
	"Last": true, "Next": true, "Early": true, "Late": true, "Then": true, "Now": true, "Today": true,
	"Yesterday": true, "Meanwhile": true, "Also": true, "However": true, "Even": true, "Only": true,
}

// adjacent reports whether tokens a and b are separated by a single space
// or one line break (hard-wrapped wire copy), nothing else.
func (sc *scan) adjacent(a, b int) bool {
	gap := sc.v.Fold[sc.tok(a).End:sc.tok(b).Start]
	if gap == " " {
		return true
	}
	if gap == "" || strings.Count(gap, "\n") > 1 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		if gap[i] != ' ' && gap[i] != '\n' && gap[i] != '\r' && gap[i] != '\t' {
			return false
		}
	}
	return sc.wrapped
}

// ambiguousOK decides an alias flagged ambiguous (Jordan, Georgia, Chad,
// Turkey) by its neighbours.
func (sc *scan) ambiguousOK(a *alias, i, j int) bool {
	// A capitalized word right after ("Chad Smith", "Jordan Valley") makes
	// a longer name, unless it is a country word or a title.
	if j < len(sc.toks) && sc.capAt(j) && sc.wordAt(j) && sc.adjacent(j-1, j) && !sc.caps[j] {
		if _, ok := sc.r.lookupTitle(sc.ids[j:]); !ok && !nameGlue[sc.tok(j).Text] {
			return false
		}
	}
	// "Georgia" after a US city or before a US context ("Atlanta, Georgia").
	if i >= 2 && sc.tok(i-1).Text == "," {
		if ps := sc.r.places.named(sc.lower[i-2]); len(ps) > 0 {
			for _, p := range ps {
				if p.Country == "USA" {
					return false
				}
			}
		}
	}
	// Lower-case food and other readings follow "Turkey".
	if j < len(sc.toks) {
		switch sc.lower[j] {
		case "sandwich", "sandwiches", "dinner", "breast", "meat", "bacon", "burger", "pig", "pigs", "fowl":
			return false
		}
	}
	// Sentence-initial, capitalized only by position: accept; the
	// dictionary's case rule already rejects lower-case readings.
	return true
}

// followedByPlaceQualifier reports whether a capital is qualified as
// another place: "Paris, Texas", "Moscow, Idaho".
func (sc *scan) followedByPlaceQualifier(j int) bool {
	if j+1 < len(sc.toks) && sc.tok(j).Text == "," {
		if g, ok := sc.r.regions[sc.lower[j+1]]; ok && g.country != "" {
			return true
		}
	}
	return false
}

// extendName moves the start of a leader's name left over given names and
// initials not in the table: "Vladimir V. Putin".
func (sc *scan) extendName(i int) int {
	for i > 0 && !sc.used[i-1] {
		p := sc.tok(i - 1)
		switch {
		case p.Text == "." && i >= 2 && len(sc.tok(i-2).Text) == 1 && sc.capAt(i-2) && !sc.used[i-2]:
			i -= 2
		case sc.wordAt(i-1) && sc.capAt(i-1) && !sc.caps[i-1] && sc.adjacent(i-1, i) && !nameGlue[p.Text]:
			if _, ok := sc.titleEndingAt(i - 1); ok {
				return i
			}
			if _, ok := sc.r.lookupOne(sc.lower[i-1]); ok {
				return i
			}
			i--
		default:
			return i
		}
	}
	return i
}

// leaderMention resolves a full-name (full) or family-name match.
func (sc *scan) leaderMention(cands []entry, i, j int, full bool) (Mention, bool) {
	r := sc.r
	var ib [8]int
	idx := ib[:0]
	for _, e := range cands {
		idx = append(idx, e.ref)
	}
	ttl, hasTitle := sc.titleEndingAt(i - 1)
	if !full {
		// A family name alone: a person already named in full, or one in
		// office on the date, introduced by a title or distinctive enough.
		key := strings.Join(sc.lower[i:j], " ")
		if li, ok := sc.people[key]; ok {
			l := r.leaders[li]
			return sc.leaderM(l, ttl, hasTitle), true
		}
		if sc.caps[i] && !hasTitle {
			return Mention{}, false // a capitalized headline word, unless titled
		}
		best, ok := r.pickLeader(idx, sc.date)
		if !ok {
			return Mention{}, false
		}
		l := r.leaders[best]
		if !hasTitle && (len(key) < 4 || commonWord[key] ||
			!(l.Role == "head_of_state" || l.Role == "head_of_government" || l.Role == "org_leader" ||
				l.Role == "foreign_minister" || l.Role == "party_leader")) {
			return Mention{}, false
		}
		if sc.personLike(i, j) && !hasTitle {
			return Mention{}, false
		}
		// A capitalized word right after makes it a given name ("Carter Page").
		if k := j; k < len(sc.toks) && sc.wordAt(k) && sc.capAt(k) && sc.adjacent(k-1, k) && !sc.start[k] {
			if _, ok := sc.r.lookupOne(sc.lower[k]); !ok {
				return Mention{}, false
			}
		}
		m := sc.leaderM(l, ttl, hasTitle)
		// A bare family name of a leader of a less prominent state counts
		// only if the text also names that state (checked after the scan).
		m.tentative = !hasTitle && !prominent[l.Country]
		return m, true
	}
	best, ok := r.pickLeader(idx, sc.date)
	if !ok {
		// Named in full but out of office on the date: a leader only when
		// the text gives a title; then the latest term that began before.
		if !hasTitle {
			return Mention{}, false
		}
		for _, k := range idx {
			l := r.leaders[k]
			if l.Role != ttl.role {
				continue
			}
			if best < 0 || l.From.After(r.leaders[best].From) {
				best = k
			}
		}
		if best < 0 {
			return Mention{}, false
		}
	}
	l := r.leaders[best]
	for _, f := range l.Family {
		sc.people[familyKey(f)] = best
	}
	return sc.leaderM(l, ttl, hasTitle), true
}

func (sc *scan) leaderM(l Leader, t title, hasTitle bool) Mention {
	m := Mention{Kind: KindLeader, Code: l.Country, Name: l.Name, Role: l.Role, Title: l.Title}
	if hasTitle && t.role == l.Role {
		m.Title = t.cased
	}
	return m
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w == "of" || w == "for" || w == "the" || w == "to" {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// familyKey is the dictionary key of a family name: its folded lower-case
// tokens joined by spaces ("díaz-canel" is "diaz - canel").
func familyKey(f string) string {
	return strings.ToLower(strings.Join(tokens(f), " "))
}

// commonWord lists family names that are also common English words and so
// need a title or a full mention before they count alone.
var commonWord = map[string]bool{
	"major": true, "brown": true, "may": true, "bush": true, "rice": true, "young": true,
	"white": true, "green": true, "black": true, "long": true, "king": true, "love": true,
	"price": true, "miller": true, "baker": true, "carter": true, "ford": true, "wood": true,
	"hill": true, "cook": true, "lee": true, "kim": true, "park": true, "moon": true,
	"wang": true, "li": true, "liu": true, "zhang": true, "chen": true, "khan": true, "ali": true,
	"shah": true, "singh": true, "said": true, "costa": true, "silva": true, "santos": true,
	"martin": true, "paul": true, "john": true, "thomas": true, "james": true, "david": true,
	"mark": true, "grant": true, "ahmed": true, "hassan": true, "hussein": true, "mohammed": true,
}

// titleEndingAt returns the title whose last token is at k, if any.
func (sc *scan) titleEndingAt(k int) (title, bool) {
	if k < 0 {
		return title{}, false
	}
	// Try the longest title ending at k (up to five tokens).
	for n := 5; n >= 1; n-- {
		s := k - n + 1
		if s < 0 {
			continue
		}
		if t, ok := sc.r.lookupTitleExact(sc.ids[s : k+1]); ok {
			return t, true
		}
	}
	// "Mr." and similar are not offices.
	return title{}, false
}

// lookupTitleExact returns the title spelled by exactly the token ids toks.
func (r *Resolver) lookupTitleExact(toks []int32) (title, bool) {
	n := int32(0)
	for _, t := range toks {
		if n = r.titles.child(n, t); n < 0 {
			return title{}, false
		}
	}
	if n == 0 || len(r.titles.nodes[n].entries) == 0 {
		return title{}, false
	}
	return r.titleInfo[r.titles.nodes[n].entries[0]], true
}

// lookupTitle returns the longest title at the start of the token ids toks.
func (r *Resolver) lookupTitle(toks []int32) (title, bool) {
	t, n := r.titleAt(toks)
	return t, n > 0
}

func (r *Resolver) lookupOne(lower string) (entry, bool) {
	n := r.words.child(0, r.tokenID(lower))
	if n < 0 {
		return entry{}, false
	}
	es := r.words.nodes[n].entries
	if len(es) == 0 {
		return entry{}, false
	}
	return r.entries[es[0]], true
}
