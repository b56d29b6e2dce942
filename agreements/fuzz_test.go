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
		ms := fuzzMentions(text, seed&7)
		r := extract(text, sents, ms, times)
		// Blocks of one sentence read what one block reads.
		if diff := cmp.Diff(extractBlocks(text, sents, ms, times, math.MaxInt), extractBlocks(text, sents, ms, times, 1)); diff != "" {
			t.Fatalf("blocks of one sentence change the result (-one block +blocks):\n%s", diff)
		}
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

// TestBlocks checks that reading a document a block of sentences at a
// time gives what reading it in one block gives, on a long text whose
// readings reach back across blocks: issuers named late that "we" stands
// for from the start, salience for "the two sides", "these sanctions" and
// "the agreement" referring to earlier sentences, and retaliation.
func TestBlocks(t *testing.T) {
	names := []string{"Russia", "Cuba", "China", "Brazil", "France", "India", "Japan", "Kenya"}
	codes := []string{"RUS", "CUB", "CHN", "BRA", "FRA", "IND", "JPN", "KEN"}
	lines := []string{
		"{A} and {B} signed a trade agreement on Monday .",
		"The two sides agreed to extend the treaty , officials said .",
		"The agreement was ratified by parliament .",
		"We will deepen our strategic partnership with {B} .",
		"The U.S. imposed sanctions on {A} over the crisis .",
		"These sanctions were criticized , and {A} announced retaliatory measures .",
		"{B} and {A} agreed to deepen their strategic partnership in energy .",
		"The talks were constructive , the ministry said .",
		"Six world powers reached an agreement with {B} .",
		"{A} condemned the sanctions imposed by the E.U. .",
		"We imposed severe measures on {B} .",
	}
	var b strings.Builder
	for i := 0; i < 400; i++ {
		if i == 330 {
			b.WriteString("We , the leaders of France and India , condemn the invasion .\n")
		}
		r := strings.NewReplacer("{A}", names[i%len(names)], "{B}", names[(i*3+1)%len(names)])
		b.WriteString(r.Replace(lines[(i*7)%len(lines)]) + "\n")
	}
	text := b.String()
	var ms []mk
	for i := range names {
		ms = append(ms, ctry(names[i], codes[i]))
	}
	ms = append(ms, ctry("U.S.", "USA"), org("E.U.", "EU"))
	sents, mentions := fixture(text, ms...)
	want := extractBlocks(text, sents, mentions, nil, math.MaxInt)
	if len(want.Agreements) < 8 || len(want.Sanctions) < 8 || len(want.Partnerships) < 4 {
		t.Fatalf("the text gives too little to compare: %+v", want)
	}
	for _, block := range []int{1, 2, 7, blockSents} {
		if diff := cmp.Diff(want, extractBlocks(text, sents, mentions, nil, block)); diff != "" {
			t.Errorf("blocks of %d sentences change the result (-one block +blocks):\n%s", block, diff)
		}
	}
}
