package entities

import (
	"math"
	"slices"
	"sync"
	"time"
)

// placeTable holds the places by folded lower-case name: an open-addressing
// table (a power of two long, at most half full) of indexes into keys and
// vals, by vhash.
type placeTable struct {
	keys  []string
	vals  [][]Place
	slots []int32 // index+1 into keys, 0 when empty
}

// newPlaceTable freezes the places of m, names in sorted order.
func newPlaceTable(m map[string][]Place) placeTable {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	vals := make([][]Place, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return makePlaceTable(keys, vals)
}

// makePlaceTable indexes keys (with their places in vals).
func makePlaceTable(keys []string, vals [][]Place) placeTable {
	n := 16
	for n < 2*len(keys) {
		n *= 2
	}
	t := placeTable{keys: keys, vals: vals, slots: make([]int32, n)}
	for i, k := range keys {
		h := int(vhash(k)) & (n - 1)
		for t.slots[h] != 0 {
			h = (h + 1) & (n - 1)
		}
		t.slots[h] = int32(i + 1)
	}
	return t
}

// named returns the places called k (folded, lower case).
func (t *placeTable) named(k string) []Place {
	if len(t.slots) == 0 {
		return nil
	}
	mask := len(t.slots) - 1
	for h := int(vhash(k)) & mask; ; h = (h + 1) & mask {
		i := t.slots[h]
		if i == 0 {
			return nil
		}
		if t.keys[i-1] == k {
			return t.vals[i-1]
		}
	}
}

// noDay stands for an open date in the date columns of builtin_tables.go.
const noDay = math.MinInt32

// dayTime returns the time of a date column: midnight UTC, d days after
// 1970-01-01, or the zero time for noDay.
func dayTime(d int32) time.Time {
	if d == noDay {
		return time.Time{}
	}
	return time.Unix(int64(d)*86400, 0).UTC()
}

// builtin returns the resolver of the embedded tables, from the snapshot in
// builtin_tables.go: the rows, vocabulary, trie nodes, entries and hash
// tables as a build from data/ leaves them (TestBuiltinTables keeps the two
// the same), so that only the dates and the small maps are set here.
// Building from the data files takes about 15 ms of a program's start-up;
// this takes well under one, and the hash tables, read in place, cost no
// heap and no writes to the program's data pages.
var builtin = sync.OnceValue(newBuiltin)

// newBuiltin makes the resolver of builtin; running it again sets the
// same dates again.
func newBuiltin() *Resolver {
	r := &Resolver{
		countries: make(map[string]*Country, len(builtinCountries)),
		orgs:      make(map[string]*Organization, len(builtinOrgs)),
		regions:   make(map[string]region, len(builtinRegionKeys)),
		leaders:   builtinLeaders,
		aliases:   builtinAliases,
		titleInfo: builtinTitles,
		places:    placeTable{keys: builtinPlaceKeys, vals: builtinPlaces, slots: builtinPlaceSlots[:]},
		tokFlags:  builtinTokFlags,
		vkeys:     builtinVocab,
		vslots:    builtinVSlots[:],
		vbloom:    builtinVBloom,
		words:     trie{nodes: builtinWords, hint: builtinWordsHint, root: builtinWordsRoot, edges: builtinWordsEdges[:]},
		titles:    trie{nodes: builtinTitleTrie, hint: builtinTitleTrieHint, root: builtinTitleTrieRoot, edges: builtinTitleTrieEdges[:]},
		entries:   builtinEntries,
	}
	// The dates are set once, here, in the snapshot's own arrays: the
	// resolver shares them and never writes to them again.
	for i := range builtinCountries {
		c := &builtinCountries[i]
		c.From, c.To = dayTime(builtinCountryDates[2*i]), dayTime(builtinCountryDates[2*i+1])
		r.countries[c.Code] = c
	}
	for i := range builtinOrgs {
		o := &builtinOrgs[i]
		o.From, o.To = dayTime(builtinOrgDates[2*i]), dayTime(builtinOrgDates[2*i+1])
		r.orgs[o.Code] = o
	}
	for i := range builtinLeaders {
		l := &builtinLeaders[i]
		l.From, l.To = dayTime(builtinLeaderDates[2*i]), dayTime(builtinLeaderDates[2*i+1])
	}
	for i := range builtinAliases {
		a := &builtinAliases[i]
		a.from, a.to = dayTime(builtinAliasDates[2*i]), dayTime(builtinAliasDates[2*i+1])
	}
	for i, k := range builtinRegionKeys {
		r.regions[k] = builtinRegions[i]
	}
	r.lookupIDs()
	return r
}
