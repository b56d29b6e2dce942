package agreements

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-go/diplomacy/entities"
)

// fuzzMentions makes mentions of every capitalized word, so that the fuzzer
// reaches the frame logic, plus spans that may be out of range.
func fuzzMentions(text string, seed int) []entities.Mention {
	var ms []entities.Mention
	codes := []string{"RUS", "CUB", "USA", "EU", "CHN"}
	kinds := []entities.Kind{entities.KindCountry, entities.KindOrganization, entities.KindLeader, entities.KindPlace}
	forms := []string{"name", "adjective", "capital", "group"}
	n := 0
	for _, t := range tokenize(text, 0, len(text)) {
		if t.capital() {
			ms = append(ms, entities.Mention{Span: entities.Span{Start: t.start, End: t.end}, Text: text[t.start:t.end],
				Kind: kinds[(n+seed)%len(kinds)], Code: codes[(n+seed)%len(codes)], Form: forms[(n+seed)%len(forms)]})
			n++
		}
	}
	ms = append(ms, entities.Mention{Span: entities.Span{Start: seed, End: seed + 3}, Code: "X"})
	return ms
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Russia and Cuba signed an agreement. The US imposed sanctions on Cuba.",
		"We, the leaders of France and Italy, imposed restrictive measures on Russian banks.",
		"the Russian- and Iranian-backed president; ties between China and Cuba are broadening",
		"",
		"\xff\xfe sanctions 's ’s n’t",
	} {
		f.Add(s, 0, 1)
	}
	f.Fuzz(func(t *testing.T, text string, seed, cut int) {
		var sents []entities.Span
		if cut >= 0 && cut <= len(text) {
			sents = []entities.Span{{Start: 0, End: cut}, {Start: cut, End: len(text)}, {Start: -1, End: 2}}
		}
		times := []Time{{Span: entities.Span{Start: 0, End: min(4, len(text))}, Type: "DURATION", Value: "P1Y"},
			{Span: entities.Span{Start: seed, End: seed - 1}, Type: "DATE", Value: "2020"}}
		r := extract(text, sents, fuzzMentions(text, seed&7), times)
		check := func(kind string, ev entities.Evidence) {
			if ev.Start < 0 || ev.Start > ev.End || ev.End > len(text) || text[ev.Start:ev.End] != ev.Text {
				t.Fatalf("%s evidence %+v out of bounds of %d bytes", kind, ev.Span, len(text))
			}
		}
		if r.Agreements == nil || r.Partnerships == nil || r.Sanctions == nil {
			t.Fatal("nil slice in Result")
		}
		for _, a := range r.Agreements {
			check("agreement", a.Evidence)
			if a.Parties == nil || a.Sectors == nil {
				t.Fatal("nil slice in Agreement")
			}
		}
		for _, p := range r.Partnerships {
			check("partnership", p.Evidence)
			if p.Parties == nil || p.Sectors == nil {
				t.Fatal("nil slice in Partnership")
			}
		}
		for _, s := range r.Sanctions {
			check("sanction", s.Evidence)
			if s.Imposers == nil || s.Targets == nil || s.By == nil {
				t.Fatal("nil slice in Sanction")
			}
		}
	})
}

// TestTokenArrays checks that a text longer than any pooled token array
// (over maxScratch tokens), whose tokens prepare spreads over several
// arrays, gives what it gives when they all grow in one.
func TestTokenArrays(t *testing.T) {
	var b strings.Builder
	pairs := [][2]string{{"Russia", "Cuba"}, {"China", "Brazil"}, {"France", "India"}, {"Japan", "Kenya"}}
	for i := 0; b.Len() < 8*maxScratch; i++ {
		p := pairs[i%len(pairs)]
		fmt.Fprintf(&b, "%s and %s signed a trade agreement , the ministry said ; %s 's envoy welcomed it .\n", p[0], p[1], p[0])
		fmt.Fprintf(&b, "The U.S. imposed sanctions on %s , and %s ( the E.U. ) lifted its own , officials said .\n", p[1], p[0])
		fmt.Fprintf(&b, "%s and %s agreed to deepen their strategic partnership in energy .\n", p[0], p[1])
	}
	text := b.String()
	sents, ms := fixture(text, ctry("Russia", "RUS"), ctry("Cuba", "CUB"), ctry("China", "CHN"), ctry("Brazil", "BRA"),
		ctry("France", "FRA"), ctry("India", "IND"), ctry("Japan", "JPN"), ctry("Kenya", "KEN"), ctry("U.S.", "USA"), org("E.U.", "EU"))
	defer func(n int) { growLimit = n }(growLimit)
	growLimit = math.MaxInt
	want := extract(text, sents, ms, nil)
	if len(want.Agreements) == 0 || len(want.Sanctions) == 0 || len(want.Partnerships) == 0 {
		t.Fatalf("the text gives too little to compare: %+v", want)
	}
	growLimit = 0
	if diff := cmp.Diff(want, extract(text, sents, ms, nil)); diff != "" {
		t.Fatalf("tokens over several arrays change the result (-one +several):\n%s", diff)
	}
}

// TestClusterIndex checks that indexing the clusters of a long list by
// party set finds what scanning the list finds, on a text with many party
// pairs and references back to them.
func TestClusterIndex(t *testing.T) {
	names := []string{"Russia", "Cuba", "China", "Brazil", "France", "India", "Japan", "Kenya", "Chile", "Peru", "Egypt", "Ghana"}
	codes := []string{"RUS", "CUB", "CHN", "BRA", "FRA", "IND", "JPN", "KEN", "CHL", "PER", "EGY", "GHA"}
	var b strings.Builder
	for i := range names {
		for j := i + 1; j < len(names); j += 2 {
			fmt.Fprintf(&b, "%s and %s signed a trade agreement on Monday .\n", names[i], names[j])
			fmt.Fprintf(&b, "%s and %s agreed to deepen their strategic partnership .\n", names[j], names[i])
			fmt.Fprintf(&b, "The agreement with %s was ratified , and %s welcomed it .\n", names[j], names[i])
		}
	}
	text := b.String()
	var ms []mk
	for i := range names {
		ms = append(ms, ctry(names[i], codes[i]))
	}
	sents, mentions := fixture(text, ms...)
	defer func(n int) { scanClusters = n }(scanClusters)
	scanClusters = math.MaxInt
	want := extract(text, sents, mentions, nil)
	if len(want.Agreements) <= 16 || len(want.Partnerships) <= 16 {
		t.Fatalf("too few clusters to index: %d agreements, %d partnerships", len(want.Agreements), len(want.Partnerships))
	}
	scanClusters = 0
	if diff := cmp.Diff(want, extract(text, sents, mentions, nil)); diff != "" {
		t.Fatalf("the index changes the result (-scan +index):\n%s", diff)
	}
}
