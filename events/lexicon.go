package events

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// DataVersion identifies the embedded lexicon and code tables.
const DataVersion = "events-2026.11.27"

//go:embed data/*.tsv
var dataFS embed.FS

// Pattern flags (see the header of data/verbs.tsv).
const (
	flagRecip   = 1 << iota // r: "X and Y met" is one event X-Y
	flagComp                // c: takes a complement whose trigger it absorbs
	flagIntent              // i: the complement becomes an intention
	flagRefusal             // x: negated, it is a refusal (REJECT)
	flagNominal             // n: a noun, actors anchored around it
	flagObject              // o: needs a second actor
	flagTopic               // t: the direct object is a topic, not a target
)

// blocker is the code of a pattern that reports no event.
const blocker = "---"

// cameoInfo is one row of data/cameo.tsv.
type cameoInfo struct {
	Type      string
	Mode      string
	Goldstein float64
	Label     string
}

// ptok is one word of a pattern.
type ptok struct {
	alts map[string]uint8 // accepted words; for the verb, word -> form bits
	ids  []int32          // the vocab ids of alts' words, sorted
	opt  bool
	gap  bool // "~": up to three words
	verb bool
}

// Verb form bits.
const (
	formBase = 1 << iota // visit (also a noun, so it needs a verbal context)
	formS                // visits
	formPast             // visited
	formPart             // visited (past participle)
	formIng              // visiting
)

type pattern struct {
	cameo string
	flags uint8
	toks  []ptok
	head  int    // index of the verb in toks, -1 for nominal patterns
	typ   string // PLOVER type override
	mode  string // PLOVER mode override
	line  int
	info  cameoInfo // of cameo, looked up once
}

// Word classes of data/words.tsv.
const (
	wNeg = 1 << iota
	wModal
	wWould
	wFuture
	wIntent
	wWish
	wCond
	wDeny
	wReport
	wBe
	wHave
	wAux
	wDet
	wPron
	wRel
	wPrep
	wBound
	wCoord
	wAgent
	wModifier
	wCrowd
	wSport
	wVerb
	wTitle
	wPairPerson
	wPairState
	wSpeech
	wEpithetOrg
	wEpithetState
	wViolence
)

// open holds the classes of open-class words (nouns and adjectives that
// the coder notes); they do not end phrases the way function words do.
const open = wAgent | wTitle | wPairPerson | wPairState | wCrowd | wModifier | wSport | wSpeech | wEpithetOrg | wEpithetState | wViolence

var classNames = map[string]uint32{
	"neg": wNeg, "modal": wModal, "would": wWould, "future": wFuture, "intent": wIntent,
	"wish": wWish, "cond": wCond, "deny": wDeny, "report": wReport, "be": wBe, "have": wHave,
	"aux": wAux, "det": wDet, "pron": wPron, "rel": wRel, "prep": wPrep, "bound": wBound,
	"coord": wCoord, "agent": wAgent, "modifier": wModifier, "crowd": wCrowd, "sport": wSport, "verb": wVerb, "title": wTitle, "pairperson": wPairPerson, "pairstate": wPairState, "speech": wSpeech, "epithetorg": wEpithetOrg, "epithetstate": wEpithetState, "violence": wViolence,
}

// multiword is a closed-class item of several words ("plan to").
type multiword struct {
	words []string
	class uint32
}

type intentRule struct{ prefix, code string }

// lexicon is the built, immutable data of the coder.
type lexicon struct {
	cameo   map[string]cameoInfo
	pats    []pattern
	byFirst map[string][]int // first word -> patterns that may start with it
	words   map[string]uint32
	multi   map[string][]multiword // by first word, longest first
	intent  []intentRule           // longest prefix first
	// vocab holds every word of words, byFirst and the patterns, with its
	// classes and patterns; the coder reads it through table.
	vocab map[string]vocabEntry
	// firstSets holds byFirst's pattern lists, nil first.
	firstSets [][]int
	// table holds vocab for fast look-ups, from a string or from bytes.
	table *vocabTable
	// gate is what the gate (gateState) needs besides table.
	gate gateInfo
	// mustPat and shouldPat are the synthetic patterns of reported
	// obligations (findDemands).
	mustPat, shouldPat pattern
}

// vocabEntry is what the lexicon knows of one word form.
type vocabEntry struct {
	w     string // the word, shared by the tokens that spell it
	id    int32  // index+1 in vocabTable.ents; vocab's own entries have 0
	cls   uint32 // lexicon.words
	first int32  // index in firstSets of lexicon.byFirst's list, or 0
	gate  bool   // a required word of a pattern, or "must": the gate notes it
}

