package agreements

import (
	"embed"
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// DataVersion identifies the revision of the embedded lexicons in data/.
const DataVersion = "2026-11-27.1"

//go:embed data/*.tsv
var dataFS embed.FS

// entry is one lexicon line: the phrase as tokens and its other columns.
type entry struct {
	toks   []string // lower-case tokens; the last may be a prefix
	prefix bool     // the last token matches any token it prefixes
	val    string   // second column
	needs  []string // trigger only when one of these occurs just before
	blockB []string // cancelled when the previous token is one of these
	blockA []string // cancelled when the next token is one of these
	num    int      // numeric column (sanction_targets maxdist)
	fields []string // val split on spaces (the codes of a group)
	ids    []int32  // the vocab slot of each token (see lexicons.lookup), 0 for a prefix
}

// lexicon finds the longest entry that matches at a token position.
type lexicon struct {
	bit    uint32              // this lexicon's bit in token masks; 0 when not indexed
	lx     *lexicons           // when indexed: the tables it is one of
	slots  [][]slotEntry       // when indexed: the exact entries of every lexicon by their first token's vocab slot
	exact  map[string][]*entry // by first token
	prefix map[string][]*entry // one-token prefix entries, by prefix
	preLen []int               // the lengths of those prefixes, longest first
}

func newLexicon() *lexicon {
	return &lexicon{exact: map[string][]*entry{}, prefix: map[string][]*entry{}}
}

func (l *lexicon) add(e *entry) {
	if len(e.toks) == 1 && e.prefix {
		l.prefix[e.toks[0]] = append(l.prefix[e.toks[0]], e)
		if n := len(e.toks[0]); !slices.Contains(l.preLen, n) {
			l.preLen = append(l.preLen, n)
			slices.SortFunc(l.preLen, func(a, b int) int { return b - a })
		}
		return
	}
	l.exact[e.toks[0]] = append(l.exact[e.toks[0]], e)
}

// tokMatches reports whether token t matches pattern token p.
func tokMatches(p, t string, prefix bool) bool {
	if prefix {
		return strings.HasPrefix(t, p)
	}
	return p == t
}

// match returns the longest entry matching toks[i:] and the index after it.
func (l *lexicon) match(toks []token, i int) (*entry, int) {
	if i < 0 || i >= len(toks) || l.bit != 0 && toks[i].mask&l.bit == 0 {
		return nil, i
	}
	var best *entry
	bestEnd := i
	if l.bit != 0 {
		// The token's slot holds the entries of every lexicon starting with
		// it, each lexicon's in the order of l.exact: the same candidates
		// in the same order, without hashing the word again. A token not
		// in the vocabulary (id -1) starts no entry.
		id := toks[i].id
		if id == 0 {
			_, id = l.lx.vocab.lookup(toks[i].s)
		}
		for _, se := range l.slots[max(id, 0)] {
			if se.l != l {
				continue
			}
			if end, ok := matchAt(se.e, toks, i); ok && end > bestEnd {
				best, bestEnd = se.e, end
			}
		}
	} else {
		for _, e := range l.exact[toks[i].s] {
			if end, ok := matchAt(e, toks, i); ok && end > bestEnd {
				best, bestEnd = e, end
			}
		}
	}
	if best == nil {
		s := toks[i].s
		for _, n := range l.preLen {
			if n <= len(s) {
				if es := l.prefix[s[:n]]; len(es) > 0 {
					return es[0], i + 1
				}
			}
		}
	}
	return best, bestEnd
}

func matchAt(e *entry, toks []token, i int) (int, bool) {
	if i+len(e.toks) > len(toks) {
		return 0, false
	}
	for k, p := range e.toks {
		t := &toks[i+k]
		switch {
		case e.prefix && k == len(e.toks)-1 || t.id == 0 || len(e.ids) == 0:
			// A prefix, a token not looked up or an entry not indexed:
			// compare the words.
			if !tokMatches(p, t.s, e.prefix && k == len(e.toks)-1) {
				return 0, false
			}
		case t.id != e.ids[k]:
			// The vocabulary holds every word of every entry, each in a
			// slot of its own: the slots differ when the words do, and a
			// token not in it (id -1) is none of them.
			return 0, false
		}
	}
	return i + len(e.toks), true
}

// lexicons is every built table.
type lexicons struct {
	agreement, agreeVerb, status          *lexicon
	partnership, trend                    *lexicon
	sanction, sanctionAct, target, sector *lexicon
	modal, negation, definite, bilateral  *lexicon
	hypothetical, rupture                 *lexicon
	issuers, author, groups               *lexicon
	sanctionKind, mods                    map[string]string
	imposers, territories, business       map[string]bool

	// The index of first tokens: for each token, the lexicons with an entry
	// that may start there, and the small word lists it belongs to.
	first map[string]uint32
	pre   [256][]prefixBits // one-token prefix entries, by first byte
	pre1  [256]uint32       // one-byte prefix entries
	pre2  [256]uint64       // the second bytes (mod 64) of pre's two-byte prefixes, by first byte
	pre3  [1 << 9]uint64    // a set of tri of pre's longer prefixes
	vocab *vocab            // first, as an open-addressing table

	// anchors finds the sentences that may hold a trigger or an issuer
	// phrase before they are tokenized.
	anchors anchorSet
}

// vocab is a set of words with their mask bits in an open-addressing hash
// table whose hash reads only a few bytes: it answers faster than a map for
// the mostly short words of a text.
type vocab struct {
	keys []string // "" marks an empty slot
	bits []uint32
	one  [256]uint32 // the bits of one-byte words
}

func vocabHash(s string) uint32 {
	n := len(s)
	h := uint32(n)*0x9e3779b1 ^ uint32(s[0])*0x85ebca77 ^ uint32(s[n-1])*0xc2b2ae3d ^ uint32(s[n/2])*0x27d4eb2f
	return h ^ h>>15
}

// newVocab builds the table of m.
func newVocab(m map[string]uint32) *vocab {
	size := 16
	for size < 3*len(m) {
		size *= 2
	}
	v := &vocab{keys: make([]string, size), bits: make([]uint32, size)}
	for w, b := range m {
		if w == "" {
			continue
		}
		if len(w) == 1 {
			v.one[w[0]] = b
			continue
		}
		i := vocabHash(w) & uint32(size-1)
		for v.keys[i] != "" {
			i = (i + 1) & uint32(size-1)
		}
		v.keys[i], v.bits[i] = w, b
	}
	return v
}

// get returns the bits of s, 0 if it is not in the table.
func (v *vocab) get(s string) uint32 {
	b, _ := v.lookup(s)
	return b
}

// lookup returns the bits of s and its slot: 1 + its index in keys, or
// 1 + len(keys) + its byte for a one-byte word; 0 if it is not in the
// table.
func (v *vocab) lookup(s string) (uint32, int32) {
	if v == nil {
		return 0, 0
	}
	if len(s) < 2 || len(v.keys) == 0 {
		if len(s) == 1 {
			return v.one[s[0]], int32(1 + len(v.keys) + int(s[0]))
		}
		return 0, 0
	}
	mask := uint32(len(v.keys) - 1)
	for i := vocabHash(s) & mask; ; i = (i + 1) & mask {
		k := v.keys[i]
		if k == "" {
			return 0, 0
		}
		if k == s {
			return v.bits[i], int32(1 + i)
		}
	}
}

// slots returns the number of slots of lookup, 0 included.
func (v *vocab) slots() int { return 1 + len(v.keys) + 256 }

// slotEntry is an exact entry of a lexicon.
type slotEntry struct {
	l *lexicon
	e *entry
}

// Token mask bits that are not a lexicon's.
const (
	bitMod          uint32 = 1 << 31 // mods[s] != ""
	bitSanctionKind uint32 = 1 << 30 // sanctionKind[s] != ""
	bitBusiness     uint32 = 1 << 29 // business[s]
	bitBacked       uint32 = 1 << 28 // "backed"
	bitCap          uint32 = 1 << 27 // not a word's: the token starts with an upper-case letter
)

// prefixBits is a prefix entry of the first-token index.
type prefixBits struct {
	prefix string
	bits   uint32
}

// maskOf returns the mask of a lower-case token: the bits of the lexicons
// one of whose entries may start with it, and of the word lists it is in.
func (lx *lexicons) maskOf(s string) uint32 {
	m, _ := lx.lookup(s)
	return m
}

// lookup returns the mask of a lower-case token and its vocab slot (see
// vocab.lookup), which indexes the lexicons' exact entries.
func (lx *lexicons) lookup(s string) (uint32, int32) {
	m, id := lx.vocab.lookup(s)
	if len(s) > 0 {
		m |= lx.pre1[s[0]]
	}
	if len(s) > 1 && (lx.pre2[s[0]]&(1<<(s[1]&63)) != 0 || len(s) > 2 && lx.pre3[tri(s)>>6]&(1<<(tri(s)&63)) != 0) {
		for _, p := range lx.pre[s[0]] {
			if len(s) >= len(p.prefix) && s[:len(p.prefix)] == p.prefix {
				m |= p.bits
			}
		}
	}
	return m, id
}

// tri hashes the first three bytes of s (at least three long) to 15 bits.
func tri(s string) uint32 {
	return uint32(s[0]&31)<<10 | uint32(s[1]&31)<<5 | uint32(s[2]&31)
}

// index assigns each lexicon its bit and builds the first-token index.
func (lx *lexicons) index() {
	lx.first = map[string]uint32{}
	all := []*lexicon{lx.agreement, lx.agreeVerb, lx.status, lx.partnership, lx.trend, lx.sanction, lx.sanctionAct,
		lx.target, lx.sector, lx.modal, lx.negation, lx.definite, lx.bilateral, lx.hypothetical, lx.rupture,
		lx.issuers, lx.author, lx.groups}
	for n, l := range all {
		l.bit = 1 << n
		for w := range l.exact {
			lx.first[w] |= l.bit
		}
		for p := range l.prefix {
			lx.addPrefix(p, l.bit)
		}
	}
	for w, v := range lx.mods {
		if v != "" {
			lx.first[w] |= bitMod
		}
	}
	for w, v := range lx.sanctionKind {
		if v != "" {
			lx.first[w] |= bitSanctionKind
		}
	}
	for w, ok := range lx.business {
		if ok {
			lx.first[w] |= bitBusiness
		}
	}
	lx.first["backed"] |= bitBacked
	// The vocabulary holds the other words of the entries too, without
	// bits, so that matchAt compares slots rather than words.
	words := maps.Clone(lx.first)
	for _, l := range all {
		for _, es := range l.exact {
			for _, e := range es {
				for k, t := range e.toks {
					if _, ok := words[t]; !ok && t != "" && !(e.prefix && k == len(e.toks)-1) {
						words[t] = 0
					}
				}
			}
		}
	}
	lx.vocab = newVocab(words)
	for _, l := range all {
		l.lx = lx
		for _, es := range l.exact {
			for _, e := range es {
				e.ids = make([]int32, len(e.toks))
				for k, t := range e.toks {
					if !(e.prefix && k == len(e.toks)-1) {
						_, e.ids[k] = lx.vocab.lookup(t)
					}
				}
			}
		}
	}
	slots := make([][]slotEntry, lx.vocab.slots())
	for _, l := range all {
		for w, es := range l.exact {
			_, id := lx.vocab.lookup(w)
			for _, e := range es {
				slots[id] = append(slots[id], slotEntry{l, e})
			}
		}
	}
	for _, l := range all {
		l.slots = slots
	}
	for _, l := range []*lexicon{lx.agreement, lx.agreeVerb, lx.partnership, lx.sanction} {
		lx.anchors.addLexicon(l, anchorTrigger)
	}
	lx.anchors.add([]anchorWord{{"backed", false}}, anchorTrigger) // "the Russian-backed government"
	lx.anchors.addLexicon(lx.issuers, anchorIssuer)
	lx.anchors.addLexicon(lx.author, anchorIssuer)
	lx.anchors.build()
}

func (lx *lexicons) addPrefix(p string, bit uint32) {
	if len(p) < 2 {
		if len(p) == 1 {
			lx.pre1[p[0]] |= bit
		}
		return
	}
	ps := lx.pre[p[0]]
	for i := range ps {
		if ps[i].prefix == p {
			ps[i].bits |= bit
			return
		}
	}
	lx.pre[p[0]] = append(ps, prefixBits{p, bit})
	if len(p) == 2 {
		lx.pre2[p[0]] |= 1 << (p[1] & 63)
	} else {
		lx.pre3[tri(p)>>6] |= 1 << (tri(p) & 63)
	}
}

// load builds the lexicons from the embedded TSV files once.
var load = sync.OnceValue(func() *lexicons {
	lx, err := build()
	if err != nil {
		// The data is embedded and checked by tests; a failure here is a
		// programming error, reported as empty lexicons rather than a panic.
		return &lexicons{
			agreement: newLexicon(), agreeVerb: newLexicon(), status: newLexicon(), partnership: newLexicon(), trend: newLexicon(),
			sanction: newLexicon(), sanctionAct: newLexicon(), target: newLexicon(), sector: newLexicon(),
			modal: newLexicon(), negation: newLexicon(), definite: newLexicon(), bilateral: newLexicon(), hypothetical: newLexicon(), rupture: newLexicon(),
			issuers: newLexicon(), author: newLexicon(), groups: newLexicon(), sanctionKind: map[string]string{}, mods: map[string]string{}, imposers: map[string]bool{},
			territories: map[string]bool{}, business: map[string]bool{},
		}
	}
	return lx
})

// build parses every data file; it is separate from load so tests can see errors.
func build() (*lexicons, error) {
	lx := &lexicons{sanctionKind: map[string]string{}, mods: map[string]string{}, imposers: map[string]bool{}, territories: map[string]bool{}, business: map[string]bool{}}
	var err error
	tables := []struct {
		file string
		dst  **lexicon
	}{
		{"agreement_triggers.tsv", &lx.agreement},
		{"agreement_verbs.tsv", &lx.agreeVerb},
		{"agreement_status.tsv", &lx.status},
		{"partnership_triggers.tsv", &lx.partnership},
		{"trends.tsv", &lx.trend},
		{"sanction_triggers.tsv", &lx.sanction},
		{"sanction_actions.tsv", &lx.sanctionAct},
		{"sanction_targets.tsv", &lx.target},
		{"sectors.tsv", &lx.sector},
		{"groups.tsv", &lx.groups},
	}
	for _, t := range tables {
		rows, err := readRows(t.file)
		if err != nil {
			return nil, err
		}
		if *t.dst, err = readLexicon(t.file, rows, ""); err != nil {
			return nil, err
		}
	}
	// cues.tsv holds several lexicons: it is read once.
	cueRows, err := readRows("cues.tsv")
	if err != nil {
		return nil, err
	}
	cues := []struct {
		cue string
		dst **lexicon
	}{
		{"modal", &lx.modal}, {"negation", &lx.negation}, {"definite", &lx.definite},
		{"bilateral", &lx.bilateral}, {"issuers", &lx.issuers}, {"author", &lx.author}, {"hypothetical", &lx.hypothetical}, {"rupture", &lx.rupture},
	}
	for _, c := range cues {
		if *c.dst, err = readLexicon("cues.tsv", cueRows, c.cue); err != nil {
			return nil, err
		}
	}
	for _, r := range cueRows {
		if len(r.cols) > 1 && r.cols[1] == "mod" {
			lx.mods[r.cols[0]] = "mod"
		}
	}
	rows, err := readRows("sanction_kinds.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r.cols) < 2 {
			return nil, fmt.Errorf("sanction_kinds.tsv:%d: want 2 columns", r.line)
		}
		lx.sanctionKind[r.cols[0]] = r.cols[1]
	}
	if rows, err = readRows("imposers.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.imposers[r.cols[0]] = true
	}
	if rows, err = readRows("territories.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.territories[r.cols[0]] = true
	}
	if rows, err = readRows("business.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.business[r.cols[0]] = true
	}
	lx.index()
	return lx, nil
}

