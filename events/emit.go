package events

import (
	"strings"

	"github.com/diplomacy-go/diplomacy/entities"
)

// absorb attaches the triggers in a complement ("agreed to provide aid",
// "urged Iran to start talks") to the trigger that takes it.
func (c *coder) absorb() {
	for i := range c.trig {
		t := &c.trig[i]
		if t.absorbedBy >= 0 || t.pat.flags&flagComp == 0 {
			continue
		}
		end := c.clauseEnd(t.last + 1)
		for j := i + 1; j < len(c.trig); j++ {
			u := &c.trig[j]
			if u.first >= end || u.first-t.last > 15 {
				break
			}
			if u.participle {
				break // "condemned X, telling Y ...": an event of its own
			}
			if pw := c.w(c.prevContent(u.first)); (pw == "and" || pw == "or") && u.form&formPast != 0 && u.form&formBase == 0 {
				break // "condemned X and expressed Y": two verbs of one subject
			}
			if pp := c.ppHead(u.first); u.head == -1 && u.first > t.last+1 && (pp == "at" || pp == "during" || pp == "in") {
				continue // "offer a treaty at talks with X": an adjunct, not the complement
			}
			rel := false
			for k := t.last + 1; k < u.first; k++ {
				if c.w(k) == "who" || c.w(k) == "which" {
					rel = true
				}
			}
			if rel {
				break
			}
			// "condemned Russia's invasion of Ukraine": an act with its own
			// actor reports its own event.
			if ty := t.pat.info.Type; (ty == "ACCUSE" || ty == "SUPPORT") && u.head == -1 && c.possessor(u.first) >= 0 {
				continue
			}
			// "condemned the attacks that Russia perpetrated on Ukraine": a
			// relative clause with its own subject reports its own event.
			if ty := t.pat.info.Type; (ty == "ACCUSE" || ty == "SUPPORT") && c.unitAt(c.prevContent(u.first)) >= 0 {
				rel := false
				for k := t.last + 1; k < u.first; k++ {
					rel = rel || c.w(k) == "that" || c.w(k) == "which"
				}
				if rel {
					break
				}
			}
			u.absorbedBy = i
			if t.inner < 0 {
				t.inner = j
			}
		}
	}
}

// modality reads the words between lo and the trigger's verb.
type modality struct {
	neg, hypo, intent bool
	threat            bool // the hypothesis is a possibility ("may", "could"), not a wish
	future            bool // a future or schedule ("will meet", "is due to visit")
}

func (c *coder) modality(lo, hi int) modality {
	var m modality
	if hi-lo > 10 {
		lo = hi - 10
	}
	if lo < 0 {
		lo = 0
	}
	for k := lo; k < hi; k++ {
		if c.toks[k].unit >= 0 {
			continue
		}
		cl := c.cls(k)
		if mw, n := c.multiAt(k); n > 0 && k+n <= hi {
			cl |= mw
		}
		switch {
		case cl&wNeg != 0:
			m.neg = true
		case cl&wDeny != 0:
			m.neg = true
		case cl&wWish != 0:
			m.hypo = true
		case cl&(wModal) != 0 && !c.toks[k].cap:
			m.hypo = true
			switch c.w(k) {
			case "may", "might", "could":
				m.threat = c.cls(k+1)&wHave == 0
			}
		case cl&wWould != 0:
			if c.reported {
				m.intent = true
			} else {
				m.hypo = true
				m.threat = c.cls(k+1)&wHave == 0
			}
		case cl&wFuture != 0:
			m.intent, m.future = true, true
		case cl&wIntent != 0:
			m.intent = true
		}
	}
	// A denial earlier in the sentence: "Iran denied that it had supplied ...".
	for k := hi - 1; k >= 0 && hi-k <= 14; k-- {
		if c.cls(k)&wDeny != 0 {
			m.neg = true
			break
		}
		if c.cls(k)&wBound != 0 || c.w(k) == ";" {
			break
		}
	}
	// A conditional clause: "if X attacks", "unless Y withdraws".
	for k := hi - 1; k >= 0; k-- {
		w := c.w(k)
		if w == "," || c.cls(k)&wBound != 0 {
			break
		}
		if c.cls(k)&wCond != 0 {
			m.hypo, m.threat = true, false
			break
		}
	}
	if c.question {
		m.hypo, m.threat = true, false
	}
	return m
}

