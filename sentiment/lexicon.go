package sentiment

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/lexicon.tsv
var lexiconTSV string

// TermKind is the kind of a lexicon entry.
type TermKind uint8

// The kinds of lexicon entries.
const (
	KindWord        TermKind = iota + 1 // a scored word
	KindPhrase                          // a scored phrase of several words
	KindNegator                         // flips the polarity of a following term
	KindIntensifier                     // strengthens a following term
	KindHedge                           // weakens a following term by uncertainty
	KindDiminisher                      // weakens a following term by degree
)

var kindNames = [...]string{
	KindWord:        "word",
	KindPhrase:      "phrase",
	KindNegator:     "negator",
	KindIntensifier: "intensifier",
	KindHedge:       "hedge",
	KindDiminisher:  "diminisher",
}

// String returns the name of the kind as written in the TSV format.
func (k TermKind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "unknown"
}

// Tag is a set of roles a lexicon term plays in finding stances.
type Tag uint8

// The tags of lexicon terms.
const (
	TagAttitude Tag = 1 << iota // the holder's act toward an object: condemn, welcome
	TagEvent                    // a hostile act whose agent is the target: aggression
	TagMutual                   // a relation between parties: friendship
	TagSpeech                   // a verb of saying: said
	TagPost                     // a modifier that follows the term it modifies
	TagTone                     // counts for tone only, never for a stance: victims, crisis
	TagReverse                  // a negator that undoes rather than denies: remove, end, lift
)

var tagNames = []struct {
	name string
	tag  Tag
}{
	{"attitude", TagAttitude},
	{"event", TagEvent},
	{"mutual", TagMutual},
	{"speech", TagSpeech},
	{"post", TagPost},
	{"tone", TagTone},
	{"reverse", TagReverse},
}

// Term is one entry of a lexicon.
type Term struct {
	Text  string   // the lower-case term, words separated by single spaces
	Score float64  // polarity for words and phrases, factor for modifiers
	Kind  TermKind // word, phrase or modifier kind
	Tags  Tag      // roles in stance finding
}

// entry is a Term keyed by its first word; rest holds the following words.
type entry struct {
	rest []string
	term Term
}

// Lexicon is an immutable sentiment lexicon, safe for concurrent use.
type Lexicon struct {
	byFirst map[string][]entry // longest phrases first
	index   wordTable          // byFirst as a fast open-addressing table
	n       int
}

// first returns the entries whose first word is w, longest first.
func (l *Lexicon) first(w string) []entry { return l.index.get(w) }

// wordTable maps words to their entries with open addressing and linear
// probing; it is built once and then only read. A word's slot and its bit
// in the filter both come from its sketch, computed once per word.
type wordTable struct {
	slots  []tableSlot
	keys   []string
	vals   [][]entry
	filter *[1 << (filterBits - 6)]uint64 // the sketches of the keys, to reject most words quickly
}

// tableSlot is a slot of a wordTable: the key's sketch, to pass over the
// other keys without comparing strings, and 1 + the key's index in keys and
// vals; k is 0 in an empty slot.
type tableSlot struct {
	h uint32
	k int32
}

// filterBits is the log2 of the filter's size in bits: 4 KB, eight times
// the lexicon's first words or more, so that few other words pass.
const filterBits = 15

// sketch hashes the length and the outer letters of a non-empty word.
func sketch(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[n-1])*0xC2B2AE3D
	if n > 1 {
		h ^= uint32(w[1])*0x27D4EB2F ^ uint32(w[n-2])*0x165667B1
	}
	return h * 0x9E3779B1
}

// passes reports whether the sketch h of a word is in the filter: false
// for most words that are no key.
func (t *wordTable) passes(h uint32) bool {
	f := h >> (32 - filterBits)
	return t.filter != nil && t.filter[f>>6]&(1<<(f&63)) != 0
}

// slot is the first slot of the word of sketch h in a table of mask+1 slots.
func slot(h, mask uint32) uint32 { return (h ^ h>>15) & mask }

func newWordTable(m map[string][]entry) wordTable {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // a deterministic layout
	n := 16
	for n < 2*len(keys) {
		n *= 2
	}
	t := wordTable{slots: make([]tableSlot, n), keys: keys, vals: make([][]entry, len(keys)), filter: new([1 << (filterBits - 6)]uint64)}
	mask := uint32(n - 1)
	for i, k := range keys {
		if k == "" {
			continue // no word is empty: get never looks for it
		}
		h := sketch(k)
		f := h >> (32 - filterBits)
		t.filter[f>>6] |= 1 << (f & 63)
		t.vals[i] = m[k]
		s := slot(h, mask)
		for t.slots[s].k != 0 {
			s = (s + 1) & mask
		}
		t.slots[s] = tableSlot{h: h, k: int32(i + 1)}
	}
	return t
}

// get returns the entries of w.
func (t *wordTable) get(w string) []entry {
	if len(w) == 0 {
		return nil
	}
	if h := sketch(w); t.passes(h) {
		return t.lookup(w, h)
	}
	return nil // most words end here
}

// lookup finds w, whose sketch is h, in the table proper.
func (t *wordTable) lookup(w string, h uint32) []entry {
	mask := uint32(len(t.slots) - 1)
	for s := slot(h, mask); ; s = (s + 1) & mask {
		sl := t.slots[s]
		if sl.k == 0 {
			return nil
		}
		if sl.h == h && t.keys[sl.k-1] == w {
			return t.vals[sl.k-1]
		}
	}
}

// Len returns the number of entries in the lexicon.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return l.n
}

