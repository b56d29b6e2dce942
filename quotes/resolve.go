package quotes

import (
	"slices"
	"strings"

	"github.com/diplomacy-go/diplomacy/entities"
)

// resolve turns a speaker phrase read at pos into a speaker: pronouns and
// documents ("the statement") resolve to an earlier source.
func (a *attributor) resolve(c cue, pos int) speaker {
	np := c.np
	if len(np) == 0 {
		return speaker{}
	}
	if len(np) == 1 && pronouns().has(np[0].lower) {
		return a.resolvePronoun(np[0].lower, pos)
	}
	sp := a.resolveNamed(np)
	if sp.actor == "" && len(c.ext) > 0 {
		// "said X, speaker of the Argentine parliament"
		if ap := a.resolveNamed(c.ext); ap.actor != "" {
			sp.actor = ap.actor
		}
	}
	if sp.actor != "" {
		return sp
	}
	doc, body := isDocument(np), hasBodyNoun(np)
	if !doc && !body {
		if ref := a.roleReferent(np, pos); ref.named() {
			return ref // "the president" after "President Reagan"
		}
		return sp
	}
	// a document or an unqualified body ("the statement", "the ministry")
	// speaks for a source named just before it in the paragraph, else for
	// the dateline's country (a ministry) or the last body that spoke
	if src := a.localBody(pos); src.named() {
		if doc {
			return src
		}
		sp.actor = src.actor
		return sp
	}
	if body && a.dateline.actor != "" {
		sp.actor = a.dateline.actor
		return sp
	}
	if doc {
		if src := a.lastBody(pos); src.named() {
			return src
		}
	}
	return sp
}

// localBody returns the latest source with an actor in the paragraph of
// pos, before pos.
func (a *attributor) localBody(pos int) speaker {
	in := a.sourcesIn(a.paraStart(pos), pos)
	for i := len(in) - 1; i >= 0; i-- {
		if in[i].actor != "" && in[i].named() {
			return in[i]
		}
	}
	return speaker{}
}

// roleReferent resolves a phrase of lower-case role words ("the
// president", "the foreign minister") to the latest leader mention before
// pos whose title or role has the phrase's head noun.
func (a *attributor) roleReferent(np []token, pos int) speaker {
	if len(np) < 2 || np[0].lower != "the" {
		return speaker{}
	}
	for _, t := range np[1:] {
		if t.punct || t.capital() {
			return speaker{}
		}
	}
	head := np[len(np)-1].lower
	if !roleNouns().has(head) {
		return speaker{}
	}
	k, _ := slices.BinarySearch(a.starts, pos)
	for i := k - 1; i >= 0 && k-i <= 60 && pos-a.ms[i].Start < 3000; i-- {
		m := a.ms[i]
		if m.Kind != entities.KindLeader || m.Name == "" {
			continue
		}
		if strings.Contains(strings.ToLower(m.Title), head) || strings.Contains(m.Role, head) {
			return speaker{name: m.Name, actor: m.Code, span: m.Span, person: true, pos: np[0].s}
		}
	}
	return speaker{}
}

// hasBodyNoun reports whether np names a government body without saying
// whose ("the ministry statement", "the foreign ministry").
func hasBodyNoun(np []token) bool {
	for _, t := range np {
		switch t.lower {
		case "ministry", "government", "embassy", "cabinet", "presidency", "chancellery", "palace":
			return true
		}
	}
	return false
}

// isDocument reports whether np names a document ("the statement", "a
// joint communique").
func isDocument(np []token) bool {
	for i := len(np) - 1; i >= 0; i-- {
		if np[i].punct {
			continue
		}
		return statementNouns().has(np[i].lower)
	}
	return false
}

// resolveNamed reads a speaker phrase: its display name, its actor from the
// mentions it overlaps, and whether it is a person.
func (a *attributor) resolveNamed(np []token) speaker {
	np = trimNP(np)
	if len(np) == 0 {
		return speaker{}
	}
	full := entities.Span{Start: np[0].s, End: np[len(np)-1].e}
	// the display name stops at an appositive comma
	disp := np
	for i, t := range np {
		if t.punct && (t.w == "," || t.w == "(") && i > 0 {
			disp = trimNP(np[:i])
			if len(disp) == 0 {
				// only an adverb before the comma: "Privately, officials"
				return a.resolveNamed(np[i+1:])
			}
			break
		}
	}
	sp := speaker{
		name: collapseSpace(a.text[disp[0].s:disp[len(disp)-1].e]),
		span: entities.Span{Start: disp[0].s, End: disp[len(disp)-1].e},
		pos:  full.Start,
	}
	if len(np) == 1 && pronouns().has(np[0].lower) {
		sp.name = ""
		return sp
	}
	var body *entities.Mention
	for i := a.firstReaching(full.Start); i < len(a.ms); i++ {
		m := &a.ms[i]
		if m.Start >= full.End {
			break
		}
		if !m.Overlaps(full) {
			continue
		}
		if m.Kind == entities.KindLeader {
			if m.Name != "" {
				sp.name = m.Name
			} else {
				sp.name = m.Text
			}
			sp.actor = m.Code
			sp.person = true
			sp.gender = genderOf(np)
			return sp
		}
		if body == nil && m.Code != "" && m.Kind != entities.KindPlace {
			body = m
		}
	}
	sp.person = looksPerson(disp)
	if body != nil {
		sp.actor = body.Code
		// "Cuban Foreign Minister X" is a person of that country, "the
		// Kremlin" the body itself
		sp.person = sp.person && !coversName(body, disp)
	}
	sp.gender = genderOf(np)
	return sp
}

