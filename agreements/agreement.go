package agreements

import (
	"slices"
	"strings"
)

// statusRank orders the agreement lifecycle; the furthest stated status wins.
var statusRank = map[string]int{
	"proposed": 1, "negotiating": 2, "reached": 3, "signed": 4, "ratified": 5,
	"in_force": 6, "implementing": 7, "suspended": 8, "terminated": 9,
}

// ref is one reference to an agreement, partnership or sanction.
type ref struct {
	si, a, b int
	kind     string
	verb     bool
	status   string // agreements
	trend    string // partnerships
	sectors  []string
}

// pos orders references by their place in the text.
func (r ref) pos() int { return r.si<<20 | r.a }

// cluster gathers the references to one agreement or partnership.
type cluster struct {
	parties       []string
	refs          []ref
	firstP, lastP int // first and last reference positions
}

// add appends a reference and keeps its span of positions.
func (c *cluster) add(r ref) {
	if len(c.refs) == 0 || r.pos() < c.firstP {
		c.firstP = r.pos()
	}
	if len(c.refs) == 0 || r.pos() > c.lastP {
		c.lastP = r.pos()
	}
	c.refs = append(c.refs, r)
}

func (c *cluster) last() int  { return c.lastP }
func (c *cluster) first() int { return c.firstP }

// clusters is a list of clusters keyed by party set.
type clusters struct {
	list []*cluster
	// idx finds the cluster of a party set once the list is long, so that
	// a long document's many clusters are not scanned for every
	// reference; nil until then.
	idx map[string]*cluster
	key []byte // scratch for a key of idx
}

// scanClusters is the length of a cluster list up to which attach scans
// the list rather than index it (a variable for TestClusterIndex).
var scanClusters = 16

// partyKey appends the key of idx for a sorted set of parties.
func partyKey(b []byte, parties []string) []byte {
	for _, p := range parties {
		b = append(b, p...)
		b = append(b, 0)
	}
	return b
}

// attach adds r to the cluster of parties (without the territories of
// three or more parties when two states remain), or starts one.
func (d *doc) attach(cs *clusters, parties []string, r ref) {
	parties = d.sortedSet(parties)
	if len(parties) > 2 {
		n := 0
		for _, p := range parties {
			if !d.lx.territories[p] {
				n++
			}
		}
		if n >= 2 && n < len(parties) {
			states := d.sc.strs.take(n)[:0]
			for _, p := range parties {
				if !d.lx.territories[p] {
					states = append(states, p)
				}
			}
			parties = states
		}
	}
	// The parties of a cluster are a sorted set, as parties are now: the
	// same set is the same list.
	if len(cs.list) <= scanClusters {
		for _, c := range cs.list {
			if slices.Equal(c.parties, parties) {
				c.add(r)
				return
			}
		}
	} else {
		if cs.idx == nil {
			cs.idx = make(map[string]*cluster, 2*len(cs.list))
			for _, c := range cs.list {
				cs.key = partyKey(cs.key[:0], c.parties)
				cs.idx[string(cs.key)] = c
			}
		}
		cs.key = partyKey(cs.key[:0], parties)
		if c, ok := cs.idx[string(cs.key)]; ok {
			c.add(r)
			return
		}
	}
	c := d.newCluster()
	c.parties = parties
	c.add(r)
	cs.list = append(cs.list, c)
	if cs.idx != nil {
		cs.idx[string(cs.key)] = c
	}
}

// newCluster returns an empty cluster, reused from an earlier call when
// there is one: its refs keep their array.
func (d *doc) newCluster() *cluster { return d.sc.clusters.next() }

// recent returns the cluster referred to last whose parties include partial.
func (cs *clusters) recent(partial []string) *cluster {
	var best *cluster
	for _, c := range cs.list {
		if subset(partial, c.parties) && (best == nil || c.last() > best.last()) {
			best = c
		}
	}
	return best
}

