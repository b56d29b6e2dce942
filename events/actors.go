package events

import (
	"slices"
	"strings"

	"github.com/diplomacy-go/diplomacy/entities"
)

// isVerb reports whether token k is a base-form verb: a trigger verb or a
// frequent verb of words.tsv.
func (c *coder) isVerb(k int) bool {
	if k >= len(c.toks) || c.toks[k].unit >= 0 || c.toks[k].cap {
		return false
	}
	if c.cls(k)&wVerb != 0 {
		return true
	}
	for _, pi := range c.lx.firstSets[c.toks[k].first] {
		p := &c.lx.pats[pi]
		if p.head == 0 && p.toks[0].alts[c.w(k)]&formBase != 0 {
			return true
		}
	}
	return false
}

// trigHead returns the trigger whose verb is token k, or -1.
func (c *coder) trigHead(k int) int {
	for i := range c.trig {
		if c.trig[i].head == k && c.trig[i].absorbedBy < 0 {
			return i
		}
	}
	return -1
}

// trigAt reports whether a trigger covers token k.
func (c *coder) trigAt(k int) bool {
	for i := range c.trig {
		if c.trig[i].first <= k && k <= c.trig[i].last {
			return true
		}
	}
	return false
}

// isClauseEnd reports whether token k ends the clause that a trigger sits in.
func (c *coder) isClauseEnd(k int) bool {
	if c.inFrame(k) {
		return true
	}
	cl := c.cls(k)
	if cl&wBound != 0 || c.w(k) == ";" {
		return true
	}
	if c.w(k) == "," && (c.w(k+1) == "and" || c.w(k+1) == "but" || c.w(k+1) == "while") {
		return true
	}
	return false
}

// clauseEnd returns the first token at or after i that ends the clause.
func (c *coder) clauseEnd(i int) int {
	for k := i; k < len(c.toks); k++ {
		if c.isClauseEnd(k) {
			return k
		}
	}
	return len(c.toks)
}

// actorsOf returns the actors of group g, without repeated codes.
func (c *coder) actorsOf(g int) []actor {
	start := len(c.acts)
	for _, u := range c.groups[g].units {
		for _, code := range [2]string{c.units[u].code, c.units[u].alt} {
			if code == "" {
				continue
			}
			dup := false
			for _, a := range c.acts[start:] {
				if a.code == code {
					dup = true
				}
			}
			if !dup {
				c.acts = append(c.acts, actor{code: code, unit: u})
			}
		}
	}
	return c.actorList(start)
}

// actorList returns the actors appended to c.acts since start, or nil for
// none. The list is capped, so that appending to it copies it.
func (c *coder) actorList(start int) []actor {
	if len(c.acts) == start {
		return nil
	}
	return c.acts[start:len(c.acts):len(c.acts)]
}

// ppHead returns the preposition that governs the group starting at token
// first ("in Moscow", "with the Cuban leader", "in the city of Kirkuk"), or "".
func (c *coder) ppHead(first int) string {
	k := first - 1
	for skipped := 0; k >= 0 && skipped < 5; skipped++ {
		t := &c.toks[k]
		if t.unit >= 0 || t.punct && t.w != "-" {
			return ""
		}
		cl := c.cls(k)
		if t.w == "of" {
			// "the government of Sudan" acts for Sudan; "the territory of
			// Azerbaijan" does not.
			if n := c.w(k - 1); k > 0 && c.cls(k-1)&(wAgent|wCrowd) == 0 && c.lx.words[n]&wTitle == 0 && !c.toks[k-1].cap && c.toks[k-1].unit < 0 {
				return "of"
			}
			k--
			continue
		}
		if t.w == "that" || t.cap && cl&wAgent == 0 && c.lx.words[t.w]&wTitle == 0 {
			return ""
		}
		if cl&wPrep != 0 {
			// "officials from Cuba", "rebels in Darfur" act for that place.
			if (t.w == "from" || t.w == "in") && c.cls(k-1)&(wAgent|wCrowd) != 0 {
				return ""
			}
			return t.w
		}
		if cl&^(wDet|open) != 0 {
			return ""
		}
		k--
	}
	return ""
}