// multiAt returns the class of the multiword item starting at token k and
// its length in tokens.
func (c *coder) multiAt(k int) (uint32, int) {
	for _, mw := range c.lx.multi[c.w(k)] {
		ok := true
		for j, w := range mw.words {
			if c.w(k+j) != w {
				ok = false
				break
			}
		}
		if ok {
			return mw.class, len(mw.words)
		}
	}
	return 0, 0
}

func (c *coder) info(code string) cameoInfo { return c.lx.cameo[code] }

// emit turns the triggers into events.
//
// The events are gathered in c.evs and returned in a slice of their own,
// nil when there are none.
func (c *coder) emit() []Event {
	c.emitted = true
	out := c.evs[:0]
	ev := entities.Evidence{Text: c.text[c.sent.Start:c.sent.End], Span: c.sent}
	var deferredBuf [4]int
	deferred := deferredBuf[:0]
	for i := range c.trig {
		tr := &c.trig[i]
		if tr.absorbedBy >= 0 || tr.gerund || tr.pat.cameo == blocker {
			continue
		}
		p := tr.pat
		code := p.cameo
		inf := p.info
		typ, mode := inf.Type, inf.Mode
		if p.typ != "" {
			typ, mode = p.typ, p.mode
		}
		if code == "114" && p.head >= 0 && p.head < len(p.toks) && p.toks[p.head].alts["protest"] != 0 && c.crowd(tr.first) {
			// "Thousands of Armenians protested": a street protest.
			code = "141"
			ii := c.info(code)
			typ, mode = ii.Type, ii.Mode
		}
		if p.flags&flagIntent != 0 && tr.inner >= 0 {
			inner := c.trig[tr.inner].pat.cameo
			ic := c.lx.intentCode(inner)
			if ii := c.info(ic); ic != "" && ii.Type == typ {
				code, typ, mode = ic, ii.Type, ii.Mode
			} else if ii := c.info(inner); typ == "AGREE" && ii.Goldstein < 0 && c.trig[tr.inner].pat.typ == "" {
				// "committed to imposing sanctions": a decision to act is
				// coded as the act.
				code, typ, mode = inner, ii.Type, ii.Mode
			}
		}
		if c.purpose(i) {
			tr.purpose = true
			continue
		}
		if pw := c.w(c.prevContent(tr.first)); (pw == "and" || pw == "or") && i > 0 && c.trig[i-1].purpose {
			tr.purpose = true
			continue // "met X to discuss Y and reaffirm Z"
		}
		var inherit []actor
		if tr.reduced && c.afterEvent(i) {
			// "providing Ukraine with systems donated by Germany": the
			// donor gives to the same recipient; other reduced relatives
			// only describe the object.
			prev := c.lastEmitted(i)
			if prev < 0 || c.trig[prev].pat.info.Type != typ || len(c.trig[prev].tgt) == 0 || len(c.byAgent(tr.last+1)) == 0 {
				continue
			}
			inherit = c.trig[prev].tgt
		}
		if tr.head == -1 && len(out) > 0 && c.background(tr.first) {
			continue // "... because of fighting between X and Y": background
		}
		if c.finalFrame(i) {
			deferred = append(deferred, i)
			continue
		}
		tr.code = code
		var src, tgt []actor
		var lo int
		var ok bool
		if inherit != nil {
			src, tgt, lo, ok = c.byAgent(tr.last+1), inherit, tr.first, true
		} else {
			src, tgt, lo, ok = c.actors(i)
		}
		if !ok {
			continue
		}
		tr.tgt = tgt
		negated, refused, also := false, false, ""
		if tr.head >= 0 {
			m := c.modality(lo, tr.head)
			if m.neg {
				if p.flags&flagRefusal != 0 && !m.hypo {
					code, refused = "120", true
					ii := c.info(code)
					typ, mode = ii.Type, ii.Mode
				} else {
					negated = true
				}
			}
			threat := false
			if m.hypo && !negated && m.threat && c.info(code).Goldstein < 0 && typ != "THREATEN" {
				// "the EC may halt mediation", "X could impose sanctions": a threat.
				threat = true
			} else if m.hypo {
				negated = true
			}
			if m.future && !negated && !threat && strings.HasPrefix(code, "04") && p.flags&flagIntent == 0 {
				// "X will meet Y next week": the scheduled meeting is an
				// event in itself, besides the intention to meet (036).
				also = code
			}
			if (m.intent || threat) && !negated && !refused && p.typ == "" {
				ic := c.lx.intentCode(code)
				if threat || c.conditional(tr.last+1) && (c.info(code).Goldstein < 0 || typ == "RETREAT") {
					// "will withdraw its force unless ...": a threat.
					if ic == "" || c.info(ic).Type != "THREATEN" {
						ic = "130"
					}
				}
				if ic != "" {
					ii := c.info(ic)
					code, typ, mode = ic, ii.Type, ii.Mode
				}
			}
		} else if c.w(tr.first-1) == "no" {
			negated = true
		}
		inf = c.info(code)
		if len(tgt) == 0 && p.flags&flagObject != 0 && !(p.flags&flagRecip != 0 && len(src) >= 2) && !refused &&
			!(p.flags&flagComp != 0 && (tr.inner >= 0 || c.w(tr.last+1) == "to")) {
			continue
		}
		if len(tgt) == 0 && tr.head >= 0 && c.inRelative(tr.first) && !(p.flags&flagRecip != 0 && len(src) >= 2) {
			continue // "rules, which we are committed to defending": its object is elsewhere
		}
		prs := c.pairs(c.prs[:0], src, tgt, p.flags&flagRecip != 0)
		c.prs = prs[:0]
		if international[typ] {
			// A state does not meet, praise or sanction itself: "Russian
			// President Putin" is one actor.
			kept := c.kept[:0]
			for _, pr := range prs {
				if pr[0] != pr[1] {
					kept = append(kept, pr)
				}
			}
			if len(kept) == 0 && len(prs) > 0 {
				if (p.flags&flagObject != 0 || tr.head == -1) && !(p.flags&flagRecip != 0 && len(src) >= 2) &&
					!(p.flags&flagComp != 0 && (tr.inner >= 0 || c.w(tr.last+1) == "to")) {
					continue
				}
				kept = c.pairs(kept, src, nil, p.flags&flagRecip != 0)
			}
			c.kept = kept[:0]
			prs = kept
		}
		if typ == "CONSULT" && (mode == "" || mode == "third-party") && len(src)+len(tgt) >= 3 {
			mode = "multilateral" // "the leaders of A, B and C met"
		}
		for _, pr := range prs {
			a, b := pr[0], pr[1]
			if b < a {
				a, b = b, a
			}
			if hasEvent(out, typ, a, b) {
				continue
			}
			out = append(out, Event{
				Type: typ, Mode: mode, CAMEO: code, Goldstein: inf.Goldstein,
				Source: pr[0], Target: pr[1], Negated: negated, Evidence: ev,
			})
			tr.emitted = true
		}
		if also != "" {
			ai := c.info(also)
			amode := ai.Mode
			if amode == "" && len(src)+len(tgt) >= 3 {
				amode = "multilateral"
			}
			for _, pr := range prs {
				a, b := pr[0], pr[1]
				if b < a {
					a, b = b, a
				}
				if !hasEvent(out, ai.Type, a, b) {
					out = append(out, Event{
						Type: ai.Type, Mode: amode, CAMEO: also, Goldstein: ai.Goldstein,
						Source: pr[0], Target: pr[1], Evidence: ev,
					})
				}
			}
		}
	}
	// "..., a rights group protested": the closing speech act is about the
	// main clause, and only counts when nothing else was read.
	if len(out) == 0 && len(deferred) > 0 {
		i := deferred[0]
		tr := &c.trig[i]
		inf := tr.pat.info
		var src []actor
		for k := tr.first - 1; k >= 0 && c.w(k) != ","; k-- {
			if u := c.toks[k].unit; u >= 0 {
				src = c.actorsOf(c.units[u].group)
				break
			}
		}
		var tgt []actor
		for k := 0; k < tr.first && c.w(k) != ","; k++ {
			if u := c.toks[k].unit; u >= 0 {
				g := c.units[u].group
				if c.ppHead(c.groups[g].first) == "" {
					tgt = c.actorsOf(g)
				}
				break
			}
		}
		if len(tgt) > 0 {
			for _, pr := range c.pairs(nil, src, tgt, false) {
				out = append(out, Event{
					Type: inf.Type, Mode: inf.Mode, CAMEO: tr.pat.cameo, Goldstein: inf.Goldstein,
					Source: pr[0], Target: pr[1], Evidence: ev,
				})
			}
		}
	}
	c.evs = out
	return out // scratch: the caller copies it before c.free
}