// Lookup returns the entry for a term (lower-case words separated by single
// spaces) and whether it is in the lexicon.
func (l *Lexicon) Lookup(term string) (Term, bool) {
	if l == nil {
		return Term{}, false
	}
	words := splitTerm(term)
	if len(words) == 0 {
		return Term{}, false
	}
	for _, e := range l.byFirst[words[0]] {
		if slices.Equal(e.rest, words[1:]) {
			return e.term, true
		}
	}
	return Term{}, false
}

// Default returns the built-in diplomatic lexicon (loaded once, lazily).
func Default() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := Load(strings.NewReader(lexiconTSV))
	if err != nil {
		// The embedded table is checked by the tests; a broken build of it
		// must not panic at run time, so fall back to an empty lexicon.
		return &Lexicon{byFirst: map[string][]entry{}}
	}
	return l
})

// ParseError is an error in a lexicon file, with the line it occurred on.
type ParseError struct {
	Line int    // 1-based line number
	Msg  string // what is wrong
}

// Error returns the error with its line number.
func (e *ParseError) Error() string { return fmt.Sprintf("lexicon line %d: %s", e.Line, e.Msg) }

// Load reads a lexicon in the embedded TSV format; errors name the line.
//
// Each non-empty line that does not start with '#' holds a term, a score and
// a kind separated by tabs, optionally followed by comma-separated tags
// (attitude, event, mutual, speech, post, tone, reverse). Word and phrase scores lie in
// [-1, 1]; negator factors in [-1, 0); intensifier factors in (1, 3]; hedge
// and diminisher factors in (0, 1). A term may appear only once.
func Load(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{byFirst: make(map[string][]entry)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	seen := make(map[string]int)
	for sc.Scan() {
		line++
		raw := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(strings.TrimSpace(raw), "#") {
			continue
		}
		t, words, err := parseLine(raw)
		if err != nil {
			return nil, &ParseError{Line: line, Msg: err.Error()}
		}
		key := strings.Join(words, " ")
		if prev, ok := seen[key]; ok {
			return nil, &ParseError{Line: line, Msg: fmt.Sprintf("duplicate term %q (first on line %d)", t.Text, prev)}
		}
		seen[key] = line
		l.byFirst[words[0]] = append(l.byFirst[words[0]], entry{rest: words[1:], term: t})
		l.n++
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{Line: line + 1, Msg: err.Error()}
	}
	for _, es := range l.byFirst {
		if len(es) > 1 {
			slices.SortStableFunc(es, func(a, b entry) int { return len(b.rest) - len(a.rest) })
		}
	}
	l.index = newWordTable(l.byFirst)
	return l, nil
}

// parseLine reads one line of a lexicon file: its term, and the term's
// words (splitTerm).
func parseLine(raw string) (Term, []string, error) {
	f := strings.Split(raw, "\t")
	if len(f) < 3 || len(f) > 4 {
		return Term{}, nil, fmt.Errorf("want 3 or 4 tab-separated fields (term, score, kind[, tags]), got %d", len(f))
	}
	text := strings.TrimSpace(f[0])
	words := splitTerm(text)
	if len(words) == 0 {
		return Term{}, nil, fmt.Errorf("empty term")
	}
	if text != strings.ToLower(text) || !singleSpaced(text) {
		return Term{}, nil, fmt.Errorf("term %q must be lower case with single spaces", f[0])
	}
	score, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
	if err != nil || math.IsNaN(score) || math.IsInf(score, 0) {
		return Term{}, nil, fmt.Errorf("bad score %q", f[1])
	}
	var kind TermKind
	for k, name := range kindNames {
		if name != "" && name == strings.TrimSpace(f[2]) {
			kind = TermKind(k)
		}
	}
	if kind == 0 {
		return Term{}, nil, fmt.Errorf("unknown kind %q", f[2])
	}
	switch kind {
	case KindWord, KindPhrase:
		if score < -1 || score > 1 {
			return Term{}, nil, fmt.Errorf("score %v out of [-1, 1]", score)
		}
	case KindNegator:
		if score < -1 || score >= 0 {
			return Term{}, nil, fmt.Errorf("negator factor %v out of [-1, 0)", score)
		}
	case KindIntensifier:
		if score <= 1 || score > 3 {
			return Term{}, nil, fmt.Errorf("intensifier factor %v out of (1, 3]", score)
		}
	case KindHedge, KindDiminisher:
		if score <= 0 || score >= 1 {
			return Term{}, nil, fmt.Errorf("%s factor %v out of (0, 1)", kind, score)
		}
	}
	var tags Tag
	if len(f) == 4 && strings.TrimSpace(f[3]) != "" {
		for _, name := range strings.Split(f[3], ",") {
			name = strings.TrimSpace(name)
			found := false
			for _, tn := range tagNames {
				if tn.name == name {
					tags |= tn.tag
					found = true
				}
			}
			if !found {
				return Term{}, nil, fmt.Errorf("unknown tag %q", name)
			}
		}
	}
	return Term{Text: text, Score: score, Kind: kind, Tags: tags}, words, nil
}

// singleSpaced reports whether s is its words joined by single spaces,
// strings.Join(strings.Fields(s), " ") == s, without building them.
func singleSpaced(s string) bool {
	prevSpace := true // no space may open s
	for _, r := range s {
		if !unicode.IsSpace(r) {
			prevSpace = false
			continue
		}
		if r != ' ' || prevSpace {
			return false
		}
		prevSpace = true
	}
	return !prevSpace || s == ""
}

// splitTerm splits a term into its words the way text is tokenized, so that
// "mutually-beneficial" and "mutually beneficial" both give two words.
func splitTerm(s string) []string {
	var out []string
	tt := tokenize(s)
	for k, t := range tt.toks {
		if t.kind == tokWord {
			out = append(out, tt.normAt(k))
		} else if t.kind == tokPunct && tt.normAt(k) != "-" {
			out = append(out, tt.normAt(k))
		}
	}
	return out
}