type row struct {
	line int
	cols []string
}

// readRows returns the non-comment, non-blank lines of a data file split on tabs.
func readRows(file string) ([]row, error) {
	b, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		return nil, err
	}
	var rows []row
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, row{n + 1, strings.Split(line, "\t")})
	}
	return rows, nil
}

// readLexicon makes a lexicon of the rows of file; with only set, it keeps
// just the rows whose second column is only.
func readLexicon(file string, rows []row, only string) (*lexicon, error) {
	l := newLexicon()
	for _, r := range rows {
		if only != "" && (len(r.cols) < 2 || r.cols[1] != only) {
			continue
		}
		phrase := strings.TrimSpace(r.cols[0])
		e := &entry{}
		if strings.HasSuffix(phrase, "*") {
			e.prefix = true
			phrase = strings.TrimSuffix(phrase, "*")
		}
		for _, t := range tokenize(phrase, 0, len(phrase)) {
			e.toks = append(e.toks, t.s)
		}
		if len(e.toks) == 0 {
			return nil, fmt.Errorf("%s:%d: empty phrase", file, r.line)
		}
		if len(r.cols) > 1 {
			e.val = strings.TrimSpace(r.cols[1])
			e.fields = strings.Fields(e.val)
			if len(e.fields) > 0 {
				if n, err := strconv.Atoi(e.fields[0]); err == nil {
					e.num = n // sanction_targets.tsv's maximum distance
				}
			}
		}
		if len(r.cols) > 2 && r.cols[2] != "" {
			e.needs = strings.Split(r.cols[2], "|")
		}
		if len(r.cols) > 3 && r.cols[3] != "" {
			for _, b := range strings.Split(r.cols[3], "|") {
				switch {
				case strings.HasPrefix(b, "-"):
					e.blockB = append(e.blockB, b[1:])
				case strings.HasPrefix(b, "+"):
					e.blockA = append(e.blockA, b[1:])
				default:
					return nil, fmt.Errorf("%s:%d: block %q needs - or +", file, r.line, b)
				}
			}
		}
		l.add(e)
	}
	return l, nil
}