// hasEvent reports whether evs holds an event of type typ between a and b,
// a <= b, in either direction.
func hasEvent(evs []Event, typ, a, b string) bool {
	for i := range evs {
		e := &evs[i]
		x, y := e.Source, e.Target
		if y < x {
			x, y = y, x
		}
		if e.Type == typ && x == a && y == b {
			return true
		}
	}
	return false
}

// crowd reports whether the subject before token i is a crowd or a people
// ("thousands of Armenians", "Kurdish protesters", "Iraqis").
func (c *coder) crowd(i int) bool {
	start := c.clauseStart(i)
	for k := i - 1; k >= start && i-k <= 8; k-- {
		if c.cls(k)&wCrowd != 0 {
			return true
		}
		if u := c.toks[k].unit; u >= 0 && k == c.units[u].last {
			f := c.units[u].form
			return (f == "demonym" || f == "group") && strings.HasSuffix(c.w(k), "s")
		}
	}
	return false
}

// background reports whether the noun at token i is the cause or time of
// another event ("after talks with X", "because of fighting between X and Y").
func (c *coder) background(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		switch c.w(k) {
		case "after", "following", "amid", "despite", "over", "since", "because", "during", "before", "due", "from":
			return true
		}
		if c.toks[k].punct || c.toks[k].unit >= 0 || c.cls(k)&^(wDet|wPrep|open) != 0 {
			return false
		}
	}
	return false
}

