package entities

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/internal/text"
)

// Options extends the built-in tables. Each reader holds rows in the same
// tab-separated format as the embedded file of that name (see DATA.md);
// a malformed row gives an error that names its line. The zero value means
// the built-in tables alone.
type Options struct {
	Countries io.Reader // rows of countries.tsv
	Aliases   io.Reader // rows of country_aliases.tsv
	Orgs      io.Reader // rows of orgs.tsv
	Leaders   io.Reader // rows of leaders.tsv
	// NoBuiltin starts from empty tables instead of the embedded ones.
	NoBuiltin bool
}

// Resolver recognizes and normalizes countries, organizations and leaders.
// It is immutable and safe for concurrent use.
type Resolver struct {
	countries map[string]*Country
	orgs      map[string]*Organization
	leaders   []Leader
	aliases   []alias
	places    placeTable        // by folded lower-case name
	regions   map[string]region // by folded abbreviation or name, lower case
	titleInfo []title
	// vocab interns every lower-case token of the dictionary and the
	// titles while the resolver is built (then vslots holds it); a text's
	// tokens are looked up once, and the tries below walk token ids
	// instead of building keys.
	vocab map[string]int32
	// tokFlags holds per token id whether it starts a leader's full name
	// (startsName) or a dictionary entry written in lower case
	// (startsLower, "von der Leyen"): only these and capitalized tokens
	// can start a match.
	tokFlags []uint8
	words    trie // dictionary entries, by lower-case tokens
	titles   trie // title phrases, lower case
	entries  []entry
	idBuf    []int32 // scratch while building
	lowBuf   []byte  // scratch while building
	// vslots is the vocabulary as an open-addressing table (a power of two
	// long, at most half full), built from vocab once it is complete: a
	// slot holds the token's hash << 32 | (id + 1), 0 when empty; vkeys
	// holds the tokens by id.
	vslots []uint64
	vkeys  []string
	// vbloom has bit hs>>16 set for the vhash hs of every vocabulary
	// token: most words of a text that are not in the vocabulary are
	// rejected here, in a table small enough to stay in cache.
	vbloom [1024]uint64
	theID  int32 // id of "the", or -1
	// byteIDs holds the ids of the one-byte tokens, looked up without
	// hashing.
	byteIDs [utf8.RuneSelf]int32
}

// Flags of tokFlags.
const (
	startsName uint8 = 1 << iota
	startsLower
	wParticle // in particles
	wNotName  // in notName
	wCommon   // in commonWord
	wMonthDay // in monthOrDay
	startsTitle
)

// intern returns the id of the lower-case token s, adding it when new.
func (r *Resolver) intern(s string) int32 {
	if id, ok := r.vocab[s]; ok {
		return id
	}
	id := int32(len(r.tokFlags))
	r.vocab[s] = id
	r.tokFlags = append(r.tokFlags, 0)
	return id
}

// internLower is intern(strings.ToLower(s)) without building the
// lower-case string when the vocabulary already holds it.
func (r *Resolver) internLower(s string) int32 {
	b, ok := appendLowerASCII(r.lowBuf[:0], s)
	if !ok {
		return r.intern(strings.ToLower(s))
	}
	r.lowBuf = b
	if id, ok := r.vocab[string(b)]; ok {
		return id
	}
	return r.intern(string(b))
}

