package entities

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// officials finds people the tables do not know from the titles the text
// gives them: "Cuban Foreign Minister Bruno Rodriguez", "Kremlin spokesman
// Dmitry Peskov", "Russia's ambassador to the UN, Vasily Nebenzya". The
// state or organization they act for comes from the mention right before
// the title; a person with a title but no affiliation is left out.
func (sc *scan) officials() {
	// byEnd[t] is 1 + the index in sc.out of the country or organization
	// mention that ends right before token t, or 0.
	endTok := sc.endTokens()
	byEnd := grow(sc.bufs.byEnd, len(sc.toks)+1)
	sc.bufs.byEnd = byEnd
	for k, m := range sc.out {
		if m.Kind == KindCountry || m.Kind == KindOrganization {
			byEnd[endTok[k]] = int32(k + 1)
		}
	}
	var found []Mention
	for k := 0; k < len(sc.toks); k++ {
		if sc.used[k] || !sc.hasFlag(k, startsTitle) {
			continue
		}
		t, n := sc.r.titleAt(sc.ids[k:])
		if n == 0 {
			continue
		}
		e := k + n
		// Affiliation before the title: "Cuban", "U.S.", "Russia's", also
		// across a modifier or two ("Iranian Oil Minister").
		aff := ""
		for b, mods := k, 0; b > 0 && mods <= 2; mods++ {
			if mi := byEnd[b]; mi > 0 {
				aff = sc.out[mi-1].Code
				break
			}
			if b >= 2 && sc.tok(b-1).Text == "s" && sc.tok(b-2).Text == "'" {
				if mi := byEnd[b-2]; mi > 0 {
					aff = sc.out[mi-1].Code
				}
				break
			}
			if sc.used[b-1] || !sc.wordAt(b-1) || !sc.capAt(b-1) {
				break
			}
			b--
		}
		// "of Cuba", "to the UN": after the title, skip a short complement.
		j := e
		if j+1 < len(sc.toks) && (sc.lower[j] == "of" || sc.lower[j] == "to" || sc.lower[j] == "for") {
			q := j + 1
			if q < len(sc.toks) && sc.lower[q] == "the" {
				q++
			}
			if mi, ok := sc.mentionStartingAt(q); ok {
				if aff == "" && sc.lower[j] != "to" {
					aff = sc.out[mi].Code
				}
				j = endTok[mi]
			}
		}
		if j < len(sc.toks) && sc.tok(j).Text == "," {
			j++
		}
		s, end := sc.nameAt(j)
		if end <= s {
			continue
		}
		if aff == "" && !sc.capAt(k) {
			continue // "the minister Ivanov": too weak without an affiliation
		}
		// A title with a name but no affiliation gives a leader whose Code
		// is empty; a caller that knows the story's country may fill it.
		found = append(found, sc.official(s, end, aff, t))
		k = end - 1
	}
	found = append(found, sc.appositives()...)
	sc.startIdx = nil
	clear(sc.bufs.starts)
	if len(found) == 0 {
		return
	}
	sc.out = append(sc.out, found...)
	// Later mentions of the family name alone.
	fam := map[string]Mention{}
	for _, m := range found {
		fam[lastField(m.Text)] = m
	}
	for k := range sc.toks {
		if sc.used[k] || !sc.capAt(k) {
			continue
		}
		if m, ok := fam[sc.tok(k).Text]; ok {
			m.Span = sc.span(k, k+1)
			m.Text = sc.v.Orig[m.Start:m.End]
			sc.out = append(sc.out, m)
			sc.used[k] = true
		}
	}
}

// lastField returns the last of strings.Fields(s), or "" when s has none.
func lastField(s string) string {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return s[start:end]
}

// official makes the mention of a person the tables do not know, named by
// tokens [s, e), with the role of title t, acting for aff.
func (sc *scan) official(s, e int, aff string, t title) Mention {
	m := Mention{Kind: KindLeader, Code: aff, Role: t.role, Title: t.cased}
	m.Span = sc.span(s, e)
	m.Text = sc.v.Orig[m.Start:m.End]
	m.Name = m.Text
	for q := s; q < e; q++ {
		sc.used[q] = true
	}
	return m
}