// lastEmitted returns the last trigger before i that gave an event, or -1.
func (c *coder) lastEmitted(i int) int {
	for j := i - 1; j >= 0; j-- {
		if c.trig[j].emitted {
			return j
		}
	}
	return -1
}

// afterEvent reports whether an event was read earlier in trigger i's clause.
func (c *coder) afterEvent(i int) bool {
	j := c.lastEmitted(i)
	return j >= 0 && c.clauseEnd(c.trig[j].last+1) >= c.trig[i].first
}

// purpose reports whether trigger i is an infinitive of purpose after an
// event of its clause ("rallied to demand ...", "met X to discuss ...").
func (c *coder) purpose(i int) bool {
	tr := &c.trig[i]
	if tr.head < 0 || c.w(tr.first-1) != "to" {
		return false
	}
	j := c.lastEmitted(i)
	if j < 0 || tr.first-c.trig[j].last > 24 {
		return false
	}
	return c.clauseEnd(c.trig[j].last+1) >= tr.first
}

// finalFrame reports whether trigger i is the verb of a closing clause like
// "..., a human rights group protested here Wednesday".
func (c *coder) finalFrame(i int) bool {
	tr := &c.trig[i]
	if tr.head < 0 {
		return false
	}
	switch tr.pat.info.Type {
	case "ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT":
	default:
		return false
	}
	comma := -1
	for k := tr.first - 1; k >= 0; k-- {
		if c.w(k) == "," {
			comma = k
			break
		}
	}
	if comma < 0 || tr.first-comma > 8 {
		return false
	}
	for k := tr.last + 1; k < len(c.toks); k++ {
		if c.toks[k].unit >= 0 || c.w(k) == "," || c.w(k) == "that" || c.toks[k].first != 0 {
			return false
		}
	}
	return true
}

