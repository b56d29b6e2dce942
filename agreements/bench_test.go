package agreements

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/internal/text"
)

func BenchmarkExtract(b *testing.B) {
	para := "Russia and Cuba signed a comprehensive energy agreement in Havana on Tuesday. " +
		"The two presidents pledged to deepen their strategic partnership in industry and trade. " +
		"Cuba has been subjected to unilateral sanctions imposed by the United States for six decades, " +
		"and Havana condemned the embargo again.\n"
	text := strings.Repeat(para, 20)
	sents, ms := fixture(strings.ReplaceAll(text, ". ", ".\n"),
		ctry("Russia", "RUS"), ctry("Cuba", "CUB"), capt("Havana", "CUB"), ctry("United States", "USA"))
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
	var f *os.File
	var err error
	for _, dir := range []string{filepath.Join("..", "..", "shared", "eval", "suites"), "/work/shared/eval/suites"} {
		if f, err = os.Open(filepath.Join(dir, suite, "docs.jsonl")); err == nil {
			break
		}
	}
	if err != nil {
		b.Skipf("suite %s not available: %v", suite, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var in []suiteInput
	n := 0
	for sc.Scan() {
		var d struct{ Text, Published string }
		if json.Unmarshal(sc.Bytes(), &d) != nil || d.Text == "" {
			continue
		}
		ref, _ := time.Parse("2006-01-02", d.Published)
		var sents []entities.Span
		for _, sp := range text.Segment(text.NewView(d.Text)).Sentences {
			sents = append(sents, entities.Span{Start: sp.Start, End: sp.End})
		}
		in = append(in, suiteInput{d.Text, sents, entities.Find(d.Text, ref)})
		n += len(d.Text)
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
