package diplomacy_test

import (
	"bytes"
	"fmt"
	"time"

	"github.com/diplomacy-go/diplomacy"
)

// A Parser is built once and shared; every fact points back at its words.
func Example() {
	p, err := diplomacy.NewParser(diplomacy.Options{})
	if err != nil {
		panic(err)
	}
	text := "Japanese Prime Minister Fumio Kishida hosted Indian Prime Minister Narendra Modi in Tokyo on Monday."
	doc, err := p.Parse(text, time.Date(2022, 5, 24, 0, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	for _, l := range doc.Leaders {
		fmt.Printf("%s (%s, %s) at %q\n", l.Name, l.Role, l.Country, text[l.Mentions[0].Start:l.Mentions[0].End])
	}
	for _, t := range doc.Times {
		fmt.Printf("%q = %s\n", t.Text, t.Value)
	}
	// Output:
	// Fumio Kishida (head_of_government, JPN) at "Fumio Kishida"
	// Narendra Modi (head_of_government, IND) at "Narendra Modi"
	// "Monday" = 2022-05-23
}

func ExampleParse() {
	text := "MOSCOW, December 28. /TASS/. The Kremlin said on Wednesday that Russia and Cuba would deepen their strategic partnership."
	doc, err := diplomacy.Parse(text, time.Date(2022, 12, 28, 0, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	fmt.Println("dateline:", doc.Dateline.Place, doc.Dateline.Country, doc.Dateline.Date)
	for _, c := range doc.Countries {
		fmt.Println("country:", c.Code, len(c.Mentions))
	}
	for _, p := range doc.Partnerships {
		fmt.Println("partnership:", p.Kind, p.Parties)
	}
	// Output:
	// dateline: MOSCOW RUS 2022-12-28
	// country: RUS 3
	// country: CUB 1
	// partnership: strategic partnership [CUB RUS]
}

func ExampleParse_errors() {
	_, err := diplomacy.Parse("Cuba\x00Russia", time.Time{})
	fmt.Println(err)
	// Output:
	// diplomacy: NUL byte in text at byte 4 (line 1, column 5)
}

// AppendJSON writes many documents into one reused buffer, as a batch job
// writes JSON lines.
func ExampleDocument_AppendJSON() {
	texts := []string{
		"Brazil and Argentina signed a trade agreement on Friday.",
		"Kenya condemned the attack.",
	}
	var buf []byte
	for _, text := range texts {
		doc, err := diplomacy.Parse(text, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			panic(err)
		}
		buf, err = doc.AppendJSON(buf[:0])
		if err != nil {
			panic(err)
		}
		// The JSON of SPEC.md, as encoding/json writes it.
		fmt.Printf("%s...\n", buf[:bytes.Index(buf, []byte(`,"organizations"`))])
	}
	// Output:
	// {"title":"","published":"2024-03-01","dateline":null,"countries":[{"code":"BRA","name":"Brazil","mentions":[{"text":"Brazil","start":0,"end":6}]},{"code":"ARG","name":"Argentina","mentions":[{"text":"Argentina","start":11,"end":20}]}]...
	// {"title":"","published":"2024-03-01","dateline":null,"countries":[{"code":"KEN","name":"Kenya","mentions":[{"text":"Kenya","start":0,"end":5}]}]...
}