// international holds the event types that need two different actors.
var international = map[string]bool{
	"CONSULT": true, "SUPPORT": true, "COOPERATE": true, "AID": true, "AGREE": true,
	"SANCTION": true, "ACCUSE": true, "REJECT": true,
}

// pairs appends the (source, target) pairs of an event to out.
func (c *coder) pairs(out [][2]string, src, tgt []actor, recip bool) [][2]string {
	switch {
	case len(tgt) > 0:
		for _, s := range src {
			for _, t := range tgt {
				if s.code == t.code && (s.unit == t.unit || s.unit < 0 || t.unit < 0) {
					continue
				}
				out = append(out, [2]string{s.code, t.code})
			}
		}
		if len(src) == 0 {
			for _, t := range tgt {
				out = append(out, [2]string{"", t.code})
			}
		}
	case recip && len(src) >= 2:
		for i := range src {
			for j := i + 1; j < len(src); j++ {
				out = append(out, [2]string{src[i].code, src[j].code})
			}
		}
	default:
		for _, s := range src {
			out = append(out, [2]string{s.code, ""})
		}
	}
	return out
}

// actors fills the source and target of trigger i. lo is where the words
// that may modify the verb begin. ok is false when the event must be left out.
func (c *coder) actors(i int) (src, tgt []actor, lo int, ok bool) {
	tr := &c.trig[i]
	p := tr.pat
	if tr.head == -2 {
		// "X said Y must V".
		src, found := c.leftSearch(tr.report)
		if !found || len(src) == 0 {
			return nil, nil, 0, false
		}
		tgt = c.actorsOf(tr.obj)
		return src, tgt, tr.first, len(tgt) > 0
	}
	if p.head < 0 {
		src, tgt, ok = c.nominalActors(tr)
		return src, tgt, tr.first, ok
	}
	lo = c.clauseStart(tr.first)
	if tr.passive {
		tgt = c.passiveSubject(tr.first, tr.reduced)
		if len(tgt) == 0 {
			// "... and will resign": the subject of a coordinated verb.
			if s, ok := c.coordSubject(i); ok {
				tgt = s
			}
		}
		src = c.byAgent(tr.last + 1)
		if len(tgt) == 0 && len(src) >= 2 && p.flags&flagRecip != 0 {
			// "The accord was signed by Sudan and South Sudan."
			return src, nil, lo, true
		}
		if len(tgt) == 0 {
			return nil, nil, lo, false
		}
		tr.src, tr.srcSet = tgt, true
		lo = c.afterActor(tr.first)
		return src, tgt, lo, true
	}
	// A participle after a comma shares the subject of the main verb:
	// "Spain condemned X, telling Morocco ...".
	if tr.participle {
		j := c.lastEmitted(i)
		if j >= 0 && len(c.trig[j].src) > 0 {
			src = c.trig[j].src
		} else if src = c.openingSubject(tr.first); len(src) == 0 {
			return nil, nil, lo, false
		}
		tgt = c.rightSearch(tr.head+1, i, nil)
		if len(tgt) == 0 && j < 0 {
			// "X stressed how Y ..., condemning sanctions": with no target
			// after the participle, the one other actor of the sentence.
			tgt = c.soleOther(src, tr.first)
		}
		return src, tgt, tr.first, len(tgt) > 0
	}
	// A sentence-opening participle: "Accusing X of Y, Canada said ...".
	if tr.form&formIng != 0 && c.sentenceStart(tr.head) {
		comma := -1
		for k := tr.last + 1; k < len(c.toks); k++ {
			if c.w(k) == "," {
				comma = k
				break
			}
		}
		if comma < 0 {
			return nil, nil, lo, false
		}
		for k := comma + 1; k < len(c.toks) && k <= comma+4; k++ {
			if u := c.toks[k].unit; u >= 0 {
				src = c.actorsOf(c.units[u].group)
				break
			}
			if c.toks[k].punct || c.cls(k)&^(wDet|open) != 0 {
				break
			}
		}
		for k := tr.last + 1; k < comma; k++ {
			if c.toks[k].unit >= 0 {
				tgt = c.actorsOf(c.units[c.toks[k].unit].group)
				break
			}
		}
		return src, tgt, tr.first, len(src) > 0
	}
	src, found := c.leftSearch(tr.first)
	coord := false
	if s, ok := c.coordSubject(i); ok {
		src, found, coord = s, true, true
	}
	if !found && len(c.opt.We) > 0 && tr.form&formBase != 0 && c.imperative(tr.head) {
		// "Commend the agreements finalized with Ukraine": a statement's
		// bullet speaks for its issuers.
		src, found = c.weActors(), true
	}
	if !found || len(src) == 0 {
		return nil, nil, lo, false
	}
	tr.src, tr.srcSet = src, true
	lo = c.afterActor(tr.first)
	if coord {
		// "would not recognise X and called on Y": the negation is the
		// first verb's.
		lo = tr.first
	}
	// "a deal brokered by China": the agent of another verb.
	var skipBuf [4]string // on the stack
	skip, only := append(skipBuf[:0], "by"), []string(nil)
	switch ty := c.info(tr.code).Type; {
	case ty == "ACCUSE":
		skip = append(skip, "to") // "complained to the UN over X"
		// "condemned the attack in Kabul" names where, not whom;
		// "condemned the repression in Belarus" names whom.
		for k := tr.last + 1; k < len(c.toks) && k <= tr.last+5; k++ {
			if c.cls(k)&wViolence != 0 {
				skip = append(skip, "in", "at")
				break
			}
		}
	case ty == "CONSULT" && p.flags&flagTopic != 0:
		only = []string{"with", "between"} // "discussed Iraq with Germany"
	case ty == "CONSULT" && p.cameo != "042":
		// The one met, called or hosted, not a topic: "discussed the
		// blast in Poland" has no target.
		only = []string{"", "with", "to", "between", "from"}
	case ty == "AGREE", ty == "SUPPORT", ty == "COOPERATE":
		skip = append(skip, "in", "at") // "agreed in Geneva"
	}
	tgt = c.rightSearch(tr.head+1, i, only, skip...)
	if p.flags&flagIntent != 0 && tr.inner < 0 && c.w(tr.last) == "to" {
		// "confirmed their commitment to combating Daesh": the actor after
		// a complement that is no event is not the target.
		tgt = nil
	}
	return src, tgt, lo, true
}