// appositives finds officials introduced by a description after the
// name: "Juan Perez, speaker of the lower house of the Chilean Congress",
// "Hisham Nazir, Saudi Arabia's oil minister". The description must hold a
// title and a country or organization before the clause ends.
func (sc *scan) appositives() []Mention {
	var found []Mention
	for k := 0; k < len(sc.toks); k++ {
		if sc.used[k] || !sc.capAt(k) || sc.caps[k] {
			continue
		}
		s, e := sc.nameAt(k)
		if e-s < 2 || e >= len(sc.toks) || sc.tok(e).Text != "," {
			if e > k {
				k = e - 1
			}
			continue
		}
		words, upper := 0, false
		for q := s; q < e; q++ {
			if sc.wordAt(q) {
				words++
				upper = upper || len(sc.tok(q).Text) > 1 && sc.tok(q).IsUpper()
			}
		}
		if words < 2 || upper || !sc.describes(e+1) {
			k = e - 1
			continue // not a name ("ABU DHABI, March 11") or not a description
		}
		var t title
		hasTitle, aff := false, ""
		for q := e + 1; q < len(sc.toks) && q < e+14; q++ {
			switch sc.tok(q).Text {
			case ",", ";", ".", "(", ")", "\"":
				q = len(sc.toks)
				continue
			}
			if sc.lower[q] == "said" || sc.lower[q] == "says" || sc.lower[q] == "told" {
				break
			}
			if !hasTitle {
				if tt, n := sc.r.titleAt(sc.ids[q:]); n > 0 {
					t, hasTitle = tt, true
					q += n - 1
					continue
				}
			}
			if aff == "" {
				if mi, ok := sc.mentionStartingAt(q); ok {
					aff = sc.out[mi].Code
				}
			}
		}
		if hasTitle && aff != "" {
			found = append(found, sc.official(s, e, aff, t))
		}
		k = e - 1
	}
	return found
}

// describes reports whether the words at q open a description of a
// person: a determiner, a title, or a country or organization.
func (sc *scan) describes(q int) bool {
	if q >= len(sc.toks) {
		return false
	}
	switch sc.lower[q] {
	case "the", "a", "an", "former", "then", "now":
		return true
	}
	if _, n := sc.r.titleAt(sc.ids[q:]); n > 0 {
		return true
	}
	_, ok := sc.mentionStartingAt(q)
	return ok
}

// nameAt returns the token range of a personal name starting at j: one to
// four capitalized words, initials and particles, not already a mention.
func (sc *scan) nameAt(j int) (int, int) {
	s := j
	words := 0
	for j < len(sc.toks) && words < 5 {
		t := sc.tok(j)
		switch {
		case sc.used[j]:
			return s, sc.trimName(s, j, words)
		case sc.wordAt(j) && sc.capAt(j) && !sc.caps[j]:
			if _, ok := sc.r.titleAt(sc.ids[j:]); ok > 0 && words == 0 {
				return s, s
			}
			words++
			j++
		case t.Text == "." && j > s && len(sc.tok(j-1).Text) == 1:
			j++
		case t.Text == "-" && j > s && j+1 < len(sc.toks) && sc.capAt(j+1) && sc.adjacent(j-1, j) && sc.adjacent(j, j+1):
			j++
		case words > 0 && j+1 < len(sc.toks) && sc.hasFlag(j, wParticle) && sc.capAt(j+1):
			j++
		case words > 0 && j+2 < len(sc.toks) && sc.hasFlag(j, wParticle) && sc.tok(j+1).Text == "-" && sc.capAt(j+2):
			j += 2 // "al-Oteiba"
		default:
			return s, sc.trimName(s, j, words)
		}
	}
	return s, sc.trimName(s, j, words)
}

func (sc *scan) trimName(s, e, words int) int {
	if words == 0 {
		return s
	}
	if words == 1 && sc.hasFlag(s, wCommon|wMonthDay|wNotName) {
		return s
	}
	if sc.hasFlag(s, wNotName) {
		return s
	}
	return e
}

var particles = map[string]bool{"de": true, "da": true, "di": true, "del": true, "van": true, "von": true,
	"der": true, "bin": true, "al": true, "el": true, "la": true, "le": true, "dos": true, "du": true, "ibn": true}

var monthOrDay = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// notName lists capitalized words that follow titles without being names.
var notName = map[string]bool{"and": true, "of": true, "the": true, "on": true, "in": true, "said": true,
	"says": true, "told": true, "who": true, "has": true, "was": true, "is": true, "will": true, "would": true,
	"for": true, "to": true, "at": true, "office": true, "ministry": true, "department": true, "council": true,
	"house": true, "state": true, "affairs": true, "general": true, "i": true, "we": true, "they": true, "he": true,
	"she": true, "it": true, "this": true, "that": true, "a": true, "an": true}

// titleAt returns the longest title at the start of the token ids toks and
// its length in tokens.
func (r *Resolver) titleAt(toks []int32) (title, int) {
	if len(toks) == 0 || toks[0] < 0 || int(toks[0]) >= len(r.titles.root) || r.titles.root[toks[0]] < 0 {
		return title{}, 0
	}
	n := int32(0)
	var best title
	bn := 0
	for i, t := range toks {
		if n = r.titles.child(n, t); n < 0 {
			break
		}
		if es := r.titles.nodes[n].entries; len(es) > 0 {
			best, bn = r.titleInfo[es[0]], i+1
		}
	}
	return best, bn
}

// endTokens returns, for each mention of sc.out, the index of the first
// token that starts at or after the mention's end (len(sc.toks) when none
// does). It walks the tokens once with the mentions in order of end, where
// a binary search for each mention would cost a cache miss per step on a
// long document.
func (sc *scan) endTokens() []int {
	b := sc.bufs
	order := grow(b.order, len(sc.out))
	for k := range order {
		order[k] = k
	}
	out := sc.out
	byEnd := func(x, y int) int { return cmp.Compare(out[x].End, out[y].End) }
	if !slices.IsSortedFunc(order, byEnd) {
		slices.SortFunc(order, byEnd)
	}
	endTok := grow(b.endTok, len(out))
	t := 0
	for _, k := range order {
		for t < len(sc.toks) {
			if s, _ := sc.v.OrigSpan(sc.tok(t).Start, sc.tok(t).End); s >= out[k].End {
				break
			}
			t++
		}
		endTok[k] = t
	}
	b.order, b.endTok = order, endTok
	return endTok
}