// appendLowerASCII appends the lower-case form of s to dst; ok is false
// when s is not ASCII, for strings.ToLower to handle.
func appendLowerASCII(dst []byte, s string) (_ []byte, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// tokenID returns the id of the lower-case token s, or -1 when neither the
// dictionary nor the titles hold it.
func (r *Resolver) tokenID(s string) int32 {
	if len(s) == 0 || len(r.vslots) == 0 {
		return -1
	}
	return r.tokenIDHash(s, vhash(s))
}

// tokenIDHash is tokenID with the token's vhash hs already computed.
func (r *Resolver) tokenIDHash(s string, hs uint32) int32 { return probeToken(r, s, hs) }

// tokenIDBytes is tokenIDHash for a token held in a byte slice.
func (r *Resolver) tokenIDBytes(b []byte, hs uint32) int32 { return probeToken(r, b, hs) }

// probeToken looks the lower-case token w with vhash hs up in the
// vocabulary table; string(w) of a byte slice is compared without a copy.
func probeToken[W string | []byte](r *Resolver, w W, hs uint32) int32 {
	if r.vbloom[hs>>22]&(1<<(hs>>16&63)) == 0 {
		return -1
	}
	mask := uint32(len(r.vslots) - 1)
	for h := hs & mask; ; h = (h + 1) & mask {
		e := r.vslots[h]
		if e == 0 {
			return -1
		}
		if uint32(e>>32) == hs {
			if id := int32(uint32(e)) - 1; r.vkeys[id] == string(w) {
				return id
			}
		}
	}
}

// trie maps sequences of token ids to entries. Node 0 is the root; its
// children are a dense slice by token id, deeper ones a hash table keyed by
// (node, token).
type trie struct {
	root  []int32
	next  map[uint64]int32 // while the trie is built; nil once finished
	nodes []trieNode
	hint  int // expected number of nodes, to size the first allocation
	// edges holds the links below the root once the trie is finished, as
	// an open-addressing table a power of two long and at most half full:
	// a slot holds trieKey(parent, token)+1 and the child, or 0.
	edges []trieEdge
}

type trieNode struct {
	entries     []int32
	kids        bool  // a longer sequence continues from here
	parent, tok int32 // the link that leads here
}

type trieEdge struct {
	key   uint64
	child int32
}

// edgeSlot returns the first slot of key in a table of mask+1 slots.
func edgeSlot(key uint64, mask int) int { return int((key*0x9E3779B97F4A7C15)>>32) & mask }

func trieKey(n, tok int32) uint64 { return uint64(uint32(n))<<32 | uint64(uint32(tok)) }

// insert adds the sequence ids and returns its node.
func (t *trie) insert(ids []int32) int32 {
	if t.nodes == nil {
		t.nodes = make([]trieNode, 1, max(t.hint, 16))
		t.next = make(map[uint64]int32, t.hint)
	}
	n := int32(0)
	for _, id := range ids {
		k := trieKey(n, id)
		c, ok := t.next[k]
		if !ok {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{parent: n, tok: id})
			t.next[k] = c
			t.nodes[n].kids = true
		}
		n = c
	}
	return n
}

// finish builds, from the nodes' links, the dense root table for a
// vocabulary of size ids and the table of the other links; the map used
// while building is dropped.
func (t *trie) finish(size int) {
	t.next = nil
	t.root = make([]int32, size)
	for i := range t.root {
		t.root[i] = -1
	}
	n := 16
	for n < 2*len(t.nodes) {
		n *= 2
	}
	t.edges = make([]trieEdge, n)
	mask := n - 1
	for c := 1; c < len(t.nodes); c++ {
		nd := t.nodes[c]
		if nd.parent == 0 {
			t.root[nd.tok] = int32(c)
			continue
		}
		key := trieKey(nd.parent, nd.tok) + 1
		h := edgeSlot(key, mask)
		for t.edges[h].key != 0 {
			h = (h + 1) & mask
		}
		t.edges[h] = trieEdge{key: key, child: int32(c)}
	}
}

// child returns the node after n on token tok, or -1.
func (t *trie) child(n, tok int32) int32 {
	if tok < 0 {
		return -1
	}
	if n == 0 {
		if int(tok) < len(t.root) {
			return t.root[tok]
		}
		return -1
	}
	if len(t.edges) == 0 {
		return -1
	}
	key := trieKey(n, tok) + 1
	mask := len(t.edges) - 1
	for h := edgeSlot(key, mask); ; h = (h + 1) & mask {
		switch e := t.edges[h]; e.key {
		case key:
			return e.child
		case 0:
			return -1
		}
	}
}

type entryKind uint8

const (
	entCountry entryKind = iota + 1
	entOrg
	entLeader
	entFamily
)

type entry struct {
	kind  entryKind
	ref   int      // index into aliases, leaders; or org code via orgCode
	code  string   // org code for entOrg
	cased []string // folded tokens with their case
}

var defaultResolver = sync.OnceValues(func() (*Resolver, error) { return New(Options{}) })

// Default returns the resolver built from the embedded tables. It is built
// once, on first use.
func Default() *Resolver {
	r, err := defaultResolver()
	if err != nil {
		// The embedded tables are checked by the package tests; a failure
		// here is a build defect, not bad input.
		panic(fmt.Sprintf("entities: embedded tables: %v", err))
	}
	return r
}

