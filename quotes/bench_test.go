package quotes

import (
	"strings"
	"testing"
	"time"

	"github.com/diplomacy-go/diplomacy/internal/devsuite"

	"github.com/diplomacy-go/diplomacy/entities"
)

// benchDoc is a text with its entity mentions, as Find gets them from the
// pipeline.
type benchDoc struct {
	text string
	ms   []entities.Mention
}

// suiteDocs loads the texts of the evaluation suites, when present, with
// their entity mentions.
func suiteDocs(b *testing.B, suites ...string) ([]benchDoc, int) {
	b.Helper()
	suite, n := devsuite.Load(b, suites...)
	docs := make([]benchDoc, 0, len(suite))
	for _, d := range suite {
		docs = append(docs, benchDoc{d.Text, entities.Find(d.Text, d.Published)})
	}
	return docs, n
}

func benchDocs(b *testing.B, docs []benchDoc, n int) {
	b.ReportAllocs()
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Find(d.text, d.ms)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/byte")
}

// BenchmarkFindSuites runs Find over the texts of the places-dev and
// quotes-dev evaluation suites with their entity mentions; it is skipped
// when the suites are not available.
func BenchmarkFindSuites(b *testing.B) {
	docs, n := suiteDocs(b, "places-dev", "quotes-dev")
	benchDocs(b, docs, n)
}

// wireText is a self-contained newswire-like text with quotations.
var wireText = strings.Repeat(`BERLIN, March 4 (Reuters) - Germany and France pledged on Tuesday to deepen
their defence cooperation, officials said, as Chancellor Olaf Scholz met
French President Emmanuel Macron for talks in Berlin.
"We have agreed to build the next generation of tanks together," Scholz told
reporters after the meeting. "This is a signal to our partners."
Macron said the two countries would "not let the project drift" and called
the talks "frank and useful".
According to a statement from the French presidency, the leaders also
discussed sanctions against Russia and aid to Ukraine.
"Europe must be able to defend itself," the statement said. "We owe it to
our citizens."

The European Commission welcomed the accord. 'It is a step in the right
direction for the union,' a spokeswoman for the Commission said in Brussels.
`, 30)

// BenchmarkFindWire runs Find over a self-contained wire text with its
// entity mentions.
func BenchmarkFindWire(b *testing.B) {
	docs := []benchDoc{{wireText, entities.Find(wireText, time.Date(2023, 3, 4, 0, 0, 0, 0, time.UTC))}}
	benchDocs(b, docs, len(wireText))
}