// nearest returns the cluster with a reference closest to sentence si whose
// parties include partial.
func (cs *clusters) nearest(si int, partial []string) *cluster {
	var best *cluster
	bestDist := -1
	for _, c := range cs.list {
		if !subset(partial, c.parties) {
			continue
		}
		for _, r := range c.refs {
			dist := r.si - si
			if dist < 0 {
				dist = -dist
			}
			if bestDist < 0 || dist < bestDist {
				best, bestDist = c, dist
			}
		}
	}
	return best
}

// named reports whether the trigger at a is part of an agreement's name
// ("the Paris Agreement", "the New START treaty", "the Minsk agreements"),
// whose parties the sentence's other states seldom are.
func named(s *sent, a int) bool {
	if a < 2 || s.headline() {
		return false
	}
	if s.toks[a].capital() || s.toks[a-1].capital() && s.owner[a-1] < 0 {
		return true
	}
	for _, ac := range s.actors {
		if ac.venue && (ac.form == "capital" || ac.form == "city") && ac.b <= a && ac.b >= a-2 {
			return true
		}
	}
	return false
}

// headline reports whether most words of a sentence are capitalized ("Iran,
// World Powers Reach Deal", "MACAO PACT SIGNED"): capitals then say nothing.
func (s *sent) headline() bool {
	if s.head != 0 {
		return s.head == 2
	}
	words, caps := 0, 0
	for _, t := range s.toks {
		if !t.isPunct() {
			words++
			if t.capital() {
				caps++
			}
		}
	}
	s.head = 1
	if caps*2 > words {
		s.head = 2
	}
	return s.head == 2
}

// negated reports whether a negation governs the trigger at a ("no
// agreement", "did not sign a deal", "failed to reach an accord").
func (d *doc) negated(s *sent, a int) bool {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		t := s.toks[k].s
		if hardStop(t) || t == "," {
			return false
		}
		if e, end := d.lx.negation.match(s.toks, k); e != nil && end <= a {
			return true
		}
	}
	return false
}

// business reports whether a sentence is about firms ("Aetna Life and
// Casualty Co said it reached an agreement to acquire ..."): the states it
// names are then seldom the parties of its deals.
func (d *doc) business(s *sent) bool {
	if s.biz == 0 {
		s.biz = 1
		for k, t := range s.toks {
			if !d.may(s, bitBusiness) {
				break // no such word anywhere in the sentence
			}
			if t.mask&bitBusiness != 0 && !(k+1 < len(s.toks) && s.toks[k+1].s == "-") { // not "co-operation"
				s.biz = 2
				break
			}
		}
	}
	return s.biz == 2
}

// byParties returns the parties of "finalized by X and Y": a by-phrase after
// a verb of concluding (not "brokered by X", a mediator).
func (s *sent) byParties(b int) []int {
	concluded := false
	for k := b; k < len(s.toks) && k < b+8; k++ {
		t := s.toks[k].s
		if isTerminator(t) || t == "," {
			return nil
		}
		switch t {
		case "signed", "finalized", "finalised", "concluded", "agreed", "reached", "ratified", "accepted",
			"approved", "negotiated", "adopted", "initialed", "initialled":
			concluded = true
		case "by":
			if concluded {
				return s.listAfter(k+1, 5, listSep)
			}
			return nil
		}
	}
	return nil
}

// agreementStatus returns the furthest lifecycle status stated around the
// trigger [a, b), "" if none. Cues after a modal or a negation count only
// when they say proposed or negotiating.
func (d *doc) agreementStatus(s *sent, a, b int) string {
	lo, hi := window(s, a, b, 8, 8)
	best, denied := "", false
	for k := lo; k < hi; k++ {
		if k >= a && k < b {
			continue
		}
		e, end := d.lx.status.match(s.toks, k)
		if e == nil {
			continue
		}
		if end > a && k < b {
			continue
		}
		st := e.val
		if statusRank[st] > statusRank["negotiating"] && d.cueBefore(d.lx.negation, s, k, 3) {
			denied = true // "failed to reach a deal": still under negotiation
			k = end - 1
			continue
		}
		if statusRank[st] > statusRank["negotiating"] && d.cueBefore(d.lx.modal, s, k, 3) {
			k = end - 1
			continue
		}
		if statusRank[st] > statusRank[best] {
			best = st
		}
		k = end - 1
	}
	if best == "" && denied {
		best = "negotiating"
	}
	return best
}