// What a sentence may hold, as anchorSet.find tells it.
const (
	anchorTrigger uint8 = 1 << iota // an entry of a trigger lexicon, or "-backed"
	anchorIssuer                    // an issuers or author cue
)

// anchorSet finds, without tokenizing, the sentences in which an entry of
// some lexicons may match. A match holds each word of the entry as a token
// (the last one, for a prefix entry, as a token's start). A token is a run
// of letters and digits, lower-cased; so for each word of ASCII letters at
// least three long (the anchors of the entry), the sentence's bytes hold a
// run of ASCII letters and digits, preceded by no ASCII letter or digit,
// that equals the word ignoring ASCII case (or starts with it). find looks
// for exactly that, reading a non-ASCII byte as the end of a run, and
// reports an entry whose anchors all occur. So it never misses a sentence
// that tokenizing would show to match; it may report one that does not
// ("oil" and "ban" in "a ban on oil" for "oil ban").
//
// Two runes lower-case to ASCII letters (U+0130 to "i", U+212A to "k"): a
// sentence with one of them is reported as holding everything.
type anchorSet struct {
	all     uint8                // what every sentence may hold: an entry had no anchor, or there are too many
	words   []anchorWord         // sorted by the trigram of their first three letters
	has     [1 << 14 / 64]uint64 // the set of tlKey of their trigrams and the lengths of the runs they may be
	start   [trigrams + 1]uint16 // the words of trigram t are words[start[t]:start[t+1]]
	entries []anchorEntry
	byWord  [][]int // the entries of each word

	pending []pendingEntry // until build
}