// leftSearch finds the subject of a verb at token i: the nearest actor to the
// left in the same clause that is not the object of a preposition.
func (c *coder) leftSearch(i int) ([]actor, bool) {
	words := 0
	for k := i - 1; k >= 0; k-- {
		if c.inFrame(k) {
			continue
		}
		t := &c.toks[k]
		if t.unit < 0 && !t.punct && c.cls(k)&(wAux|wBe|wHave|wNeg|wModal|wFuture|wWould|wAgent|wDet) == 0 && !t.cap {
			if words++; words > 6 {
				// Too far for a subject without punctuation between.
				return nil, false
			}
		}
		if t.unit >= 0 {
			g := c.units[t.unit].group
			gr := c.groups[g]
			if p := c.ppHead(gr.first); p != "" && !(conjPrep[p] && c.subjectAdjacent(gr.last+1, i)) {
				k = gr.first
				continue
			}
			if c.objectOf(gr.first) >= 0 {
				// The object of an earlier verb: "they would blockade Paris to
				// demand ...": look for that verb's subject.
				k = gr.first
				continue
			}
			return c.actorsOf(g), true
		}
		cl := c.cls(k)
		if cl&wBound != 0 || t.w == ";" {
			break
		}
		if t.w == "who" || t.w == "which" {
			j := k - 1
			if c.w(j) == "," {
				j--
			}
			if j >= 0 && c.toks[j].unit >= 0 {
				return c.actorsOf(c.units[c.toks[j].unit].group), true
			}
			return nil, false // "guerrillas who overran it": no coded actor
		}
		// Another verb's clause: "X resigned as the opposition threatened".
		if j := c.trigHead(k); j >= 0 && c.w(i-1) != "to" {
			if pw := c.w(c.prevContent(i)); pw != "and" && pw != "or" {
				return nil, false
			}
		}
		// "India's manager said the airline was working with X": the
		// subject of a reported clause follows the reporting verb.
		if c.cls(k)&wReport != 0 && c.w(k) != "according" {
			return nil, false
		}
		if cl&wPron != 0 {
			a := c.resolvePronoun(k)
			return a, a != nil
		}
		if t.w == "," {
			// Skip a relative clause between commas: "Putin, who met X, said".
			j := k - 1
			for j >= 0 && c.w(j) != "," && c.cls(j)&wBound == 0 {
				j--
			}
			if j >= 0 && c.w(j) == "," && (c.w(j+1) == "who" || c.w(j+1) == "which") {
				k = j
			}
		}
	}
	return nil, false
}

// afterParticiple reports whether the "by" before the group at token first
// follows a past participle ("brokered by China", "led by Blinken").
func (c *coder) afterParticiple(first int) bool {
	for k := first - 1; k > 0 && first-k <= 4; k-- {
		if c.w(k) != "by" {
			continue
		}
		w := c.w(k - 1)
		return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") ||
			w == "led" || w == "held" || w == "made" || w == "sent" || w == "paid" || w == "met" || w == "set"
	}
	return false
}

// conjPrep holds prepositions that also open clauses ("after X attacked").
var conjPrep = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true, "while": true}

// subjectAdjacent reports whether only nouns, auxiliaries and adverbs lie
// in [a, b): "after U.S. officials alleged" makes the officials a subject
// even though "after" governs them.
func (c *coder) subjectAdjacent(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := &c.toks[k]
		if t.punct || t.unit >= 0 || c.cls(k)&^(open|wAux|wNeg|wHave|wBe|wModal|wFuture|wWould) != 0 {
			return false
		}
		if c.cls(k)&^open == 0 && !t.cap && !strings.HasSuffix(t.w, "s") {
			return false
		}
	}
	return true
}

// objectOf returns the trigger whose object starts at token first ("met
// Putin", "imposed sanctions on Russia"), or -1.
func (c *coder) objectOf(first int) int {
	for j := len(c.trig) - 1; j >= 0; j-- {
		tj := &c.trig[j]
		if tj.last >= first || tj.head < 0 {
			continue
		}
		if first-tj.last > 4 {
			return -1
		}
		for k := tj.last + 1; k < first; k++ {
			if c.toks[k].punct || c.cls(k)&^(wDet|wPrep|open) != 0 || c.isClauseEnd(k) {
				return -1
			}
		}
		return j
	}
	return -1
}

