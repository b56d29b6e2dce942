package agreements

import (
	"slices"
	"strings"

	"github.com/diplomacy-go/diplomacy/entities"
)

// actionRank orders sanction actions from least to most specific.
var actionRank = map[string]int{
	"mentioned": 0, "supported": 1, "condemned": 2, "threatened": 3,
	"imposed": 4, "extended": 5, "eased": 6, "lifted": 7,
}

// sref is one reference to a sanction with what it says about the regime.
type sref struct {
	si, a, b  int
	kind      string
	action    string
	by        []string
	targets   []string
	imposers  []string // stated
	inferred  []string // guessed from the sentence's other actors
	condemns  bool     // By condemns the sanction (so likely suffers it)
	retaliate bool     // countermeasures: aimed at the imposers of earlier sanctions
}

// regime gathers the references to one sanctions regime.
type regime struct {
	targets, imposers, inferred []string
	refs                        []sref
	lastP                       int
}

func (g *regime) last() int { return g.lastP }

// add appends a reference and keeps the last position.
func (g *regime) add(r sref) {
	g.lastP = max(g.lastP, r.si<<20|r.a)
	g.refs = append(g.refs, r)
}

// sanctionsIn reads the sanction triggers of sentences [lo, hi) into the
// regimes d.gs; sanctionsDone collapses them once every block is read.
func (d *doc) sanctionsIn(lo, hi int) {
	gs := d.gs
	defer func() { d.gs = gs }()
	for _, t := range d.triggers(d.lx.sanction, true, lo, hi) {
		s := d.sents[t.si]
		r, ok := d.sanctionRef(s, t)
		if !ok {
			continue
		}
		if r.retaliate && len(r.targets) == 0 {
			if len(r.imposers) == 0 {
				r.imposers = s.codesOf(s.subjectBefore(t.a, 8), true)
			}
			// Countermeasures hit those whose sanctions they answer.
			for i := len(gs) - 1; i >= 0 && len(r.imposers) > 0; i-- {
				if overlap(gs[i].targets, r.imposers) {
					r.targets = d.minus(gs[i].imposers, r.imposers)
					break
				}
			}
		}
		if len(r.targets) == 0 && len(r.imposers) == 0 {
			// "these sanctions", "tougher measures": the regime last spoken
			// of. A weak trigger ("measures") names no regime of its own.
			if len(gs) > 0 && (len(t.e.needs) > 0 || d.definiteBefore(s, t.a)) {
				latest(gs).add(r)
				continue
			}
			if len(t.e.needs) > 0 {
				continue
			}
		}
		d.inferSanctionActors(s, &r)
		if len(r.targets) == 0 && len(r.imposers) == 0 && len(r.inferred) == 0 {
			if len(gs) > 0 {
				latest(gs).add(r)
			}
			continue
		}
		gs = d.mergeRegime(gs, r)
	}
}

// sanctionsDone collapses the sanctions read by sanctionsIn.
func (d *doc) sanctionsDone() []Sanction {
	sc := d.sc
	gs := d.gs
	defer func() { sc.gs = gs }()
	out := make([]Sanction, 0, len(gs))
	for _, g := range gs {
		if sc, ok := d.sanctionOf(g); ok {
			out = append(out, sc)
		}
	}
	return out
}

// latest returns the regime referred to last.
func latest(gs []*regime) *regime {
	g := gs[0]
	for _, o := range gs {
		if o.last() > g.last() {
			g = o
		}
	}
	return g
}

