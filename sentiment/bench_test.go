package sentiment

import (
	"strings"
	"testing"

	"github.com/diplomacy-go/diplomacy/internal/devsuite"

	"github.com/diplomacy-go/diplomacy/entities"
)

// benchDoc is one text with the inputs Stances takes.
type benchDoc struct {
	text     string
	sents    []entities.Span
	mentions []entities.Mention
	voices   []Voice
}

// evalDocs loads the texts of the shared evaluation suites, when present,
// with mentions from the entities package: realistic wire copy.
func evalDocs(b *testing.B) ([]benchDoc, int) {
	b.Helper()
	suite, n := devsuite.Load(b, "places-dev", "quotes-dev")
	docs := make([]benchDoc, 0, len(suite))
	for _, d := range suite {
		docs = append(docs, benchDoc{d.Text, splitSentences(d.Text), entities.Find(d.Text, d.Published), quoteVoices(d.Text, "")})
	}
	return docs, n
}

// syntheticDocs is a self-contained stand-in for evalDocs.
func syntheticDocs() ([]benchDoc, int) {
	paras := []string{
		"MOSCOW, March 3 - Russia's Foreign Ministry on Tuesday condemned the new sanctions imposed by the European Union, calling them illegal and counterproductive. \"We regret that Brussels has once again chosen confrontation,\" a spokeswoman said.",
		"Chile and Peru agreed to deepen their strategic partnership during a visit by the Chilean president to Lima, where the two leaders hailed the fruitful talks and signed a memorandum on trade.",
		"Japan sent two destroyers to the strait on Monday. China condemned the move and warned that it would take all necessary measures to defend its sovereignty.",
		"Shares of the company rose 3 percent after it reported higher quarterly profits, analysts said, while the dollar fell against the yen in thin trading.",
		"Ghana's foreign minister welcomed Togo's decision to reopen the border, saying the two neighbours enjoyed warm and friendly relations and would not allow smugglers to undermine them.",
	}
	var docs []benchDoc
	n := 0
	for i := range 40 {
		text := paras[i%len(paras)] + "\n" + paras[(i+2)%len(paras)]
		docs = append(docs, benchDoc{text, splitSentences(text), findMentions(text), quoteVoices(text, "RUS")})
		n += len(text)
	}
	return docs, n
}

func benchDocs(b *testing.B, docs []benchDoc, n int) {
	l := Default()
	b.Run("StancesTone", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, d := range docs {
				l.Stances(d.text, d.sents, d.mentions, d.voices)
				l.Tone(d.text, d.sents)
			}
		}
	})
	b.Run("Analyze", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, d := range docs {
				l.Analyze(d.text, d.sents, d.mentions, d.voices)
			}
		}
	})
}

// BenchmarkEval runs over the evaluation suites' texts (skipped without them).
func BenchmarkEval(b *testing.B) {
	docs, n := evalDocs(b)
	benchDocs(b, docs, n)
}

// BenchmarkSynthetic runs over texts of its own.
func BenchmarkSynthetic(b *testing.B) {
	docs, n := syntheticDocs()
	if !strings.Contains(docs[0].text, "Russia") {
		b.Fatal("bad synthetic text")
	}
	benchDocs(b, docs, n)
}

// BenchmarkLargeDoc runs Analyze over one long document, where the memory a
// call takes must stay proportional to the text.
func BenchmarkLargeDoc(b *testing.B) {
	docs, _ := syntheticDocs()
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, d := range docs {
			sb.WriteString(d.text)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	sents, mentions, voices := splitSentences(text), findMentions(text), quoteVoices(text, "RUS")
	l := Default()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		l.Analyze(text, sents, mentions, voices)
	}
}