// Find returns the mentions of text using the default resolver.
func Find(s string, date time.Time) []Mention { return Default().Find(s, date) }

// New builds a resolver from the embedded tables and the caller's extra rows.
func New(opt Options) (*Resolver, error) {
	if !opt.NoBuiltin && opt.Countries == nil && opt.Aliases == nil && opt.Orgs == nil && opt.Leaders == nil {
		// The built-in tables alone: a copy of the snapshot (see builtin),
		// which shares its immutable tables.
		r := *builtin()
		return &r, nil
	}
	return load(opt)
}

// load builds a resolver from the embedded data files (unless
// opt.NoBuiltin) and the rows of opt.
func load(opt Options) (*Resolver, error) {
	r := &Resolver{
		countries: map[string]*Country{},
		orgs:      map[string]*Organization{},
		regions:   map[string]region{},
		vocab:     map[string]int32{},
	}
	if !opt.NoBuiltin {
		// Sized for the built-in tables, so that building them does not
		// grow and copy the large ones.
		r.leaders = make([]Leader, 0, 6000)
		r.aliases = make([]alias, 0, 2000)
		r.entries = make([]entry, 0, 24000)
		r.vocab = make(map[string]int32, 16000)
		r.words.hint = 20000 // about 17,000 nodes
	}
	addCountry := func(c Country) { cc := c; r.countries[c.Code] = &cc }
	addAlias := func(a alias) { r.aliases = append(r.aliases, a) }
	addOrg := func(o Organization) { oo := o; r.orgs[o.Code] = &oo }
	addLeader := func(l Leader) { r.leaders = append(r.leaders, l) }
	places := map[string][]Place{}
	if !opt.NoBuiltin {
		places = make(map[string][]Place, 8000)
	}
	addPlace := func(p Place) {
		k := strings.ToLower(text.Fold(p.Name))
		places[k] = append(places[k], p)
	}
	addRegion := func(g region) {
		r.regions[strings.ToLower(text.Fold(g.name))] = g
		if g.postal != "" {
			r.regions[strings.ToLower(g.postal)] = g
		}
		for _, a := range g.ap {
			k := strings.ToLower(text.Fold(a))
			r.regions[k] = g
			// Wire copy often drops the dots: "CALIF", "Mass", "N.Y" .
			if nodot := strings.ReplaceAll(k, ".", ""); len(nodot) > 2 {
				if _, taken := r.regions[nodot]; !taken {
					r.regions[nodot] = g
				}
			}
		}
	}
	addTitle := func(t title) {
		t.cased = titleCase(t.text)
		r.titleInfo = append(r.titleInfo, t)
	}
	if !opt.NoBuiltin {
		files := []struct {
			name string
			load func(io.Reader, string) error
		}{
			{"countries.tsv", func(rd io.Reader, f string) error { return loadCountries(rd, f, addCountry) }},
			{"country_aliases.tsv", func(rd io.Reader, f string) error { return loadAliases(rd, f, addAlias) }},
			{"orgs.tsv", func(rd io.Reader, f string) error { return loadOrgs(rd, f, addOrg) }},
			{"leaders.tsv", func(rd io.Reader, f string) error { return loadLeaders(rd, f, addLeader) }},
			{"places.tsv", func(rd io.Reader, f string) error { return loadPlaces(rd, f, addPlace) }},
			{"us_states.tsv", func(rd io.Reader, f string) error { return loadStates(rd, f, addRegion) }},
			{"titles.tsv", func(rd io.Reader, f string) error { return loadTitles(rd, f, addTitle) }},
		}
		// Each file fills tables of its own: read them side by side and
		// report the first error in file order.
		errs := make([]error, len(files))
		var wg sync.WaitGroup
		for i, f := range files {
			wg.Go(func() {
				fh, err := dataFS.Open("data/" + f.name)
				if err != nil {
					errs[i] = err
					return
				}
				errs[i] = f.load(fh, f.name)
				fh.Close()
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				return nil, err
			}
		}
	}
	extra := []struct {
		rd   io.Reader
		name string
		load func(io.Reader, string) error
	}{
		{opt.Countries, "Options.Countries", func(rd io.Reader, f string) error { return loadCountries(rd, f, addCountry) }},
		{opt.Aliases, "Options.Aliases", func(rd io.Reader, f string) error { return loadAliases(rd, f, addAlias) }},
		{opt.Orgs, "Options.Orgs", func(rd io.Reader, f string) error { return loadOrgs(rd, f, addOrg) }},
		{opt.Leaders, "Options.Leaders", func(rd io.Reader, f string) error { return loadLeaders(rd, f, addLeader) }},
	}
	for _, x := range extra {
		if x.rd == nil {
			continue
		}
		if err := x.load(x.rd, x.name); err != nil {
			return nil, err
		}
	}
	r.places = newPlaceTable(places)
	r.build()
	return r, nil
}

// tokens returns the folded tokens of s.
func tokens(s string) []string {
	var buf [16]text.Token
	toks := text.TokenizeAppend(buf[:0], text.Fold(s))
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// add records entry e under its lower-case tokens and returns the id of
// its first token (-1 for an empty entry).
func (r *Resolver) add(e entry) int32 {
	idx := int32(len(r.entries))
	r.entries = append(r.entries, e)
	if len(e.cased) == 0 {
		return -1
	}
	ids := r.idBuf[:0]
	for _, c := range e.cased {
		ids = append(ids, r.internLower(c))
	}
	r.idBuf = ids
	if lowerWord(e.cased[0]) {
		r.tokFlags[ids[0]] |= startsLower
	}
	n := r.words.insert(ids)
	r.words.nodes[n].entries = append(r.words.nodes[n].entries, idx)
	return ids[0]
}

func (r *Resolver) build() {
	for i, a := range r.aliases {
		if _, ok := r.countries[a.code]; !ok {
			continue
		}
		r.add(entry{kind: entCountry, ref: i, cased: tokens(a.text)})
	}
	codes := make([]string, 0, len(r.orgs))
	for c := range r.orgs {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	seen := map[string]bool{} // the names already added for one entity
	for _, c := range codes {
		o := r.orgs[c]
		clear(seen)
		for k := -2; k < len(o.Aliases); k++ {
			a := o.Name
			switch {
			case k == -1:
				a = o.Code
			case k >= 0:
				a = o.Aliases[k]
			}
			if a == "" || seen[a] || strings.Contains(a, "_") {
				continue
			}
			seen[a] = true
			r.add(entry{kind: entOrg, code: c, cased: tokens(a)})
		}
	}
	famSeen := map[string]bool{}
	for i, l := range r.leaders {
		clear(seen)
		clear(famSeen)
		for k := -1; k < len(l.Variants); k++ {
			n := l.Name
			if k >= 0 {
				n = l.Variants[k]
			}
			f := text.Fold(n)
			if seen[f] {
				continue
			}
			seen[f] = true
			if first := r.add(entry{kind: entLeader, ref: i, cased: tokens(n)}); first >= 0 {
				r.tokFlags[first] |= startsName
			}
		}
		for _, f := range l.Family {
			k := text.Fold(f)
			if famSeen[k] {
				continue
			}
			famSeen[k] = true
			r.add(entry{kind: entFamily, ref: i, cased: tokens(f)})
		}
	}
	for i, t := range r.titleInfo {
		for _, s := range []string{t.text, t.plural} {
			if s == "" {
				continue
			}
			toks := tokens(strings.ToLower(s))
			ids := make([]int32, len(toks))
			for k, tok := range toks {
				ids[k] = r.intern(tok)
			}
			n := r.titles.insert(ids)
			r.titles.nodes[n].entries = append(r.titles.nodes[n].entries, int32(i))
		}
	}
	r.idBuf = nil
	for _, l := range []struct {
		words map[string]bool
		flag  uint8
	}{{particles, wParticle}, {notName, wNotName}, {commonWord, wCommon}, {monthOrDay, wMonthDay}} {
		// In sorted order, so that the ids are the same on every build.
		for _, w := range slices.Sorted(maps.Keys(l.words)) {
			r.tokFlags[r.intern(w)] |= l.flag
		}
	}
	r.vkeys = make([]string, len(r.tokFlags))
	for w, id := range r.vocab {
		r.vkeys[id] = w
	}
	r.vocab = nil // only vslots is read from now on
	r.lowBuf = nil
	r.finish()
	for id, c := range r.titles.root {
		if c >= 0 {
			r.tokFlags[id] |= startsTitle
		}
	}
}

// finish builds the lookup tables that follow from the vocabulary (vkeys)
// and the tries' nodes: the vocabulary table and its filter, the ids of
// "the" and of the one-byte tokens, and the tries' link tables.
func (r *Resolver) finish() {
	size := 16
	for size < 2*len(r.vkeys) {
		size *= 2
	}
	r.vslots = make([]uint64, size)
	r.vbloom = [1024]uint64{}
	for id, w := range r.vkeys {
		if w == "" {
			continue
		}
		hs := vhash(w)
		r.vbloom[hs>>22] |= 1 << (hs >> 16 & 63)
		h := hs & uint32(size-1)
		for r.vslots[h] != 0 {
			h = (h + 1) & uint32(size-1)
		}
		r.vslots[h] = uint64(hs)<<32 | uint64(uint32(id+1))
	}
	r.lookupIDs()
	r.words.finish(len(r.vkeys))
	r.titles.finish(len(r.vkeys))
}

// lookupIDs sets the ids of "the" and of the one-byte tokens, from the
// vocabulary table.
func (r *Resolver) lookupIDs() {
	r.theID = r.tokenID("the")
	for c := range r.byteIDs {
		r.byteIDs[c] = r.tokenID(string(rune(c)))
	}
}

// Country returns the country a name, adjective, capital or epithet refers
// to on date (the zero date means today's states).
func (r *Resolver) Country(name string, date time.Time) (Country, bool) {
	if c, ok := r.countries[strings.ToUpper(strings.TrimSpace(name))]; ok && len(name) == 3 {
		return *c, true
	}
	best := -1
	for _, idx := range r.lookupName(strings.TrimPrefix(strings.TrimSpace(name), "the ")) {
		e := r.entries[idx]
		if e.kind != entCountry {
			continue
		}
		a := r.aliases[e.ref]
		if validOn(a.from, a.to, date) || (date.IsZero() && a.to.IsZero()) {
			best = e.ref
			break
		}
		if best < 0 {
			best = e.ref
		}
	}
	if best < 0 {
		return Country{}, false
	}
	return *r.countries[r.aliases[best].code], true
}

// CountryByCode returns the country with an ISO alpha-3 (or ISO 3166-3) code.
func (r *Resolver) CountryByCode(code string) (Country, bool) {
	c, ok := r.countries[code]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// Organization returns the organization a name or acronym refers to.
func (r *Resolver) Organization(name string) (Organization, bool) {
	if o, ok := r.orgs[strings.TrimSpace(name)]; ok {
		return *o, true
	}
	for _, idx := range r.lookupName(strings.TrimPrefix(strings.TrimSpace(name), "the ")) {
		if e := r.entries[idx]; e.kind == entOrg {
			return *r.orgs[e.code], true
		}
	}
	return Organization{}, false
}

// Leader returns the person a name (full or family name alone) refers to on
// date, with the office held then. With several offices on that date the
// higher one wins (head of state before head of government before minister).
func (r *Resolver) Leader(name string, date time.Time) (Leader, bool) {
	var cands []int
	for _, idx := range r.lookupName(name) {
		e := r.entries[idx]
		if e.kind == entLeader || e.kind == entFamily {
			cands = append(cands, e.ref)
		}
	}
	i, ok := r.pickLeader(cands, date)
	if !ok {
		return Leader{}, false
	}
	return r.leaders[i], true
}

// Leaders returns every term held by the person with the canonical name.
func (r *Resolver) Leaders(name string) []Leader {
	var out []Leader
	for _, l := range r.leaders {
		if l.Name == name {
			out = append(out, l)
		}
	}
	return out
}

var rolePriority = map[string]int{
	"head_of_state": 0, "head_of_government": 1, "org_leader": 2, "foreign_minister": 3,
	"minister": 4, "diplomat": 5, "spokesperson": 6, "party_leader": 7, "official": 8, "other": 9,
}

// pickLeader chooses among candidate terms the one valid on date with the
// highest role; the result is deterministic.
//
// With no date, every term is a candidate and the latest one wins: a text
// without a date is more likely recent than old.
func (r *Resolver) pickLeader(cands []int, date time.Time) (int, bool) {
	best := -1
	if date.IsZero() {
		for _, i := range cands {
			a, b := r.leaders[i], Leader{}
			if best >= 0 {
				b = r.leaders[best]
			}
			if best < 0 || prominent[a.Country] && !prominent[b.Country] ||
				prominent[a.Country] == prominent[b.Country] && (a.From.After(b.From) ||
					a.From.Equal(b.From) && rolePriority[a.Role] < rolePriority[b.Role]) {
				best = i
			}
		}
		return best, best >= 0
	}
	for _, i := range cands {
		l := r.leaders[i]
		if !l.ValidOn(date) {
			continue
		}
		if best < 0 || r.better(l, r.leaders[best]) {
			best = i
		}
	}
	return best, best >= 0
}

// prominent lists the actors whose office holders are likelier to be meant
// by a bare family name shared with others: the G20, the permanent members
// of the Security Council and the main organizations.
var prominent = map[string]bool{
	"USA": true, "RUS": true, "SUN": true, "CHN": true, "GBR": true, "FRA": true, "DEU": true,
	"JPN": true, "IND": true, "BRA": true, "CAN": true, "ITA": true, "AUS": true, "KOR": true,
	"MEX": true, "IDN": true, "TUR": true, "SAU": true, "ARG": true, "ZAF": true, "UN": true,
	"EU": true, "NATO": true, "IAEA": true, "WHO": true, "IMF": true, "WB": true,
}

// better orders two terms valid on the same date: a prominent actor first,
// then the higher role, then the later term.
func (r *Resolver) better(a, b Leader) bool {
	if pa, pb := prominent[a.Country], prominent[b.Country]; pa != pb {
		return pa
	}
	if ra, rb := rolePriority[a.Role], rolePriority[b.Role]; ra != rb {
		return ra < rb
	}
	return a.From.After(b.From)
}

// lookupName returns the dictionary entries whose tokens are exactly
// those of name, ignoring case.
func (r *Resolver) lookupName(name string) []int32 {
	var buf [16]text.Token
	toks := text.TokenizeAppend(buf[:0], text.Fold(name))
	if len(toks) == 0 {
		return nil
	}
	n := int32(0)
	for _, t := range toks {
		if n = r.words.child(n, r.tokenIDLower(t.Text)); n < 0 {
			return nil
		}
	}
	return r.words.nodes[n].entries
}

// tokenIDLower is tokenID(strings.ToLower(s)) without building the
// lower-case string when s is short and ASCII.
func (r *Resolver) tokenIDLower(s string) int32 {
	var buf [32]byte
	if len(s) == 0 || len(s) > len(buf) || len(r.vslots) == 0 {
		return r.tokenID(strings.ToLower(s))
	}
	b, ok := appendLowerASCII(buf[:0], s)
	if !ok {
		return r.tokenID(strings.ToLower(s))
	}
	return r.tokenIDBytes(b, vhash(string(b)))
}

// PlaceCountry returns the country of a place name such as a dateline's
// ("KOKOMO" with region "Ind.", "HAVANA", "UNITED NATIONS"). A region
// (US state, Canadian province) decides when present; otherwise a country
// name or capital, then the most populous city of that name.
func (r *Resolver) PlaceCountry(place, region string, date time.Time) (string, bool) {
	if region != "" {
		if g, ok := r.regions[strings.ToLower(text.Fold(strings.TrimSpace(region)))]; ok {
			return g.country, true
		}
		if c, ok := r.Country(region, date); ok {
			return c.Code, true
		}
	}
	p := strings.TrimSpace(place)
	if c, ok := r.countryAnyCase(p, date); ok {
		return c, true
	}
	if g, ok := r.regions[strings.ToLower(text.Fold(p))]; ok && len(p) > 3 {
		return g.country, true
	}
	ps := r.places.named(strings.ToLower(text.Fold(p)))
	best := -1
	for i, pl := range ps {
		if best < 0 || pl.Population > ps[best].Population {
			best = i
		}
	}
	if best >= 0 {
		return ps[best].Country, true
	}
	return "", false
}

// countryAnyCase resolves a name written in any case ("HAVANA").
func (r *Resolver) countryAnyCase(name string, date time.Time) (string, bool) {
	for _, idx := range r.lookupName(name) {
		e := r.entries[idx]
		if e.kind != entCountry {
			continue
		}
		a := r.aliases[e.ref]
		if a.form == "adjective" || a.form == "demonym" || strings.Contains(a.flags, "amb") {
			continue
		}
		if validOn(a.from, a.to, date) || date.IsZero() {
			return a.code, true
		}
	}
	return "", false
}