// resolvePronoun resolves the subject pronoun at token k.
func (c *coder) resolvePronoun(k int) []actor {
	w := c.w(k)
	if w == "we" {
		// "We, the leaders of X, Y and Z, condemn ...".
		for j := k + 1; j < len(c.toks) && j <= k+5; j++ {
			if u := c.toks[j].unit; u >= 0 {
				if c.w(k+1) == "," {
					return c.actorsOf(c.units[u].group)
				}
				break
			}
		}
		return c.weActors()
	}
	leaderOnly := w == "he" || w == "she"
	for j := k - 1; j >= 0; j-- {
		t := &c.toks[j]
		if t.unit < 0 || c.inFrame(j) && !c.inFrame(k) {
			continue
		}
		g := c.units[t.unit].group
		j = c.groups[g].first
		if c.ppHead(j) != "" {
			continue
		}
		u := c.units[t.unit]
		if leaderOnly && u.kind != entities.KindLeader {
			continue
		}
		if w == "it" && u.kind == entities.KindLeader {
			continue
		}
		return c.actorsOf(g)
	}
	if !leaderOnly {
		return nil
	}
	// "King Hassan of Morocco was quoted as saying he": the subject of a
	// reporting verb.
	for j := 0; j < k; j++ {
		if u := c.toks[j].unit; u >= 0 && !c.inFrame(j) {
			g := c.units[u].group
			if c.ppHead(c.groups[g].first) != "" {
				break
			}
			hasLeader := false
			for _, u := range c.groups[g].units {
				hasLeader = hasLeader || c.units[u].kind == entities.KindLeader
			}
			for r := c.groups[g].last + 1; r < k && hasLeader; r++ {
				if c.cls(r)&wReport != 0 {
					return c.actorsOf(g)
				}
			}
			break
		}
	}
	// The last leader named before the sentence.
	for i := c.mentionsFrom(c.sent.Start) - 1; i >= 0; i-- {
		m := c.mentions[i]
		if c.sent.Start-m.Start > 1500 {
			break
		}
		if m.End > c.sent.Start {
			continue
		}
		if m.Kind == entities.KindLeader && m.Code != "" {
			// Only a pronoun that opens the sentence's clause.
			for j := 0; j < k; j++ {
				if c.toks[j].unit >= 0 {
					return nil
				}
			}
			return []actor{{code: m.Code, unit: -1}}
		}
	}
	return nil
}

// rightSearch finds the first actor after token i in the clause (for a
// complement-taking trigger, its complement counts as the clause).
func (c *coder) rightSearch(i, self int, only []string, skip ...string) []actor {
	end := c.clauseEnd(i)
	if c.inRelative(i) {
		// ", which signed the accord, ...": the relative clause ends at its comma.
		for k := i; k < end; k++ {
			if c.w(k) == "," {
				end = k
				break
			}
		}
	}
	var flags uint8
	var selfType string // the PLOVER type of the trigger's pattern
	if self >= 0 {
		flags, selfType = c.trig[self].pat.flags, c.trig[self].pat.info.Type
	}
	for k := i; k < end && k-i < 24; k++ {
		t := &c.toks[k]
		if t.unit >= 0 {
			g := c.units[t.unit].group
			p := c.ppHead(c.groups[g].first)
			border := false
			switch c.w(c.groups[g].last + 1) {
			case "border", "frontier", "coast", "waters", "airspace":
				border = p != "with" && p != ""
			}
			if p == "by" && !c.afterParticiple(c.groups[g].first) {
				p = "by-noun" // "an admission by Moscow": not the agent of a participle
			}
			if selfType == "CONSULT" && c.units[t.unit].poss {
				// "told Britain's ITV": the one told is the possessed.
				if n := c.w(c.groups[g].last + 2); c.cls(c.groups[g].last+2)&wAgent == 0 && c.lx.words[n]&wTitle == 0 {
					k = c.groups[g].last
					continue
				}
			}
			if border || p != "" && slices.Contains(skip, p) || only != nil && !slices.Contains(only, p) {
				k = c.groups[g].last
				continue
			}
			return c.actorsOf(g)
		}
		if c.w(k) == "who" || c.w(k) == "which" || c.w(k) == "that" && flags&flagComp == 0 && k > i {
			break // a relative clause, not the complement of the verb
		}
		if c.w(k) == "\"" || c.w(k) == "'" {
			break // a quotation is what was said, not whom it concerns
		}
		if c.w(k) == "each" && c.w(k+1) == "other" || c.w(k) == "one" && c.w(k+1) == "another" {
			return nil // "pledged to consult each other": reciprocal
		}
		if k > i && c.w(k) == "to" && flags&flagComp == 0 && c.isVerb(k+1) {
			return nil // "provided ships to block Iraqi trade": a purpose, not a recipient
		}
		if ty := selfType; flags&flagComp != 0 && (ty == "REQUEST" || ty == "ACCUSE") && k > i {
			// "ordered diplomats to repair ties with X", "accused him of
			// meeting X": the actors of the complement are not the target.
			if c.w(k) == "to" && c.unitAt(k+1) < 0 && c.cls(k+1)&wDet == 0 && !c.toks[min(k+1, len(c.toks)-1)].cap {
				return nil
			}
			if (c.w(k) == "of" || c.w(k) == "for") && strings.HasSuffix(c.w(k+1), "ing") {
				return nil
			}
		}
		// "urged X to V": the one urged is X, not an actor of V.
		if ty := selfType; flags&flagComp != 0 && (ty == "REQUEST" || ty == "ACCUSE") {
			for j := range c.trig {
				if c.trig[j].first == k && c.trig[j].absorbedBy == self {
					return nil
				}
			}
		}
		// Another verb that is not in this trigger's complement opens a new clause.
		for j := range c.trig {
			tj := &c.trig[j]
			if j != self && tj.first == k && tj.head >= 0 && tj.absorbedBy != self && !tj.reduced {
				return nil
			}
		}
	}
	return nil
}