// pend is a reference whose cluster is decided once every reference has
// been read, with the parties it names.
type pend struct {
	r       ref
	partial []string
}

// agreementReading is what the reading of agreements carries from one
// block of sentences to the next (see extract).
type agreementReading struct {
	cs      clusters
	pending []pend
	singles []pend // an organization alone ("OPEC members agreed")
}

// agreementsIn reads the agreement triggers of sentences [lo, hi) into
// d.agr; agreementsDone collapses what was read once every block is.
func (d *doc) agreementsIn(lo, hi int) {
	sc := d.sc
	refs := sc.refs[:0]
	ts := d.triggers(d.lx.agreement, false, lo, hi)
	refs = slices.Grow(refs, len(ts))
	for _, t := range ts {
		refs = append(refs, ref{si: t.si, a: t.a, b: t.b, kind: t.e.val})
	}
	ts = d.triggers(d.lx.agreeVerb, false, lo, hi)
	refs = slices.Grow(refs, len(ts))
	for _, t := range ts {
		refs = append(refs, ref{si: t.si, a: t.a, b: t.b, kind: "agreement", verb: true, status: t.e.val})
	}
	slices.SortStableFunc(refs, func(x, y ref) int { return x.pos() - y.pos() })
	sc.refs = refs

	st := &d.agr
	cs, pending, singles := &st.cs, st.pending, st.singles
	defer func() { st.pending, st.singles = pending, singles }()
	for _, r := range refs {
		s := d.sents[r.si]
		if d.negated(s, r.a) || d.hypothetical(s, r.a) && !d.definiteBefore(s, r.a) {
			continue
		}
		lo, hi := window(s, r.a, r.b, 4, 6)
		r.sectors = d.sectors(s, lo, hi)
		if r.verb {
			if d.cueBefore(d.lx.modal, s, r.a, 2) {
				continue
			}
			subj := s.listBefore(r.a, 6)
			with := s.prepAfter(r.b, 3, "with")
			parties := s.codesOf(d.concat(subj, with), true)
			if len(parties) == 1 && len(with) == 0 && s.isOrg(subj) {
				singles = append(singles, pend{r, parties}) // "OPEC members agreed"
				continue
			}
			if len(parties) < 2 && d.cueBefore(d.lx.bilateral, s, r.a, 4) {
				parties = d.salient(salAgreements, r.si, parties, 2)
			}
			if len(parties) >= 2 {
				d.attach(cs, parties, r)
			}
			continue
		}
		if st := d.agreementStatus(s, r.a, r.b); statusRank[st] > statusRank[r.status] {
			r.status = st
		}
		pre := d.premods(s, r.a)
		var explicit []int
		if between := s.prepAfter(r.b, 4, "between", "among"); len(between) > 0 {
			explicit = d.concat(pre, between)
		} else if with := s.prepAfter(r.b, 4, "with"); len(with) > 0 {
			// "X signed agreements with A and B": the subject is a party too,
			// and a plural trigger means one agreement with each.
			subj := s.codesOf(s.listBefore(r.a, 8), true)
			others := s.codesOf(d.concat(pre, with), true)
			if strings.HasSuffix(s.toks[r.b-1].s, "s") && len(subj) == 1 && len(others) >= 2 {
				for _, o := range d.minus(others, subj) {
					d.attach(cs, []string{subj[0], o}, r)
				}
				continue
			}
			explicit = d.concat(pre, with, s.byParties(r.b), s.listBefore(r.a, 8))
		} else {
			explicit = d.concat(pre, s.byParties(r.b))
		}
		parties := s.codesOf(explicit, true)
		if len(parties) >= 2 {
			d.attach(cs, parties, r)
			continue
		}
		if len(parties) == 1 && len(explicit) > 0 && s.isOrg(explicit) &&
			subset(s.codesOf(s.allActors(), false), parties) {
			singles = append(singles, pend{r, parties})
			continue
		}
		if len(parties) == 0 && len(cs.list) > 0 && d.definiteBefore(s, r.a) {
			c := cs.recent(nil)
			d.attach(cs, c.parties, r)
			continue
		}
		subj := s.listBefore(r.a, 8)
		parties = d.addCodes(parties, s.codesOf(subj, true)...)
		if len(parties) >= 2 {
			d.attach(cs, parties, r)
			continue
		}
		if len(parties) == 1 && len(explicit) == 0 && s.isOrg(subj) {
			singles = append(singles, pend{r, parties})
			continue
		}
		if c := cs.recent(parties); c != nil {
			d.attach(cs, c.parties, r)
			continue
		}
		if r.kind == "contract" || d.business(s) {
			// Deals between firms: only the frames above name their parties.
			pending = append(pending, pend{r, parties})
			continue
		}
		if d.hasBilateral(s) {
			// "the two sides should extend the treaty": the two actors the
			// text is about, not every state the sentence names.
			if ctx := d.salient(salAgreements, r.si, parties, 2); len(ctx) >= 2 {
				d.attach(cs, ctx, r)
				continue
			}
		}
		if named(s, r.a) {
			// A named agreement: the sentence's other states are seldom its
			// parties.
			pending = append(pending, pend{r, parties})
			continue
		}
		if all := d.addCodes(parties, s.codesOf(s.allActors(), true)...); len(all) >= 2 {
			d.attach(cs, all, r)
			continue
		}
		pending = append(pending, pend{r, parties})
	}
}