// maxAnchors is the number of anchor words find can keep track of.
const maxAnchors = 512

// tlKey hashes a trigram and the length of a run (at most 31) into the
// bits of anchorSet.has.
func tlKey(t, n int) uint32 {
	return (uint32(t)<<5 | uint32(n)) * 0x9e3779b1 >> (32 - 14)
}

// trigrams is the number of trigrams of ASCII letters.
const trigrams = 26 * 26 * 26

// letterTri returns the trigram of the first three bytes of s (at least
// three long), -1 unless they are ASCII letters.
func letterTri(s string) int {
	a, b, c := int(s[0]|0x20)-'a', int(s[1]|0x20)-'a', int(s[2]|0x20)-'a'
	// |0x20 maps only 'A'-'Z' and 'a'-'z' to 'a'-'z'; anything else lands
	// outside [0, 26), also below zero.
	if uint(a) >= 26 || uint(b) >= 26 || uint(c) >= 26 {
		return -1
	}
	return a*676 + b*26 + c
}

// anchorWord is one anchor.
type anchorWord struct {
	w      string
	prefix bool // the token need only start with w
}

// anchorEntry is a lexicon entry: its anchors, as indices into words, and
// what a match of it tells.
type anchorEntry struct {
	words []int
	what  uint8
}

type pendingEntry struct {
	words []anchorWord
	what  uint8
}