// sanctionRef reads one sanction trigger: its kind, action, stated targets
// and imposers, and who condemns or supports it.
func (d *doc) sanctionRef(s *sent, t trigger) (sref, bool) {
	r := sref{si: t.si, a: t.a, b: t.b, kind: t.e.val, action: "mentioned"}
	for k := max(0, t.a-2); k < t.b; k++ {
		switch s.toks[k].s {
		case "retaliatory", "countermeasures", "counter", "retaliation", "reciprocal", "response":
			r.retaliate = true
		}
	}
	if d.cueBefore(d.lx.negation, s, t.a, 2) {
		return r, false
	}
	// Stated targets after the trigger: "sanctions on/against X".
	preps := targetPreps
	if slices.ContainsFunc(t.e.toks, func(w string) bool { return strings.HasPrefix(w, "import") || strings.HasPrefix(w, "export") }) {
		preps = tradePreps // "banning imports of Russian seafood"
	}
	verb := false
	switch t.e.toks[0] {
	case "sanctioned", "sanctioning", "blacklisted", "designated", "designating", "designates":
		verb = true
	}
	var after []int
	if !verb {
		after = s.prepAfter(t.b, 7, preps...)
	}
	if t.needs && len(after) == 0 {
		return r, false
	}
	r.targets = s.codesOf(after, true)
	r.imposers = s.codesOf(s.prepAfter(t.b, 7, "by"), true)
	if verb {
		// "the Treasury sanctioned three Iranian firms": a verb with its object;
		// "Iran was sanctioned by the UN": a passive with its subject.
		prev := ""
		if t.a > 0 {
			prev = s.toks[t.a-1].s
		}
		switch {
		case prev == "was" || prev == "were" || prev == "been" || prev == "is" || prev == "are" || prev == "be":
			r.targets = d.addCodes(r.targets, s.codesOf(s.subjectBefore(t.a, 4), true)...)
		case isStopWord(prev) && prev != "has" && prev != "have" && prev != "had":
			return r, false // "the sanctioned firms"
		default:
			obj := s.listAfter(t.b, 4, listSep)
			if len(obj) > 0 {
				for k := t.b; k < s.actors[obj[0]].a; k++ {
					if isPrep(s.toks[k].s) || s.toks[k].s == "as" {
						obj = nil // "the newly designated ambassador to Canada"
						break
					}
				}
			}
			r.targets = d.addCodes(r.targets, s.codesOf(obj, true)...)
			r.imposers = d.addCodes(r.imposers, s.codesOf(s.subjectBefore(t.a, 6), true)...)
		}
		if len(r.targets) == 0 {
			return r, false
		}
		r.action = "imposed"
	}
	// Modifiers: "EU sanctions", "Canada's ban", "Syria sanctions", "anti-Russian".
	pre := d.premods(s, t.a)
	if head := t.a - 2; head >= 0 && s.toks[head+1].s == "of" && headNouns[s.toks[head].s] {
		// "U.S. threats of sanctions", "the EU's new package of sanctions"
		pre = d.concat(pre, d.premods(s, head))
	}
	for _, i := range pre {
		ac := s.actors[i]
		codes := s.codesOf([]int{i}, true)
		anti := ac.anti
		imposer := !anti && (ac.poss || ac.pseudo || ac.kind == entities.KindOrganization)
		for _, c := range ac.codes {
			if !anti && d.lx.imposers[c] {
				imposer = true
			}
		}
		if imposer {
			r.imposers = d.addCodes(r.imposers, codes...)
		} else {
			r.targets = d.addCodes(r.targets, codes...)
		}
	}
	// Kind from a modifier ("unilateral sanctions", "financial measures").
	switch r.kind {
	case "economic", "other", "embargo", "trade":
		for k := t.a - 1; k >= 0 && k >= t.a-3; k-- {
			if kk := d.lx.sanctionKind[s.toks[k].s]; kk != "" {
				r.kind = kk
				break
			}
		}
	}
	// Action and, for an imposing verb, its subject.
	lo, hi := window(s, t.a, t.b, 8, 6)
	bestDist := -1
	if r.action != "mentioned" {
		bestDist = 0
	}
	reacts := false // a verb of condemning or supporting: its subject is By
	reactAt := -1   // where the first such verb is
	for k := 0; k < lo; k++ {
		// Earlier in the sentence: "Hungary will support a resolution that
		// tightens sanctions" makes Hungary a supporter, not an imposer.
		if e, end := d.lx.sanctionAct.match(s.toks, k); e != nil {
			if (e.val == "condemned" || e.val == "supported") && !slices.Contains(e.needs, "adj") {
				reacts = true
				r.condemns = r.condemns || e.val == "condemned"
				if reactAt < 0 {
					reactAt = k
				}
			}
			k = end - 1
		}
	}
	for k := lo; k < hi; k++ {
		if k >= t.a && k < t.b {
			continue
		}
		e, end := d.lx.sanctionAct.match(s.toks, k)
		if e == nil {
			continue
		}
		act := e.val
		if (act == "condemned" || act == "supported") && k >= t.b && detached(s, t.b, k) {
			k = end - 1
			continue // "sanctions ... for supporting the invasion": not about the sanctions
		}
		if (act == "condemned" || act == "supported") && !slices.Contains(e.needs, "adj") {
			reacts = true
			r.condemns = r.condemns || act == "condemned"
			if reactAt < 0 || k < reactAt {
				reactAt = k
			}
		}
		modal := d.cueBefore(d.lx.modal, s, k, 2)
		if act == "imposed" && modal && !d.cueBefore(d.lx.modal, s, k, 1) {
			// "commit to imposing", "continue to impose": intent, still imposing.
			modal = false
		}
		if act == "imposed" && (modal || d.cueBefore(d.lx.negation, s, k, 2)) {
			act = "threatened"
		}
		dist := t.a - end
		if k >= t.b {
			dist = k - t.b
		}
		if bestDist < 0 || dist < bestDist || dist == bestDist && actionRank[act] > actionRank[r.action] {
			r.action, bestDist = act, dist
			nominal := k > 0 && (s.toks[k-1].s == "the" || s.toks[k-1].s == "a" || s.toks[k-1].s == "an" || s.toks[k-1].s == "of" || s.toks[k-1].s == "for")
			if k < t.a && actionRank[act] >= actionRank["threatened"] && len(r.imposers) == 0 && !nominal {
				subj := s.subjectBefore(k, 6)
				if len(subj) == 0 {
					subj = s.mainSubject(k)
				}
				r.imposers = s.codesOf(subj, true)
				r.imposers = d.minus(r.imposers, r.targets)
			}
		}
		k = end - 1
	}
	// Targets marked by what happens to them: "X has been subjected to".
	for k := range s.toks {
		e, end := d.lx.target.match(s.toks, k)
		if e == nil {
			continue
		}
		dist := t.a - end
		if k >= t.b {
			dist = k - t.b
		}
		if dist < 0 || dist > e.num {
			continue
		}
		j := k
		for j > 0 && isAux(s.toks[j-1].s) {
			j--
		}
		if j > 0 && s.owner[j-1] >= 0 {
			r.targets = d.addCodes(r.targets, s.codesOf(s.listBefore(j, 0), true)...)
		}
	}
	r.imposers = d.minus(r.imposers, r.targets)
	if reacts {
		// Who condemns or supports: the first actor before the verb that is
		// not an imposer ("Moscow condemned the sanctions").
		for _, i := range s.allActors() {
			if s.actors[i].a >= reactAt && reactAt < t.a {
				break
			}
			if c := d.minus(s.codesOf([]int{i}, true), r.imposers); len(c) > 0 {
				r.by = c
				// "China and Russia opposed the sanctions": the whole list.
				if s.actors[i].a < reactAt {
					if l := d.minus(s.codesOf(s.listBefore(reactAt, 0), true), r.imposers); len(l) > 1 && overlap(l, c) {
						r.by = l
					}
				}
				break
			}
		}
	}
	return r, true
}