// looksPerson reports whether a speaker phrase names a person: a
// capitalized name that is not a body ("the Kremlin", "Data Resources
// Inc."), or a noun of a person's role ("the minister", "a spokesman for
// the company").
func looksPerson(disp []token) bool {
	if isDocument(disp) {
		return false
	}
	if len(disp) > 1 && disp[0].lower == "the" && disp[1].capital() {
		return false // "the Kremlin", "the Foreign Ministry"
	}
	// the head: the last word, or the word before "of"/"for"
	head := disp[len(disp)-1]
	for i, t := range disp {
		if i > 0 && (t.lower == "of" || t.lower == "for" || t.lower == "at" || t.lower == "with") {
			head = disp[i-1]
			break
		}
	}
	h := strings.TrimSuffix(head.lower, ".")
	if bodyHeads().has(h) {
		return false
	}
	if roleNouns().has(h) {
		return true
	}
	for _, t := range disp {
		if !t.punct && t.capital() && !determiners().has(t.lower) {
			return true
		}
	}
	return false
}

// coversName reports whether the mention m covers the last word of the
// display name, i.e. the speaker is the body itself.
func coversName(m *entities.Mention, disp []token) bool {
	last := disp[len(disp)-1]
	return m.Start <= last.s && last.e <= m.End
}

// genderOf guesses a speaker's gender from titles and role nouns.
func genderOf(np []token) byte {
	for _, t := range np {
		w := strings.TrimSuffix(t.lower, ".")
		switch {
		case femaleWords().has(w):
			return 'f'
		case maleWords().has(w):
			return 'm'
		}
	}
	return 0
}

// resolvePronoun resolves he/she/they/we/it/I at pos to the latest fitting
// speaker or sentence subject.
func (a *attributor) resolvePronoun(p string, pos int) speaker {
	wantPerson := p == "he" || p == "she" || p == "i"
	var g byte
	switch p {
	case "he":
		g = 'm'
	case "she":
		g = 'f'
	}
	fits := func(s speaker) bool {
		if !s.named() || s.pos >= pos {
			return false
		}
		if wantPerson && !s.person {
			return false
		}
		if (p == "it" || p == "they" || p == "we") && s.person && s.actor == "" {
			return p != "it"
		}
		return g == 0 || s.gender == 0 || s.gender == g
	}
	best := speaker{pos: -1}
	for i := len(a.sources) - 1; i >= 0 && len(a.sources)-i <= lookback; i-- {
		if fits(a.sources[i]) {
			best = a.sources[i]
			break
		}
	}
	if wantPerson {
		for i := len(a.subjects) - 1; i >= 0 && len(a.subjects)-i <= lookback; i-- {
			if fits(a.subjects[i]) {
				if a.subjects[i].pos > best.pos {
					best = a.subjects[i]
				}
				break
			}
		}
	}
	if best.pos < 0 {
		return speaker{}
	}
	return best
}

// lookback is how many earlier sources a pronoun or a document may reach.
const lookback = 40

// lastBody returns the latest source with an actor before pos, for
// documents that speak for the body that issued them.
func (a *attributor) lastBody(pos int) speaker {
	var body speaker
	for i := len(a.sources) - 1; i >= 0 && len(a.sources)-i <= lookback; i-- {
		s := a.sources[i]
		if s.pos >= pos || !s.named() {
			continue
		}
		if s.actor != "" {
			return s
		}
		if !s.person && !body.named() {
			body = s
		}
	}
	return body
}

// collapseSpace replaces each run of white space in s with one space.
func collapseSpace(s string) string {
	if !hasOddSpace(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// hasOddSpace reports whether s has a newline, a tab, a carriage return,
// a no-break space or two spaces in a row.
func hasOddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t', '\r':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xC2: // U+00A0 is C2 A0
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

// resolveSource reads the speaker phrase of reported speech: a named
// speaker, or the leader a role phrase refers to ("the president said").
func (a *attributor) resolveSource(np []token) speaker {
	sp := a.resolveNamed(np)
	if sp.actor == "" && len(np) > 0 {
		if ref := a.roleReferent(trimNP(np), np[0].s); ref.named() {
			return ref
		}
	}
	return sp
}

// firstReaching returns the index of the first mention that may end after
// pos: every mention before it ends at or before pos.
func (a *attributor) firstReaching(pos int) int {
	i, _ := slices.BinarySearch(a.starts, pos-a.maxLen)
	return i
}