// addLexicon adds the anchors of each entry of l.
func (as *anchorSet) addLexicon(l *lexicon, what uint8) {
	for _, es := range l.exact {
		for _, e := range es {
			as.addEntry(e, what)
		}
	}
	for _, es := range l.prefix {
		for _, e := range es {
			as.addEntry(e, what)
		}
	}
}

// addEntry adds the anchors of e: its words of ASCII letters at least three
// long, but for the function words ("the", "have") when it has others. An
// entry needs fewer anchors than it has words, not more: leaving out the
// words found in most sentences keeps find from looking up entries there.
func (as *anchorSet) addEntry(e *entry, what uint8) {
	var ws []anchorWord
	for k, t := range e.toks {
		if len(t) >= 3 && asciiLetters(t) {
			ws = append(ws, anchorWord{t, e.prefix && k == len(e.toks)-1})
		}
	}
	content := slices.DeleteFunc(slices.Clone(ws), func(a anchorWord) bool { return isStopWord(a.w) || a.w == "and" })
	if len(content) > 0 {
		ws = content
	}
	as.add(ws, what)
}

func (as *anchorSet) add(ws []anchorWord, what uint8) {
	if len(ws) == 0 {
		as.all |= what
		return
	}
	as.pending = append(as.pending, pendingEntry{ws, what})
}