// coordSubject returns the subject that trigger i shares with an earlier verb
// it is coordinated with: "X met Y and discussed Z", "X was indicted and will
// resign".
func (c *coder) coordSubject(i int) ([]actor, bool) {
	tr := &c.trig[i]
	if pw := c.w(c.prevContent(tr.first)); pw != "and" && pw != "or" {
		return nil, false
	}
	for j := i - 1; j >= 0; j-- {
		tj := &c.trig[j]
		if tj.absorbedBy >= 0 || tj.head < 0 || !tj.srcSet {
			continue
		}
		if c.clauseEnd(tj.last+1) < tr.first {
			return nil, false
		}
		return tj.src, len(tj.src) > 0
	}
	return nil, false
}

// conditional reports whether a condition follows token i in the sentence
// ("... unless the Kremlin closes its base").
func (c *coder) conditional(i int) bool {
	for k := i; k < len(c.toks); k++ {
		if c.w(k) == "unless" || c.w(k) == "if" {
			return true
		}
		if c.inFrame(k) || c.w(k) == ";" {
			return false
		}
	}
	return false
}

// imperative reports whether the verb at token h opens its sentence or a
// bullet (after ":" or ";").
func (c *coder) imperative(h int) bool {
	for k := h - 1; k >= 0; k-- {
		switch c.w(k) {
		case ":", ";", "-", "*", "\u2022":
			return true
		case "\"", "(", "and":
			continue
		}
		return c.cls(k)&wAux != 0 && c.w(k) != "to" && c.imperative(k)
	}
	return true
}

// weActors returns the actors "we" stands for.
func (c *coder) weActors() []actor {
	if len(c.opt.We) == 0 {
		return []actor{} // empty, not nil
	}
	start := len(c.acts)
	for _, code := range c.opt.We {
		c.acts = append(c.acts, actor{code: code, unit: -1})
	}
	return c.actorList(start)
}

