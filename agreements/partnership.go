package agreements

import (
	"slices"

	"github.com/diplomacy-go/diplomacy/entities"
)

// kindRank orders partnership kinds from general to specific.
var kindRank = map[string]int{
	"cooperation": 1, "friendship": 2, "alliance": 3, "strategic partnership": 4,
	"comprehensive strategic partnership": 5,
}

// partnershipsIn reads the partnership triggers of sentences [lo, hi) into
// the clusters d.part; partnershipsDone collapses them once every block is
// read.
func (d *doc) partnershipsIn(lo, hi int) {
	cs := &d.part
	for _, t := range d.triggers(d.lx.partnership, true, lo, hi) {
		s := d.sents[t.si]
		if d.cueBefore(d.lx.negation, s, t.a, 3) || d.hypothetical(s, t.a) {
			continue
		}
		lo, hi := window(s, t.a, t.b, 8, 8)
		trend := d.trend(s, lo, hi, t.a, t.b)
		if t.needs && (trend == "" || !slices.Contains(t.e.needs, "TREND")) {
			continue // "relations" and "ties" count only with a qualifier or a trend
		}
		if len(t.e.needs) > 0 && d.cueBefore(d.lx.rupture, s, t.a, 5) {
			continue // "cut all diplomatic and economic ties with": an end, not a partnership
		}
		alliance := t.e.val == "alliance"
		r := ref{si: t.si, a: t.a, b: t.b, kind: t.e.val}
		pre := d.premods(s, t.a)
		if last := s.toks[t.b-1].s; (last == "ally" || last == "allies" || last == "partner" || last == "partners") &&
			d.allyOf(s, pre, cs, r) {
			continue
		}
		var explicit []int
		biz := d.business(s) // firms' cooperation: only "between X and Y" and "X-Y" say it
		if between := s.prepAfter(t.b, 4, "between", "among"); len(between) > 0 {
			explicit = d.concat(pre, between)
		} else if !biz {
			explicit = d.concat(pre, s.prepAfter(t.b, 3, "with", "of"))
		} else {
			explicit = pre
		}
		if biz && len(s.codesOf(explicit, false)) < 2 {
			continue
		}
		parties := s.codesOf(explicit, false)
		if len(parties) < 2 {
			parties = d.addCodes(parties, s.codesOf(s.listBefore(t.a, 8), false)...)
		}
		if len(parties) == 1 && len(explicit) > 0 {
			// "Putin said cooperation with China is growing": the sentence's
			// subject is the other side.
			if all := s.allActors(); len(all) > 0 && s.actors[all[0]].b <= t.a {
				parties = d.addCodes(parties, s.codesOf(all[:1], false)...)
			}
		}
		if len(parties) < 2 && !alliance && !d.ownedBefore(s, t.a) && d.hasBilateral(s) {
			if all := d.addCodes(parties, s.codesOf(s.allActors(), false)...); len(all) == 2 {
				parties = all
			}
		}
		if len(parties) < 2 && (d.bilateralAround(s, t.a, t.b) || len(s.codesOf(s.allActors(), false)) <= 1 && d.hasBilateral(s)) {
			parties = d.salient(salPartnerships, t.si, parties, 2)
		}
		if len(parties) < 2 {
			continue
		}
		r.trend = trend
		lo, hi = window(s, t.a, t.b, 6, 8)
		r.sectors = d.sectors(s, lo, hi)
		d.attach(cs, parties, r)
	}
}

// partnershipsDone collapses the partnerships read by partnershipsIn.
func (d *doc) partnershipsDone() []Partnership {
	sc := d.sc
	cs := &d.part
	defer func() { sc.csP = cs.list }()
	d.backed(cs)
	slices.SortStableFunc(cs.list, func(x, y *cluster) int { return x.first() - y.first() })
	out := make([]Partnership, 0, len(cs.list))
	for _, c := range cs.list {
		out = append(out, d.partnershipOf(c))
	}
	return out
}

// allyOf reads "Russia and Iran, Syria's main allies", "Syria's ally Iran"
// and "Russia's strategic partner China" as one relation between the
// possessor and each ally or partner. It reports whether it attached any.
func (d *doc) allyOf(s *sent, pre []int, cs *clusters, r ref) bool {
	owner := -1
	for _, i := range pre {
		if s.actors[i].poss && !s.actors[i].pseudo {
			owner = i
		}
	}
	if owner < 0 && d.ownedBefore(s, r.a) {
		// "a move that angered its ally the United States": "its" is the
		// sentence's subject.
		if all := s.allActors(); len(all) > 0 && s.actors[all[0]].b <= r.a && !s.actors[all[0]].pseudo {
			owner = all[0]
		}
	}
	if owner < 0 {
		return false
	}
	var allies, appos []int
	for _, i := range pre {
		if i != owner && s.actors[i].a > s.actors[owner].a {
			if allies == nil {
				allies = d.sc.ints.take(len(pre))[:0]
			}
			allies = append(allies, i) // "Syria's Iranian allies"
		}
	}
	oa := s.actors[owner].a
	if oa > 0 && s.toks[oa-1].s == "," {
		appos = s.listBefore(oa-1, 0) // apposition
	}
	allies = d.concat(allies, appos, s.listAfter(r.b, 1, listSep)) // "Syria's ally Iran"
	found := false
	for _, oc := range s.codesOf([]int{owner}, false) {
		for _, ac := range s.codesOf(allies, false) {
			if ac != oc {
				d.attach(cs, []string{oc, ac}, r)
				found = true
			}
		}
	}
	return found
}