// asciiLetters reports whether s is all lower-case ASCII letters.
func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// build sorts the words by trigram and indexes them and the entries.
func (as *anchorSet) build() {
	for _, p := range as.pending {
		for _, w := range p.words {
			if !slices.Contains(as.words, w) {
				as.words = append(as.words, w)
			}
		}
	}
	if len(as.words) > maxAnchors {
		as.all = anchorTrigger | anchorIssuer
		return
	}
	slices.SortFunc(as.words, func(a, b anchorWord) int {
		if ta, tb := letterTri(a.w), letterTri(b.w); ta != tb {
			return ta - tb
		}
		if c := strings.Compare(a.w, b.w); c != 0 {
			return c
		}
		if a.prefix == b.prefix {
			return 0
		} else if a.prefix {
			return 1
		}
		return -1
	})
	for _, a := range as.words {
		t := letterTri(a.w)
		for n := min(len(a.w), 31); n <= 31; n++ {
			k := tlKey(t, n)
			as.has[k>>6] |= 1 << (k & 63)
			if !a.prefix && len(a.w) < 31 {
				break // only runs of its length
			}
		}
		as.start[t+1]++
	}
	for t := 1; t <= trigrams; t++ {
		as.start[t] += as.start[t-1]
	}
	as.byWord = make([][]int, len(as.words))
	for _, p := range as.pending {
		e := anchorEntry{what: p.what}
		for _, w := range p.words {
			if i := slices.Index(as.words, w); !slices.Contains(e.words, i) {
				e.words = append(e.words, i)
			}
		}
		for _, i := range e.words {
			as.byWord[i] = append(as.byWord[i], len(as.entries))
		}
		as.entries = append(as.entries, e)
	}
	as.pending = nil
}

