package events

import (
	"testing"
	"time"

	"github.com/diplomacy-go/diplomacy/internal/devsuite"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/internal/text"
)

// benchDoc is one text prepared for the coder: its sentences and mentions.
type benchDoc struct {
	text  string
	sents []entities.Span
	ms    []entities.Mention
}

var benchRef = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)

// prepare segments s and finds its mentions, as the root package does.
func prepare(s string) benchDoc {
	d := benchDoc{text: s, ms: entities.Find(s, benchRef)}
	for _, sn := range text.Segment(text.NewView(s)).Sentences {
		d.sents = append(d.sents, entities.Span{Start: sn.Start, End: sn.End})
	}
	return d
}

// codeDocs runs the coder over docs the way the root package does: the
// issuers once per text, then every sentence.
func codeDocs(b *testing.B, docs []benchDoc) {
	n := 0
	for _, d := range docs {
		n += len(d.text)
	}
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range docs {
			opt := Options{We: Issuers(d.text, d.ms)}
			var evs []Event
			for _, s := range d.sents {
				evs = append(evs, CodeWith(d.text, s, d.ms, opt)...)
			}
			Merge(evs)
		}
	}
}

// benchArticle is a made-up wire story with the usual mix of events,
// reporting frames, quotes, numbers and background.
const benchArticle = `Joint Statement by President Ana Lima of Brazil and Prime Minister Rui Costa of Portugal
LISBON, March 3 (Reuters) - Brazil and Portugal signed a trade accord on Tuesday and agreed to expand cooperation in energy, officials said.
"We reject any attempt to divide us," Lima told reporters after the talks, adding that Brazil would send a delegation to Angola next month.
Portugal's foreign minister met his Moroccan counterpart in Rabat on Monday, according to a statement from the ministry.
The European Union imposed sanctions on Belarus last year, and Minsk accused the bloc of meddling in its internal affairs.
Grain exports rose 4.5 pct to 1.2 mln tonnes in the week to February 28, against 980,000 tonnes a year earlier, the board said.
Russia did not threaten Moldova, the Kremlin said, while the United States urged both countries to resume talks.
Thousands of protesters marched in Caracas against the government, and police fired tear gas to disperse them.
The two leaders also discussed the war in Ukraine and called for a ceasefire.
Shares in the company fell 3 pct after it reported lower quarterly profits and cut its dividend.
`

// BenchmarkCodeArticle codes a short written article sentence by sentence.
func BenchmarkCodeArticle(b *testing.B) {
	codeDocs(b, []benchDoc{prepare(benchArticle)})
}

// BenchmarkCodeSuites codes the texts of the evaluation suites places-dev
// and quotes-dev when they are present (skipped otherwise).
func BenchmarkCodeSuites(b *testing.B) {
	suite, _ := devsuite.Load(b, "places-dev", "quotes-dev")
	docs := make([]benchDoc, 0, len(suite))
	for _, d := range suite {
		docs = append(docs, prepare(d.Text))
	}
	codeDocs(b, docs)
}