// detached reports whether a preposition or conjunction between tokens b
// and k makes a cue at k belong to another clause than the trigger ending
// at b.
func detached(s *sent, b, k int) bool {
	for j := b; j < k; j++ {
		switch s.toks[j].s {
		case "for", "in", "of", "over", "because", "to", "and", "while", ",":
			return true
		}
	}
	return false
}

// The prepositions that introduce a sanction's targets: "sanctions on X";
// for bans of imports or exports also "imports of X", "imports from X".
var (
	targetPreps = []string{"on", "against", "targeting", "toward", "towards", "to"}
	tradePreps  = []string{"on", "against", "targeting", "toward", "towards", "to", "of", "from"}
)

// headNouns are the nouns of "threats of sanctions", whose modifiers are
// the sanctions' own.
var headNouns = map[string]bool{"threat": true, "threats": true, "package": true, "packages": true, "round": true,
	"wave": true, "imposition": true, "lifting": true, "easing": true, "extension": true, "series": true, "set": true,
	"list": true, "raft": true, "slew": true, "batch": true, "tranche": true}

// reason reports whether actor i sits in the reason phrase after the trigger
// ("sanctions on Russia over Crimea", "in response to Moscow's annexation"):
// it is then neither target nor imposer.
func (r *sref) reason(s *sent, i int) bool {
	for k := r.b; k < s.actors[i].a && k < len(s.toks); k++ {
		switch s.toks[k].s {
		case "over", "for", "because", "response", "after", "following":
			return true
		}
	}
	return false
}

// isAux reports whether a word may sit between a target and its marker.
func isAux(s string) bool {
	switch s {
	case "has", "have", "had", "been", "being", "is", "are", "was", "were", "be", "already", "long", "also",
		"still", "now", "both", "all", "repeatedly", "n't", "not":
		return true
	}
	return false
}