// byteClass is, for each byte, 1 for the ASCII letters and digits and 2
// for the first bytes of U+0130 and U+212A.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			t[c] = 1
		}
	}
	t[0xc4], t[0xe2] = 2, 2
	return t
}()

// find returns what the sentence s may hold.
func (as *anchorSet) find(s string) uint8 {
	const both = anchorTrigger | anchorIssuer
	if as.all == both {
		return both
	}
	var present [maxAnchors / 64]uint64
	var hits [32]int // the words found, in order, unless more than fit
	nhits := 0
	// The runs of ASCII letters and digits, found 64 bytes at a time: bit
	// p of m is set when s[base+p] is one, so the runs that start in the
	// block are the set bits whose lower neighbour (the previous block's
	// last bit for bit 0) is clear. No branch depends on the bytes until a
	// run starts.
	prev := uint64(0) // the last bit of the block before
	lead := uint8(0)  // class bits seen
	for base := 0; base < len(s); base += 64 {
		blk := s[base:min(base+64, len(s))]
		var m uint64
		for p := 0; p < len(blk); p++ {
			c := byteClass[blk[p]]
			m |= uint64(c&1) << (p & 63)
			lead |= c
		}
		starts := m &^ (m<<1 | prev)
		prev = m >> 63
		for starts != 0 {
			p := bits.TrailingZeros64(starts)
			starts &= starts - 1
			i := base + p
			// The run is [i, j).
			var j int
			if rest := ^m >> p; rest != 0 {
				j = i + bits.TrailingZeros64(rest)
			} else {
				j = base + 64 // it goes on past the block
				for j < len(s) && byteClass[s[j]]&1 != 0 {
					j++
				}
			}
			if j-i < 3 {
				continue
			}
			t := letterTri(s[i:])
			if t < 0 {
				continue
			}
			if key := tlKey(t, min(j-i, 31)); as.has[key>>6]&(1<<(key&63)) == 0 {
				continue
			}
			for k := int(as.start[t]); k < int(as.start[t+1]); k++ {
				if present[k>>6]&(1<<(k&63)) == 0 && as.words[k].in(s[i:j]) {
					present[k>>6] |= 1 << (k & 63)
					if nhits < len(hits) {
						hits[nhits] = k
					}
					nhits++
				}
			}
		}
	}
	if lead&2 != 0 && (strings.Contains(s, "\u0130") || strings.Contains(s, "\u212a")) {
		return both
	}
	found := as.all
	check := func(e *anchorEntry) {
		if found&e.what == e.what {
			return
		}
		for _, k := range e.words {
			if present[k>>6]&(1<<(k&63)) == 0 {
				return
			}
		}
		found |= e.what
	}
	if nhits > len(hits) {
		for i := range as.entries {
			check(&as.entries[i])
		}
		return found
	}
	for _, k := range hits[:nhits] {
		for _, i := range as.byWord[k] {
			check(&as.entries[i])
		}
	}
	return found
}

// in reports whether the run of ASCII letters and digits w (whose first
// three bytes are the word's, ignoring case) is the word or, for a prefix,
// starts with it.
func (a *anchorWord) in(w string) bool {
	if len(w) < len(a.w) || !a.prefix && len(w) != len(a.w) {
		return false
	}
	for k := 3; k < len(a.w); k++ {
		// a.w[k] is a lower-case letter: c|0x20 equals it only when c is
		// that letter in either case.
		if w[k]|0x20 != a.w[k] {
			return false
		}
	}
	return true
}