// mentionStartingAt returns the index in sc.out of the mention that starts
// at token q.
func (sc *scan) mentionStartingAt(q int) (int, bool) {
	if q >= len(sc.toks) {
		return 0, false
	}
	if sc.startIdx == nil {
		// sc.out does not change while officials and appositives look.
		sc.startIdx = sc.bufs.starts
		if len(sc.out) > 1<<12 {
			// A long text's: sized once, not grown, and not pooled.
			sc.startIdx = make(map[int]int, len(sc.out))
		}
		for i := len(sc.out) - 1; i >= 0; i-- {
			if m := sc.out[i]; m.Kind != KindLeader {
				sc.startIdx[m.Start] = i
			}
		}
	}
	s, _ := sc.v.OrigSpan(sc.tok(q).Start, sc.tok(q).End)
	i, ok := sc.startIdx[s]
	return i, ok
}

// anaphora resolves "the federation", "the island nation", "the Caribbean
// island nation", "the kingdom" to the most recent country mention with
// that attribute (and region, when the phrase names one).
func (sc *scan) anaphora() {
	if !sc.anyAnaphor() {
		return
	}
	type cand struct {
		pos  int
		code string
	}
	// The country and leader mentions in order of position (a stable
	// sort keeps the order of mentions that start together).
	var ms []cand
	for _, m := range sc.out {
		if m.Kind == KindCountry || m.Kind == KindLeader {
			ms = append(ms, cand{m.Start, m.Code})
		}
	}
	slices.SortStableFunc(ms, func(a, b cand) int { return cmp.Compare(a.pos, b.pos) })
	seen := ms[:0:0] // those before the current token: ms[:mi]
	mi := 0
	var found []Mention
	for k := 0; k+1 < len(sc.toks); k++ {
		if !sc.isThe(k) || sc.used[k+1] {
			continue
		}
		s, _ := sc.v.OrigSpan(sc.tok(k).Start, sc.tok(k).End)
		for mi < len(ms) && ms[mi].pos < s {
			mi++
		}
		seen = ms[:mi]
		j := k + 1
		region := ""
		if j < len(sc.toks) && sc.capAt(j) && !sc.used[j] {
			region = sc.tok(j).Text
			j++
		}
		attr, n := anaphorNoun(sc.lower[j:])
		if n == 0 {
			continue
		}
		code := ""
		for q := len(seen) - 1; q >= 0 && code == ""; q-- {
			c := sc.r.countries[seen[q].code]
			if c == nil || !c.Has(attr) {
				continue
			}
			if region != "" && !strings.Contains(c.Region, region) {
				continue
			}
			code = c.Code
		}
		if code == "" {
			continue
		}
		m := Mention{Kind: KindCountry, Code: code, Form: "anaphor"}
		m.Span = sc.span(k+1, j+n)
		m.Text = sc.v.Orig[m.Start:m.End]
		found = append(found, m)
		for q := k + 1; q < j+n; q++ {
			sc.used[q] = true
		}
	}
	sc.out = append(sc.out, found...)
}

// isThe reports whether token k is "the" in any case.
func (sc *scan) isThe(k int) bool {
	if id := sc.r.theID; id >= 0 {
		return sc.ids[k] == id
	}
	return sc.lower[k] == "the"
}

// anyAnaphor reports whether the text may hold an anaphor as anaphora
// reads one: "the", an optional capitalized word, an anaphor noun.
func (sc *scan) anyAnaphor() bool {
	for k := 0; k+1 < len(sc.toks); k++ {
		if !sc.isThe(k) || sc.used[k+1] {
			continue
		}
		j := k + 1
		if sc.capAt(j) {
			j++
		}
		if _, n := anaphorNoun(sc.lower[j:]); n > 0 {
			return true
		}
	}
	return false
}

// anaphorNoun matches the noun phrase of a country anaphor and returns the
// country attribute it implies and its length in tokens.
func anaphorNoun(toks []string) (string, int) {
	if len(toks) == 0 {
		return "", 0
	}
	switch toks[0] {
	case "federation":
		return "federation", 1
	case "kingdom":
		return "kingdom", 1
	case "emirate":
		return "emirate", 1
	case "archipelago":
		return "archipelago", 1
	case "sultanate":
		return "sultanate", 1
	case "island", "islands":
		if len(toks) > 1 {
			switch toks[1] {
			case "nation", "state", "country", "republic":
				return "island", 2
			}
		}
	case "islamic":
		if len(toks) > 1 && toks[1] == "republic" {
			return "islamic_republic", 2
		}
	}
	return "", 0
}

func sortMentions(ms []Mention) {
	slices.SortStableFunc(ms, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
}