// inferSanctionActors fills unstated targets or imposers from the sentence:
// one who condemns sanctions with no stated target is their target; with
// stated imposers, the other actors are the targets; with stated targets, the
// other actors (not the condemner) are the likely imposers.
func (d *doc) inferSanctionActors(s *sent, r *sref) {
	if r.si >= len(d.sents) {
		return
	}
	all := s.allActors()
	var idx []int
	for _, i := range all {
		if !r.reason(s, i) {
			if idx == nil {
				idx = d.sc.ints.take(len(all))[:0]
			}
			idx = append(idx, i)
		}
	}
	codes := s.codesOf(idx, true)
	if len(r.targets) == 0 && r.condemns && len(r.by) > 0 {
		r.targets = d.minus(r.by, r.imposers)
	}
	if len(r.targets) == 0 && r.condemns && len(r.by) == 0 && d.hasBilateral(s) {
		// "the two countries condemned unilateral sanctions": the two sides
		// the text is about.
		r.targets = d.minus(d.salient(salSanctions, r.si, nil, 2+len(r.imposers)), r.imposers)
		r.targets = r.targets[:min(2, len(r.targets))]
		r.by = r.targets
	}
	if len(r.targets) == 0 && len(r.imposers) > 0 {
		// Only one other actor: "Canada's ban angered France".
		if rest := d.minus(d.minus(codes, r.imposers), r.by); len(rest) == 1 {
			r.targets = rest
		}
	}
	if len(r.imposers) == 0 && len(r.targets) > 0 {
		// Not objects of prepositions ("a force opposed to his country and Putin's").
		subj := d.sc.ints.take(len(idx))[:0]
		for _, i := range idx {
			if a := s.actors[i].a; a == 0 || !isPrep(s.toks[a-1].s) || s.actors[i].pseudo {
				subj = append(subj, i)
			}
		}
		r.inferred = d.minus(d.minus(s.codesOf(subj, true), r.targets), r.by)
	}
}

// mergeRegime adds r to the regime it belongs to (overlapping targets with
// compatible imposers, or the same imposers when a side has no targets), or
// starts a new one.
func (d *doc) mergeRegime(gs []*regime, r sref) []*regime {
	var best *regime
	for _, g := range gs {
		compatible := len(g.imposers) == 0 || len(r.imposers) == 0 || overlap(g.imposers, r.imposers)
		if !compatible {
			continue
		}
		// The imposers and inferred imposers of each side, taken together.
		same := overlap(g.targets, r.targets) ||
			(len(g.targets) == 0 || len(r.targets) == 0) &&
				(overlap(g.imposers, r.imposers) || overlap(g.imposers, r.inferred) ||
					overlap(g.inferred, r.imposers) || overlap(g.inferred, r.inferred))
		if same && (best == nil || g.last() > best.last()) {
			best = g
		}
	}
	if best == nil {
		best = d.newRegime()
		gs = append(gs, best)
	}
	// A regime's lists are its own (reused from an earlier call): they
	// grow in place.
	best.targets = appendCodes(best.targets, r.targets...)
	best.imposers = appendCodes(best.imposers, r.imposers...)
	best.inferred = appendCodes(best.inferred, r.inferred...)
	best.add(r)
	return gs
}

// newRegime returns an empty regime, reused from an earlier call when there
// is one: its lists keep their arrays.
func (d *doc) newRegime() *regime { return d.sc.regimes.next() }

// appendCodes appends to dst, in place, the codes not yet in it.
func appendCodes(dst []string, codes ...string) []string {
	for _, c := range codes {
		if c != "" && !slices.Contains(dst, c) {
			dst = append(dst, c)
		}
	}
	return dst
}

// sanctionOf collapses a regime into one Sanction; ok is false when it has
// neither targets nor imposers.
func (d *doc) sanctionOf(g *regime) (Sanction, bool) {
	targets := d.sortedSet(g.targets)
	imposers := g.imposers
	if len(imposers) == 0 {
		imposers = g.inferred
	}
	imposers = d.sortedSet(d.minus(imposers, targets))
	if len(targets) == 0 && len(imposers) == 0 {
		return Sanction{}, false
	}
	refs := g.refs
	best := 0
	for i, r := range refs {
		if actionRank[r.action] > actionRank[refs[best].action] {
			best = i
		}
	}
	action := refs[best].action
	var by []string
	if action == "condemned" || action == "supported" {
		for _, r := range refs {
			if r.action == action {
				by = d.addCodes(by, r.by...)
			}
		}
	}
	kind := ""
	for _, r := range refs {
		if r.kind != "economic" && r.kind != "other" {
			kind = r.kind
			break
		}
	}
	if kind == "" {
		kind = refs[0].kind
	}
	duration := ""
	for _, r := range refs {
		if duration = d.timeIn(r.si, d.sents[r.si].toks[r.a].start, "DURATION"); duration != "" {
			break
		}
	}
	return Sanction{
		Imposers: imposers,
		Targets:  targets,
		Kind:     kind,
		Action:   action,
		By:       d.sortedSet(by),
		Duration: duration,
		Evidence: d.evidence(refs[best].si),
	}, true
}