// passiveSubject finds the subject of a passive verb at token i: an actor
// within a few words before it ("Iraqi civilians have been killed", "a camp
// for Congolese refugees was attacked").
func (c *coder) passiveSubject(i int, reduced bool) []actor {
	n, limit := 0, 5
	if reduced {
		limit = 2
	}
	for k := i - 1; k >= 0 && n < limit; k-- {
		t := &c.toks[k]
		if c.inFrame(k) || t.punct && t.w != "-" && t.w != "'s" {
			return nil
		}
		if t.unit >= 0 {
			return c.actorsOf(c.units[t.unit].group)
		}
		cl := c.cls(k)
		if cl&(wReport|wBound|wPron|wRel) != 0 || t.w == "that" || c.trigAt(k) {
			return nil
		}
		if cl&(wBe|wHave|wAux|wNeg|wModal|wWould|wFuture) == 0 {
			n++
		}
	}
	return nil
}

// byAgent finds the agent of a passive verb: "by X" after token i.
func (c *coder) byAgent(i int) []actor {
	end := c.clauseEnd(i)
	for k := i; k < end && k-i < 16; k++ {
		if c.w(k) != "by" {
			continue
		}
		j := k + 1
		for j < end && c.toks[j].unit < 0 && j-k <= 4 && !c.toks[j].punct {
			j++
		}
		if j < end && c.toks[j].unit >= 0 {
			return c.actorsOf(c.units[c.toks[j].unit].group)
		}
		return nil
	}
	return nil
}

// objectAfter returns the group that starts within a few words after token
// i (determiners, titles and adjectives between: "the President of Cuba",
// "neighbouring Ukraine"), or -1.
func (c *coder) objectAfter(i int) int {
	for k := i; k < len(c.toks) && k-i <= 4; k++ {
		t := &c.toks[k]
		if c.inFrame(k) {
			return -1
		}
		if t.unit >= 0 {
			return c.units[t.unit].group
		}
		cl := c.cls(k)
		if t.w == "of" && k > i && (c.toks[k-1].cap || cl&wAgent != 0 || c.cls(k-1)&wTitle != 0) {
			continue
		}
		if t.punct && t.w != "-" || cl&^(wDet|open) != 0 || t.first != 0 && k > i {
			return -1
		}
	}
	return -1
}

// possessor returns the group that owns a noun starting at token i: "Russia's
// invasion", "Russia's continued aggression", "Israeli air raids", or -1.
func (c *coder) possessor(i int) int {
	k := i - 1
	for skipped := 0; k >= 0 && skipped < 5; skipped++ {
		t := &c.toks[k]
		if t.w == "'s" && k > 0 && c.toks[k-1].unit >= 0 {
			return c.units[c.toks[k-1].unit].group
		}
		if (t.w == "and" || t.w == ",") && k+1 < i {
			k-- // "Russia's illegal and unprovoked invasion"
			continue
		}
		if t.unit >= 0 {
			u := c.units[t.unit]
			if u.form == "adjective" || u.form == "group" {
				return u.group
			}
			return -1
		}
		if t.punct && t.w != "-" || c.cls(k)&^(open|wAux) != 0 {
			return -1
		}
		k--
	}
	return -1
}
