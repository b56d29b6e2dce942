package agreements

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
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
}

// lexicon finds the longest entry that matches at a token position.
type lexicon struct {
	bit    uint32              // this lexicon's bit in token masks; 0 when not indexed
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
	for _, e := range l.exact[toks[i].s] {
		if end, ok := matchAt(e, toks, i); ok && end > bestEnd {
			best, bestEnd = e, end
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
		if !tokMatches(p, toks[i+k].s, e.prefix && k == len(e.toks)-1) {
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
	if v == nil {
		return 0
	}
	if len(s) < 2 || len(v.keys) == 0 {
		if len(s) == 1 {
			return v.one[s[0]]
		}
		return 0
	}
	mask := uint32(len(v.keys) - 1)
	for i := vocabHash(s) & mask; ; i = (i + 1) & mask {
		k := v.keys[i]
		if k == "" {
			return 0
		}
		if k == s {
			return v.bits[i]
		}
	}
}

// Token mask bits that are not a lexicon's.
const (
	bitMod          uint32 = 1 << 31 // mods[s] != ""
	bitSanctionKind uint32 = 1 << 30 // sanctionKind[s] != ""
	bitBusiness     uint32 = 1 << 29 // business[s]
	bitBacked       uint32 = 1 << 28 // "backed"
)

// prefixBits is a prefix entry of the first-token index.
type prefixBits struct {
	prefix string
	bits   uint32
}

// maskOf returns the mask of a lower-case token: the bits of the lexicons
// one of whose entries may start with it, and of the word lists it is in.
func (lx *lexicons) maskOf(s string) uint32 {
	m := lx.vocab.get(s)
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
	return m
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
	lx.vocab = newVocab(lx.first)
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
		if *t.dst, err = readLexicon(t.file, ""); err != nil {
			return nil, err
		}
	}
	cues := []struct {
		cue string
		dst **lexicon
	}{
		{"modal", &lx.modal}, {"negation", &lx.negation}, {"definite", &lx.definite},
		{"bilateral", &lx.bilateral}, {"issuers", &lx.issuers}, {"author", &lx.author}, {"hypothetical", &lx.hypothetical}, {"rupture", &lx.rupture},
	}
	for _, c := range cues {
		if *c.dst, err = readLexicon("cues.tsv", c.cue); err != nil {
			return nil, err
		}
	}
	rows, err := readRows("cues.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r.cols) > 1 && r.cols[1] == "mod" {
			lx.mods[r.cols[0]] = "mod"
		}
	}
	if rows, err = readRows("sanction_kinds.tsv"); err != nil {
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

// readLexicon reads file into a lexicon; with only set, it keeps just the rows
// whose second column is only.
func readLexicon(file, only string) (*lexicon, error) {
	rows, err := readRows(file)
	if err != nil {
		return nil, err
	}
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
			if _, err := fmt.Sscan(e.val, &e.num); err != nil {
				e.num = 0
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
