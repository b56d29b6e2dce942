package sentiment

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/entities"

	itext "github.com/diplomacy-go/diplomacy/internal/text"
)

// item is a run of tokens [i, j) that matched a lexicon term, or a single
// unmatched token (term nil).
type item struct {
	i, j int
	term *Term
}

// appendMatch segments toks into items, preferring the longest lexicon term
// at each position, and appends them to dst. Hyphens inside a term are
// skipped ("win-win"). With ix not nil it also indexes the items of an
// empty dst (see itemIndex).
func (l *Lexicon) appendMatch(dst []item, tt *tokens, ix *itemIndex) []item {
	items := dst
	toks := tt.toks
	if ix != nil {
		ix.itemAt = resize(ix.itemAt, len(toks))
	}
	for i := 0; i < len(toks); {
		if t := &toks[i]; t.kind == tokWord && l != nil {
			// the filter answers most words without a look in the table
			if w := tt.normOf(t); len(w) > 0 {
				if h := sketch(w); l.index.passes(h) {
					if end, term := l.matchAt(tt, i, w, h); term != nil {
						items = ix.addTerm(items, item{i: i, j: end, term: term})
						i = end
						continue
					}
				}
			}
		}
		if ix != nil {
			ix.itemAt[i] = int32(len(items))
		}
		items = append(items, item{i: i, j: i + 1})
		i++
	}
	return items
}

// addTerm appends it, the item of a lexicon term, to items, indexing it
// when ix is not nil.
func (ix *itemIndex) addTerm(items []item, it item) []item {
	if ix != nil {
		k := int32(len(items))
		for t := it.i; t < it.j; t++ {
			ix.itemAt[t] = k
		}
		ix.termed = append(ix.termed, k)
		if scored(it) {
			ix.scored = append(ix.scored, k)
		}
	}
	return append(items, it)
}

// matchAt returns the longest lexicon term that starts at token i, whose
// norm is w with the sketch h, and the end of its tokens; term is nil when
// there is none.
func (l *Lexicon) matchAt(tt *tokens, i int, w string, h uint32) (end int, term *Term) {
	es := l.index.lookup(w, h)
	for k := range es {
		if end, ok := matchRest(tt, i+1, es[k].rest); ok {
			return end, &es[k].term // entries are sorted longest first
		}
	}
	return 0, nil
}

// itemIndex indexes the items of a text.
type itemIndex struct {
	itemAt []int32 // token index -> index of the item that covers it
	termed []int32 // indices of the items that are lexicon terms, ascending
	scored []int32 // indices of the items that score (words and phrases), ascending
}

