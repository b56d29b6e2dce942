package sentiment

import (
	"math"
	"strings"

	"github.com/diplomacy-go/diplomacy/entities"
)

// item is a run of tokens [i, j) that matched a lexicon term, or a single
// unmatched token (term nil).
type item struct {
	i, j int
	term *Term
}

// match segments toks into items, preferring the longest lexicon term at each
// position. Hyphens inside a term are skipped ("win-win").
func (l *Lexicon) match(toks []token) []item {
	items := make([]item, 0, len(toks))
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind == tokWord && l != nil {
			if es, ok := l.byFirst[t.norm]; ok {
				best, bestEnd := -1, 0
				for k := range es {
					if end, ok := matchRest(toks, i+1, es[k].rest); ok {
						best, bestEnd = k, end
						break // entries are sorted longest first
					}
				}
				if best >= 0 {
					items = append(items, item{i: i, j: bestEnd, term: &es[best].term})
					i = bestEnd
					continue
				}
			}
		}
		items = append(items, item{i: i, j: i + 1})
		i++
	}
	return items
}

// matchRest matches words against toks from position k, skipping hyphens
// between words; it returns the end of the match.
func matchRest(toks []token, k int, words []string) (int, bool) {
	for _, w := range words {
		if k < len(toks) && toks[k].kind == tokPunct && toks[k].norm == "-" && w != "-" {
			k++
		}
		if k >= len(toks) || toks[k].norm != w {
			return 0, false
		}
		k++
	}
	return k, true
}

// hit is one scored sentiment term after its modifiers were applied.
type hit struct {
	item             // the term's tokens
	score    float64 // the term's score after modifiers
	negated  bool    // a negator applies
	reversed bool    // the negator undoes the term ("lifted the sanctions")
}

const (
	modWindow  = 3   // items before a term in which a modifier applies
	verbWindow = 6   // the same for negating verbs: "refused to commit to any assistance"
	postWindow = 4   // tokens after a term in which a post-modifier applies
	alpha      = 1.5 // normalization constant: score = x / sqrt(x² + alpha)
)

// hits scores the sentiment terms of the items.
func hits(toks []token, items []item) []hit {
	var out []hit
	for n, it := range items {
		if it.term == nil || (it.term.Kind != KindWord && it.term.Kind != KindPhrase) || it.term.Score == 0 {
			continue
		}
		s := it.term.Score
		negated, reversed := false, false
		negDone, intDone, hedgeDone := false, false, false
		for b, seen := n-1, 0; b >= 0 && seen < verbWindow; b-- {
			p := items[b]
			if p.term == nil && toks[p.i].kind == tokPunct {
				if toks[p.i].isBoundary() || toks[p.i].norm == "." {
					break
				}
				continue
			}
			seen++
			if p.term == nil {
				continue
			}
			near := seen <= modWindow
			switch p.term.Kind {
			case KindNegator:
				if !negDone && (near || strings.HasSuffix(p.term.Text, " to")) {
					s *= p.term.Score
					negated = true
					reversed = p.term.Tags&TagReverse != 0
					negDone = true
				}
			case KindIntensifier:
				if near && !intDone && p.term.Tags&TagPost == 0 {
					s *= p.term.Score
					intDone = true
				}
			case KindHedge, KindDiminisher:
				if near && !hedgeDone {
					s *= p.term.Score
					hedgeDone = true
				}
			}
		}
		if !intDone {
			for a := n + 1; a < len(items) && items[a].i-it.j < postWindow; a++ {
				p := items[a]
				if p.term != nil && p.term.Kind == KindIntensifier && p.term.Tags&TagPost != 0 {
					s *= p.term.Score
					break
				}
				if p.term == nil && toks[p.i].isBoundary() {
					break
				}
			}
		}
		out = append(out, hit{item: it, score: s, negated: negated, reversed: reversed})
	}
	return out
}

func normalize(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return 0
	}
	v := x / math.Sqrt(x*x+alpha)
	return math.Max(-1, math.Min(1, v))
}

// Score scores a piece of text in [-1, 1] with negation, intensifiers and hedges.
func (l *Lexicon) Score(s string) float64 {
	toks := tokenize(s)
	sum := 0.0
	for _, h := range hits(toks, l.match(toks)) {
		sum += h.score
	}
	return normalize(sum)
}

// Tone is the document's overall tone in [-1, 1].
//
// It is the mean of the sentence scores, where sentences without sentiment
// count a quarter as much as the others, rounded to two decimals. With no
// sentences given, the whole text is one sentence.
func (l *Lexicon) Tone(text string, sents []entities.Span) float64 {
	if len(sents) == 0 {
		sents = []entities.Span{{Start: 0, End: len(text)}}
	}
	sum, weight := 0.0, 0.0
	for _, sp := range sents {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		v := l.Score(text[sp.Start:sp.End])
		if v == 0 {
			weight += 0.25
			continue
		}
		sum += v
		weight++
	}
	if weight == 0 {
		return 0
	}
	return round2(sum / weight)
}

func round2(x float64) float64 {
	v := math.Round(x*100) / 100
	if v == 0 {
		return 0 // no negative zero
	}
	return math.Max(-1, math.Min(1, v))
}