// vocabTable is vocab as an open-addressing hash table with a hash that
// can be computed from bytes without making a string.
type vocabTable struct {
	// slots hold, for an entry, the high 16 bits of its hash above its
	// index+1 in ents; 0 marks an empty slot.
	slots []uint32
	mask  uint32
	ents  []vocabEntry
}

// FNV-1a parameters.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// fnvString and fnvBytes are FNV-1a.
func fnvString(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

func fnvBytes(w []byte) uint32 {
	h := uint32(fnvOffset)
	for _, b := range w {
		h = (h ^ uint32(b)) * fnvPrime
	}
	return h
}

// newVocabTable builds the table of m (at most 65535 words), with at most
// half of its slots used.
func newVocabTable(m map[string]vocabEntry) (*vocabTable, error) {
	if len(m) > 0xffff {
		return nil, fmt.Errorf("%d words: too many for the look-up table", len(m))
	}
	n := 16
	for n < 2*len(m) {
		n *= 2
	}
	t := &vocabTable{slots: make([]uint32, n), mask: uint32(n - 1)}
	keys := make([]string, 0, len(m))
	for w := range m {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	for _, w := range keys {
		e := m[w]
		e.w, e.id = w, int32(len(t.ents)+1)
		t.ents = append(t.ents, e)
		h := fnvString(w)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h>>16<<16 | uint32(e.id)
	}
	return t, nil
}

// find returns the entry of w, or nil.
func (lx *lexicon) find(w string) *vocabEntry { return lx.findHashed(w, fnvString(w)) }

// findHashed is find with w's hash h, fnvString(w), given.
func (lx *lexicon) findHashed(w string, h uint32) *vocabEntry { return probe(lx.table, w, h) }

// findBytes is findHashed for a word given as bytes, h = fnvBytes(w); it
// does not allocate.
func (lx *lexicon) findBytes(w []byte, h uint32) *vocabEntry { return probe(lx.table, w, h) }

// probe looks w, with hash h, up in the open-addressing table t.
func probe[W string | []byte](t *vocabTable, w W, h uint32) *vocabEntry {
	if t == nil {
		return nil
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if s>>16 == h>>16 {
			if e := &t.ents[s&0xffff-1]; e.w == string(w) {
				return e
			}
		}
	}
}

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx, err := buildLexicon()
	if err != nil {
		// The data is embedded and checked by tests; a failure here is a
		// programming error in the data files, reported as an empty lexicon
		// rather than a panic.
		return &lexicon{cameo: map[string]cameoInfo{}, byFirst: map[string][]int{}, words: map[string]uint32{}, multi: map[string][]multiword{},
			vocab: map[string]vocabEntry{}, firstSets: [][]int{nil}}
	}
	return lx
})