// matchRest matches words against toks from position k, skipping hyphens
// between words; it returns the end of the match.
func matchRest(tt *tokens, k int, words []string) (int, bool) {
	toks := tt.toks
	for _, w := range words {
		if k < len(toks) && toks[k].kind == tokPunct && toks[k].x == normHyphen && w != "-" {
			k++
		}
		if k >= len(toks) || tt.normOf(&toks[k]) != w {
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

// appendHits scores the sentiment terms of the items and appends them to dst.
func appendHits(dst []hit, toks *tokens, items []item) []hit {
	for n, it := range items {
		if !scored(it) {
			continue
		}
		dst = append(dst, scoreItem(toks, items, n, 0, len(items)))
	}
	return dst
}

// scored reports whether an item is a sentiment term that scores.
func scored(it item) bool {
	return it.term != nil && (it.term.Kind == KindWord || it.term.Kind == KindPhrase) && it.term.Score != 0
}

// appendHitsIn is appendHits(dst, toks, items[k0:k1]) for the scored items
// whose indices, ascending, are idx: it visits only those. *at is where in
// idx the search for k0 starts, and is left at the first index read.
func appendHitsIn(dst []hit, toks *tokens, items []item, k0, k1 int, idx []int32, at *int) []hit {
	x := searchIdx(idx, *at, k0)
	*at = x
	for ; x < len(idx) && int(idx[x]) < k1; x++ {
		dst = append(dst, scoreItem(toks, items, int(idx[x]), k0, k1))
	}
	return dst
}

// scoreItem scores the term of items[n] with the modifiers among items[k0:k1].
func scoreItem(tt *tokens, items []item, n, k0, k1 int) hit {
	toks := tt.toks
	it := items[n]
	s := it.term.Score
	negated, reversed := false, false
	negDone, intDone, hedgeDone := false, false, false
	for b, seen := n-1, 0; b >= k0 && seen < verbWindow; b-- {
		p := items[b]
		if p.term == nil && toks[p.i].kind == tokPunct {
			if toks[p.i].isBoundary() || tt.normAt(p.i) == "." {
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
		for a := n + 1; a < k1 && items[a].i-it.j < postWindow; a++ {
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
	return hit{item: it, score: s, negated: negated, reversed: reversed}
}

func normalize(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return 0
	}
	v := x / math.Sqrt(x*x+alpha)
	return math.Max(-1, math.Min(1, v))
}

// scratch holds the reusable buffers of one scoring pass.
type scratch struct {
	tokens
	items []item
	hits  []hit
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// putScratch returns sc to the pool without the text it last read.
func putScratch(sc *scratch) {
	clear(sc.extra)
	sc.low, sc.extra = "", sc.extra[:0]
	scratchPool.Put(sc)
}

// score scores s, whose ASCII-lower-cased form is low, with the buffers of sc.
func (l *Lexicon) score(sc *scratch, s, low string) float64 {
	sc.reset(low)
	appendTokens(&sc.tokens, s)
	sc.items = l.appendMatch(sc.items[:0], &sc.tokens, nil)
	sc.hits = appendHits(sc.hits[:0], &sc.tokens, sc.items)
	sum := 0.0
	for _, h := range sc.hits {
		sum += h.score
	}
	return normalize(sum)
}

// Score scores a piece of text in [-1, 1] with negation, intensifiers and hedges.
func (l *Lexicon) Score(s string) float64 {
	sc := scratchPool.Get().(*scratch)
	v := l.score(sc, s, itext.LowerASCII(s))
	putScratch(sc)
	return v
}

// Tone is the document's overall tone in [-1, 1].
//
// It is the mean of the sentence scores, where sentences without sentiment
// count a quarter as much as the others, rounded to two decimals. With no
// sentences given, the whole text is one sentence.
func (l *Lexicon) Tone(text string, sents []entities.Span) float64 {
	whole := [1]entities.Span{{Start: 0, End: len(text)}}
	if len(sents) == 0 {
		sents = whole[:]
	}
	sc := scratchPool.Get().(*scratch)
	defer putScratch(sc)
	low := itext.LowerASCII(text)
	var m toneMean
	for _, sp := range sents {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		m.add(l.score(sc, text[sp.Start:sp.End], low[sp.Start:sp.End]))
	}
	return m.value()
}

// toneMean is the mean of Tone: a sentence without sentiment (score 0)
// counts a quarter as much as the others.
type toneMean struct{ sum, weight float64 }

func (m *toneMean) add(v float64) {
	if v == 0 {
		m.weight += 0.25
		return
	}
	m.sum += v
	m.weight++
}

// value is the mean rounded to two decimals, 0 with no sentence.
func (m *toneMean) value() float64 {
	if m.weight == 0 {
		return 0
	}
	return round2(m.sum / m.weight)
}

// tone is Tone over the doc's text. A sentence whose tokens and lexicon items
// are the same on their own as within the whole text is scored from the
// doc's; any other is tokenized again.
func (d *doc) tone(sents []entities.Span) float64 {
	whole := [1]entities.Span{{Start: 0, End: len(d.text)}}
	if len(sents) == 0 {
		sents = whole[:]
	}
	// the token ranges stances found for the same sentences, if it did
	spans := d.spans
	if len(spans) != len(sents) {
		spans = nil
	}
	var sc *scratch
	var m toneMean
	for si, sp := range sents {
		if sp.Start < 0 || sp.End > len(d.text) || sp.Start >= sp.End {
			continue
		}
		var span *[2]int
		if spans != nil {
			span = &spans[si]
		}
		v, ok := d.sentScore(sp, span)
		if !ok {
			if sc == nil {
				sc = scratchPool.Get().(*scratch)
				defer putScratch(sc)
			}
			v = d.l.score(sc, d.text[sp.Start:sp.End], d.low[sp.Start:sp.End])
		}
		m.add(v)
	}
	return m.value()
}

// sentScore scores the sentence sp from the doc's tokens and items; ok is
// false when sp cuts a token or an item, or starts with a clitic, where the
// sentence alone would be read differently. span, when not nil, is the
// token range sentenceTokens found for sp.
func (d *doc) sentScore(sp entities.Span, span *[2]int) (v float64, ok bool) {
	toks := d.toks
	var t0, t1 int
	if span != nil {
		// span[0] is the first token that starts at sp.Start or later: the
		// first that ends after sp.Start unless the token before it does,
		// which is then cut by sp; span[1] is the first that ends after
		// sp.End, as below
		t0, t1 = span[0], span[1]
		if t0 > 0 && toks[t0-1].end > sp.Start {
			return 0, false
		}
	} else {
		t0 = searchEnd(toks, d.toneAt, sp.Start)
		if t0 < len(toks) && toks[t0].start < sp.Start {
			d.toneAt = t0
			return 0, false
		}
		t1 = searchEnd(toks, t0, sp.End)
		d.toneAt = t1 // sentences come in order: search on from the end of this one
	}
	if t1 < len(toks) && toks[t1].start < sp.End {
		return 0, false
	}
	if t0 == t1 {
		return 0, true
	}
	if tk := toks[t0]; tk.kind == tokWord {
		if r, _ := utf8.DecodeRuneInString(d.text[tk.start:]); isApostrophe(r) {
			return 0, false // "'s" after a word of the sentence before
		}
	}
	k0 := int(d.itemAt[t0])
	if d.items[k0].i != t0 {
		return 0, false
	}
	k1 := int(d.itemAt[t1-1]) + 1 // the items that start before t1
	if d.items[k1-1].j > t1 {
		return 0, false
	}
	d.hitBuf = appendHitsIn(d.hitBuf[:0], &d.tokens, d.items, k0, k1, d.scored, &d.toneHit)
	sum := 0.0
	for _, h := range d.hitBuf {
		sum += h.score
	}
	return normalize(sum), true
}

func round2(x float64) float64 {
	v := math.Round(x*100) / 100
	if v == 0 {
		return 0 // no negative zero
	}
	return math.Max(-1, math.Min(1, v))
}