// clauseStart returns the first token of the clause holding token i.
func (c *coder) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		if c.cls(k)&wBound != 0 || c.w(k) == ";" {
			return k + 1
		}
	}
	return 0
}

// afterActor returns the token after the nearest actor before i in the
// clause (the subject), or the clause start.
func (c *coder) afterActor(i int) int {
	start := c.clauseStart(i)
	for k := i - 1; k >= start; k-- {
		if c.toks[k].unit >= 0 || c.cls(k)&(wPron|wRel) != 0 {
			return k + 1
		}
	}
	return start
}

// nominalActors fills the actors of a noun trigger.
func (c *coder) nominalActors(tr *trigger) (src, tgt []actor, ok bool) {
	p := tr.pat
	lastWord := c.w(tr.last)
	obj := c.objectAfter(tr.last + 1)
	switch {
	case lastWord == "between":
		if obj < 0 {
			return nil, nil, false
		}
		a := c.actorsOf(obj)
		if len(a) < 2 {
			return nil, nil, false
		}
		return a, nil, true
	case lastWord == "of" && c.w(tr.first) == "visit":
		// "the visit of X to Y": X visits Y.
		if obj < 0 {
			return nil, nil, false
		}
		src = c.actorsOf(obj)
		for k := c.groups[obj].last + 1; k < len(c.toks) && k <= c.groups[obj].last+3; k++ {
			if c.w(k) == "to" {
				if g := c.objectAfter(k + 1); g >= 0 {
					tgt = c.actorsOf(g)
				}
				break
			}
		}
		return src, tgt, len(tgt) > 0
	}
	if obj < 0 {
		return nil, nil, false
	}
	tgt = c.actorsOf(obj)
	if g := c.possessor(tr.first); g >= 0 {
		return c.actorsOf(g), tgt, true
	}
	if len(c.opt.We) > 0 && c.w(tr.first-1) == "our" || len(c.opt.We) > 0 && c.w(tr.first-2) == "our" && c.cls(tr.first-1)&^open == 0 {
		return c.weActors(), tgt, true // "our support for Ukraine"
	}
	// "attacks on X by Y"
	if c.w(c.groups[obj].last+1) == "by" {
		if g := c.objectAfter(c.groups[obj].last + 2); g >= 0 {
			return c.actorsOf(g), tgt, true
		}
	}
	// "a meeting with X", "talks with X": the clause's subject takes part.
	if p.cameo[:2] == "04" {
		for j := len(c.trig) - 1; j >= 0; j-- {
			tj := &c.trig[j]
			if tj.last < tr.first && tj.head >= 0 && tj.srcSet && !tj.passive {
				between := false
				for k := tj.last + 1; k < tr.first; k++ {
					between = between || c.isClauseEnd(k)
				}
				if !between {
					return tj.src, tgt, true
				}
				break
			}
		}
		if s, found := c.leftSearch(tr.first); found && len(s) > 0 {
			return s, tgt, true
		}
	}
	return nil, nil, false
}

// openingSubject returns the actors of a group that opens the sentence
// ("The Cuban President underlined ...") when it comes before token end.
func (c *coder) openingSubject(end int) []actor {
	for k := 0; k < end && k < 4; k++ {
		if u := c.toks[k].unit; u >= 0 {
			return c.actorsOf(c.units[u].group)
		}
		if c.toks[k].punct || c.cls(k)&wDet == 0 && !c.toks[k].cap {
			return nil
		}
	}
	return nil
}

// soleOther returns the one actor code of the sentence, before token end,
// that is not among src and not governed by a preposition, when there is
// exactly one.
func (c *coder) soleOther(src []actor, end int) []actor {
	var found []actor
	for _, u := range c.units {
		if u.first >= end {
			break
		}
		self := false
		for _, a := range src {
			self = self || a.code == u.code
		}
		if self || u.code == "" || c.ppHead(c.groups[u.group].first) != "" {
			continue // objects of prepositions are not the one accused
		}
		dup := false
		for _, a := range found {
			dup = dup || a.code == u.code
		}
		if !dup {
			found = append(found, actor{code: u.code, unit: -1})
		}
	}
	if len(found) != 1 {
		return nil
	}
	return found
}