// rows reads the TSV text data of the file name, skipping comments and
// blank lines.
func rows(name, data string, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if err := fn(n, strings.Split(s, "\t")); err != nil {
			return fmt.Errorf("data/%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func buildLexicon() (*lexicon, error) {
	files := map[string]string{}
	for _, name := range []string{"cameo.tsv", "irregular.tsv", "words.tsv", "intent.tsv", "verbs.tsv"} {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return nil, err
		}
		files[name] = string(b)
	}
	lines := func(name string) int { return strings.Count(files[name], "\n") }
	// The maps are sized from the data files (their lines, and the words
	// of words.tsv), rather than grown and rehashed entry by entry.
	lx := &lexicon{
		cameo:   make(map[string]cameoInfo, lines("cameo.tsv")),
		byFirst: make(map[string][]int, 4*lines("verbs.tsv")),
		words:   make(map[string]uint32, lines("words.tsv")+strings.Count(files["words.tsv"], " ")),
		multi:   map[string][]multiword{},
	}
	err := rows("cameo.tsv", files["cameo.tsv"], func(_ int, f []string) error {
		if len(f) < 5 {
			return fmt.Errorf("want 5 columns, got %d", len(f))
		}
		g, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			return err
		}
		if _, dup := lx.cameo[f[0]]; dup {
			return fmt.Errorf("duplicate code %s", f[0])
		}
		lx.cameo[f[0]] = cameoInfo{Type: f[1], Mode: f[2], Goldstein: g, Label: f[4]}
		return nil
	})
	if err != nil {
		return nil, err
	}
	irr := make(map[string][3][]string, lines("irregular.tsv"))
	err = rows("irregular.tsv", files["irregular.tsv"], func(_ int, f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want 3 columns, got %d", len(f))
		}
		var v [3][]string
		v[0] = strings.Split(f[1], "|")
		v[1] = strings.Split(f[2], "|")
		if len(f) > 3 {
			v[2] = strings.Split(f[3], "|")
		}
		irr[f[0]] = v
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = rows("words.tsv", files["words.tsv"], func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want 2 columns, got %d", len(f))
		}
		c, ok := classNames[f[0]]
		if !ok {
			return fmt.Errorf("unknown class %q", f[0])
		}
		for _, w := range strings.Fields(f[1]) {
			if strings.Contains(w, "_") {
				ws := strings.Split(w, "_")
				lx.multi[ws[0]] = append(lx.multi[ws[0]], multiword{words: ws, class: c})
				continue
			}
			lx.words[w] |= c
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for k := range lx.multi {
		m := lx.multi[k]
		sort.SliceStable(m, func(i, j int) bool { return len(m[i].words) > len(m[j].words) })
	}
	err = rows("intent.tsv", files["intent.tsv"], func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want 2 columns, got %d", len(f))
		}
		if f[1] != "-" {
			if _, ok := lx.cameo[f[1]]; !ok {
				return fmt.Errorf("unknown code %s", f[1])
			}
		}
		lx.intent = append(lx.intent, intentRule{f[0], f[1]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(lx.intent, func(i, j int) bool { return len(lx.intent[i].prefix) > len(lx.intent[j].prefix) })
	err = rows("verbs.tsv", files["verbs.tsv"], func(line int, f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want 3 columns, got %d", len(f))
		}
		p := pattern{cameo: f[0], head: -1, line: line}
		if _, ok := lx.cameo[p.cameo]; !ok && p.cameo != blocker {
			return fmt.Errorf("unknown code %s", p.cameo)
		}
		for _, c := range f[1] {
			switch c {
			case 'r':
				p.flags |= flagRecip
			case 'c':
				p.flags |= flagComp
			case 'i':
				p.flags |= flagIntent
			case 'x':
				p.flags |= flagRefusal
			case 'n':
				p.flags |= flagNominal
			case 'o':
				p.flags |= flagObject
			case 't':
				p.flags |= flagTopic
			case '-':
			default:
				return fmt.Errorf("unknown flag %q", c)
			}
		}
		if len(f) > 3 && f[3] != "" {
			p.typ, p.mode, _ = strings.Cut(f[3], "/")
		}
		for i, w := range strings.Fields(f[2]) {
			var t ptok
			if w == "~" {
				t.gap = true
				p.toks = append(p.toks, t)
				continue
			}
			if strings.HasSuffix(w, "?") {
				t.opt = true
				w = strings.TrimSuffix(w, "?")
			}
			t.alts = map[string]uint8{}
			if strings.HasPrefix(w, "@") {
				if p.head >= 0 {
					return fmt.Errorf("two verbs in %q", f[2])
				}
				p.head = i
				t.verb = true
				for _, lemma := range strings.Split(w[1:], "|") {
					for form, bits := range inflect(lemma, irr) {
						t.alts[form] |= bits
					}
				}
			} else {
				for _, a := range strings.Split(w, "|") {
					t.alts[a] = 0
				}
			}
			p.toks = append(p.toks, t)
		}
		if len(p.toks) == 0 || p.toks[0].gap || p.toks[0].opt {
			return fmt.Errorf("pattern %q must start with a word", f[2])
		}
		if (p.head < 0) != (p.flags&flagNominal != 0) {
			return fmt.Errorf("pattern %q: a verbal pattern needs one @verb, a nominal one (flag n) none", f[2])
		}
		idx := len(lx.pats)
		lx.pats = append(lx.pats, p)
		firsts := make([]string, 0, len(p.toks[0].alts))
		for a := range p.toks[0].alts {
			firsts = append(firsts, a)
		}
		sort.Strings(firsts)
		for _, a := range firsts {
			lx.byFirst[a] = append(lx.byFirst[a], idx)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.vocab = make(map[string]vocabEntry, len(lx.words)+len(lx.byFirst))
	for w, cl := range lx.words {
		lx.vocab[w] = vocabEntry{cls: cl}
	}
	// Every pattern word, so that a token not in vocab matches none.
	for _, p := range lx.pats {
		for _, t := range p.toks {
			for w := range t.alts {
				lx.vocab[w] = vocabEntry{cls: lx.words[w]}
			}
		}
	}
	// Pattern lists in a fixed order, so that a build is deterministic.
	firsts := make([]string, 0, len(lx.byFirst))
	for w := range lx.byFirst {
		firsts = append(firsts, w)
	}
	sort.Strings(firsts)
	lx.firstSets = [][]int{nil}
	for _, w := range firsts {
		lx.vocab[w] = vocabEntry{cls: lx.words[w], first: int32(len(lx.firstSets))}
		lx.firstSets = append(lx.firstSets, lx.byFirst[w])
	}
	if lx.table, err = newVocabTable(lx.vocab); err != nil {
		return nil, err
	}
	for i := range lx.pats {
		for k := range lx.pats[i].toks {
			t := &lx.pats[i].toks[k]
			for w := range t.alts {
				t.ids = append(t.ids, lx.find(w).id)
			}
			slices.Sort(t.ids)
		}
	}
	for i := range lx.pats {
		lx.pats[i].info = lx.cameo[lx.pats[i].cameo]
	}
	lx.mustPat = pattern{cameo: "100", flags: flagComp, head: 0, info: lx.cameo["100"]}
	lx.shouldPat = pattern{cameo: "020", flags: flagComp, head: 0, info: lx.cameo["020"]}
	lx.buildGate()
	return lx, nil
}

// inflect returns the forms of a verb with their form bits.
func inflect(lemma string, irr map[string][3][]string) map[string]uint8 {
	out := map[string]uint8{}
	add := func(w string, b uint8) { out[w] |= b }
	// Multiword verbs ("pull out" is written as one @ token only for its
	// first word; the rest are literal pattern words).
	add(lemma, formBase)
	add(thirdPerson(lemma), formS)
	if v, ok := irr[lemma]; ok {
		for _, w := range v[0] {
			add(w, formPast)
		}
		for _, w := range v[1] {
			add(w, formPart)
		}
		for _, w := range v[2] {
			add(w, formBase)
		}
	} else {
		for _, w := range pastForms(lemma) {
			add(w, formPast|formPart)
		}
	}
	add(ingForm(lemma), formIng)
	if strings.HasSuffix(lemma, "el") && len(lemma) > 4 && !doublesFinal(lemma) {
		add(lemma+"ling", formIng) // cancelling
	}
	if lemma == "be" {
		delete(out, "bes")
		add("being", formIng)
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	case len(v) > 1 && v[len(v)-1] == 'y' && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// doubles lists verbs of more than one syllable that double their final
// consonant (stress on the last syllable).
var doubles = map[string]bool{
	"permit": true, "commit": true, "submit": true, "admit": true, "compel": true,
	"control": true, "patrol": true, "refer": true, "transfer": true, "prefer": true,
	"rebel": true, "expel": true, "propel": true, "occur": true, "regret": true,
	"abet": true, "equip": true, "kidnap": true, "confer": true, "deter": true,
	"open": false, "visit": false, "limit": false, "edit": false,
}

// doublesFinal reports whether the verb doubles its last consonant before -ed/-ing.
func doublesFinal(v string) bool {
	if d, ok := doubles[v]; ok {
		return d
	}
	n := len(v)
	if n < 3 || n > 4 {
		return false
	}
	c1, vw, c2 := v[n-3], v[n-2], v[n-1]
	return !isVowel(c1) && isVowel(vw) && !isVowel(c2) && strings.IndexByte("wxy", c2) < 0
}

func pastForms(v string) []string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return []string{v + "d"}
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return []string{v[:n-1] + "ied"}
	case doublesFinal(v):
		return []string{v + string(v[n-1]) + "ed"}
	case strings.HasSuffix(v, "el") && n > 4:
		return []string{v + "ed", v + "led"} // canceled, cancelled
	}
	return []string{v + "ed"}
}

func ingForm(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:n-2] + "ying"
	case strings.HasSuffix(v, "ee"), strings.HasSuffix(v, "ye"), strings.HasSuffix(v, "oe"), v == "be":
		return v + "ing"
	case strings.HasSuffix(v, "e"):
		return v[:n-1] + "ing"
	case doublesFinal(v):
		return v + string(v[n-1]) + "ing"
	}
	return v + "ing"
}

// intentCode returns the CAMEO code of the intention to do inner, or "" when
// an intention to do it is coded as the act itself.
func (lx *lexicon) intentCode(inner string) string {
	for _, r := range lx.intent {
		if strings.HasPrefix(inner, r.prefix) {
			if r.code == "-" {
				return ""
			}
			return r.code
		}
	}
	return ""
}
