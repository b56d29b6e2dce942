package agreements

import (
	"strings"
	"testing"

	"github.com/diplomacy-go/diplomacy/internal/devsuite"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/internal/text"
)

func BenchmarkExtract(b *testing.B) {
	para := "Vietnam and Laos signed a comprehensive energy agreement in Hanoi on Tuesday. " +
		"The two prime ministers pledged to deepen their strategic partnership in industry and trade. " +
		"Laos has faced trade restrictions imposed by Thailand on its timber exports since 2019, " +
		"and Vientiane condemned the embargo again.\n"
	text := strings.Repeat(para, 20)
	sents, ms := fixture(strings.ReplaceAll(text, ". ", ".\n"),
		ctry("Vietnam", "VNM"), ctry("Laos", "LAO"), capt("Hanoi", "VNM"), ctry("Thailand", "THA"), capt("Vientiane", "LAO"))
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(text, sents, ms, nil)
	}
}

// BenchmarkExtractWire runs Extract over wire copy without agreements: the
// common case, where nothing is found and the cost should be small.
func BenchmarkExtractWire(b *testing.B) {
	para := "Shares of the chipmaker rose 4 percent in early trading in New York on Monday after it reported " +
		"quarterly earnings above analysts' forecasts. The company said demand from data centres in Ireland " +
		"and Singapore remained strong, while its chief executive warned that supply constraints could last " +
		"into the second half of the year. Officials in Brussels said talks on the budget would resume next week.\n"
	text := strings.Repeat(para, 20)
	sents, ms := fixture(strings.ReplaceAll(text, ". ", ".\n"),
		capt("New York", "USA"), ctry("Ireland", "IRL"), ctry("Singapore", "SGP"), capt("Brussels", "BEL"))
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(text, sents, ms, nil)
	}
}

// suiteInput is one text with the sentences and mentions the pipeline gives
// Extract.
type suiteInput struct {
	text  string
	sents []entities.Span
	ms    []entities.Mention
}

// loadSuite reads the texts of an evaluation suite, when the shared tree is
// present, and segments them and finds their mentions as diplomacy.Parse does.
func loadSuite(b *testing.B, suite string) ([]suiteInput, int) {
	docs, n := devsuite.Load(b, suite)
	in := make([]suiteInput, 0, len(docs))
	for _, d := range docs {
		var sents []entities.Span
		for _, sp := range text.Segment(text.NewView(d.Text)).Sentences {
			sents = append(sents, entities.Span{Start: sp.Start, End: sp.End})
		}
		in = append(in, suiteInput{d.Text, sents, entities.Find(d.Text, d.Published)})
	}
	return in, n
}

func benchSuite(b *testing.B, suite string) {
	in, n := loadSuite(b, suite)
	b.ReportAllocs()
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range in {
			Extract(d.text, d.sents, d.ms, nil)
		}
	}
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for _, d := range in {
			Extract(d.text, d.sents, d.ms, nil)
		}
	}))/float64(n)*1024, "allocs/KB")
}

func BenchmarkExtractPlaces(b *testing.B) { benchSuite(b, "places-dev") }
func BenchmarkExtractQuotes(b *testing.B) { benchSuite(b, "quotes-dev") }