// agreementsDone collapses the agreements read by agreementsIn.
func (d *doc) agreementsDone() []Agreement {
	sc := d.sc
	st := &d.agr
	cs, pending, singles := &st.cs, st.pending, st.singles
	defer func() { sc.csA, sc.pend, sc.singles = cs.list, pending, singles }()
	for _, p := range singles {
		// "EU leaders approve Brexit deal": the EU's part in an agreement
		// found with its other party; else the organization's own accord.
		if c := cs.nearest(p.r.si, p.partial); c != nil {
			c.add(p.r)
		} else {
			d.attach(cs, p.partial, p.r)
		}
	}
	for _, p := range pending {
		if len(p.partial) == 0 && !d.definiteBefore(d.sents[p.r.si], p.r.a) {
			continue // nothing ties it to an agreement already found
		}
		if c := cs.nearest(p.r.si, p.partial); c != nil {
			c.add(p.r)
		}
	}
	slices.SortStableFunc(cs.list, func(x, y *cluster) int { return x.first() - y.first() })

	out := make([]Agreement, 0, len(cs.list))
	for _, c := range cs.list {
		out = append(out, d.agreementOf(c))
	}
	return out
}

// agreementOf collapses a cluster's references into one Agreement.
func (d *doc) agreementOf(c *cluster) Agreement {
	refs := append(d.sc.refs2[:0], c.refs...)
	d.sc.refs2 = refs
	slices.SortStableFunc(refs, func(x, y ref) int { return x.pos() - y.pos() })
	best := -1
	for i, r := range refs {
		if best < 0 {
			best = i
			continue
		}
		b := refs[best]
		rr, br := statusRank[r.status], statusRank[b.status]
		// Ties: a noun over a verb, a body sentence over a headline.
		if rr > br || rr == br && (b.verb && !r.verb || d.sents[b.si].headline() && !d.sents[r.si].headline()) {
			best = i
		}
	}
	ev := refs[best]
	kind := ev.kind
	if ev.verb {
		for _, r := range refs {
			if !r.verb {
				kind = r.kind
				break
			}
		}
	}
	status := ev.status
	if status == "" {
		status = "reached"
	}
	date := d.timeIn(ev.si, d.sents[ev.si].toks[ev.a].start, "DATE")
	for _, r := range refs {
		if date != "" {
			break
		}
		date = d.timeIn(r.si, d.sents[r.si].toks[r.a].start, "DATE")
	}
	var sectors []string // made non-nil by detach
	for _, r := range refs {
		sectors = d.addCodes(sectors, r.sectors...)
	}
	return Agreement{
		Parties:  d.sortedSet(c.parties),
		Kind:     kind,
		Status:   status,
		Date:     date,
		Sectors:  sectors,
		Evidence: d.evidence(ev.si),
	}
}