// bilateralAround reports whether a cue of two sides ("bilateral", "joint",
// "the two presidents") occurs in or just before the trigger, or in its
// between-phrase.
func (d *doc) bilateralAround(s *sent, a, b int) bool {
	end := b
	if b+1 < len(s.toks) && (s.toks[b].s == "between" || s.toks[b].s == "of") {
		end = min(len(s.toks), b+4) // "the alliance between the two countries"
	}
	for k := max(0, a-4); k < end; k++ {
		if e, _ := d.lx.bilateral.match(s.toks, k); e != nil {
			return true
		}
	}
	return false
}

// trend returns the first trend cue in [lo, hi) outside the trigger, "" if none.
func (d *doc) trend(s *sent, lo, hi, a, b int) string {
	for k := lo; k < hi; k++ {
		if k >= a && k < b {
			continue
		}
		if e, _ := d.lx.trend.match(s.toks, k); e != nil {
			return e.val
		}
	}
	return ""
}

// backed reads "the Russian-backed government" and "Syria's Russian- and
// Iranian-backed president" as alliances between backers and the backed state.
func (d *doc) backed(cs *clusters) {
	for si, s := range d.sents {
		if !d.may(s, bitBacked) {
			continue
		}
		for k, t := range s.toks {
			if t.s != "backed" || k < 2 || s.toks[k-1].s != "-" || s.owner[k-2] < 0 {
				continue
			}
			backers := d.sc.ints.take(len(s.actors))[:0] // each actor once at most
			j := k - 2
			first := -1
			for j >= 0 {
				if o := s.owner[j]; o >= 0 {
					backers = append(backers, o)
					first = o
					j = s.actors[o].a - 1
					continue
				}
				if tok := s.toks[j].s; tok == "-" || tok == "and" || tok == "," {
					j--
					continue
				}
				break
			}
			backedIdx := -1
			if first >= 0 {
				if p := s.actors[first].a - 1; p >= 0 && s.toks[p].s == "'s" && p > 0 && s.owner[p-1] >= 0 {
					backedIdx = s.owner[p-1]
				}
			}
			if backedIdx < 0 {
				if after := s.listAfter(k+1, 6, noSep); len(after) > 0 {
					backedIdx = after[0]
				}
			}
			if backedIdx < 0 {
				continue
			}
			ba := s.actors[backedIdx]
			if ba.venue || ba.pseudo || ba.form == "group" || ba.kind != entities.KindCountry && ba.kind != entities.KindLeader {
				continue
			}
			r := ref{si: si, a: k - 1, b: k + 1, kind: "alliance"}
			slices.Reverse(backers) // in the text's order
			for _, bi := range backers {
				if s.actors[bi].venue || s.actors[bi].pseudo {
					continue
				}
				for _, bc := range s.actors[bi].codes {
					for _, tc := range ba.codes {
						if bc != tc {
							d.attach(cs, []string{bc, tc}, r)
						}
					}
				}
			}
		}
	}
}

// partnershipOf collapses a cluster's references into one Partnership.
func (d *doc) partnershipOf(c *cluster) Partnership {
	refs := append(d.sc.refs2[:0], c.refs...)
	d.sc.refs2 = refs
	slices.SortStableFunc(refs, func(x, y ref) int { return x.pos() - y.pos() })
	best := 0
	for i, r := range refs {
		if kindRank[r.kind] > kindRank[refs[best].kind] {
			best = i
		}
	}
	trend := "stable"
	strengthening, weakening := 0, 0
	for _, r := range refs {
		switch r.trend {
		case "strengthening":
			strengthening++
		case "weakening":
			weakening++
		}
	}
	switch {
	case strengthening > weakening:
		trend = "strengthening"
	case weakening > strengthening:
		trend = "weakening"
	case weakening > 0:
		for i := len(refs) - 1; i >= 0; i-- { // a tie: the latest word wins
			if refs[i].trend != "" {
				trend = refs[i].trend
				break
			}
		}
	}
	var sectors []string // made non-nil by detach
	for _, r := range refs {
		sectors = d.addCodes(sectors, r.sectors...)
	}
	return Partnership{
		Parties:  d.sortedSet(c.parties),
		Kind:     refs[best].kind,
		Sectors:  sectors,
		Trend:    trend,
		Evidence: d.evidence(refs[best].si),
	}
}

// ownedBefore reports whether a possessive pronoun opens the trigger's noun
// phrase ("our allies", "its cooperation"): its owner is then one side that
// the sentence does not name, or only one of the named actors.
func (d *doc) ownedBefore(s *sent, a int) bool {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		switch s.toks[k].s {
		case "our", "its", "his", "her", "my", "your":
			return true
		}
		if !d.isModifier(s, k) && s.toks[k].s != "-" && s.toks[k].s != "other" {
			return false
		}
	}
	return false
}
