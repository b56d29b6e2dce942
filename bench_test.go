package diplomacy_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/diplomacy-go/diplomacy"
	"github.com/diplomacy-go/diplomacy/agreements"
	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/events"
	"github.com/diplomacy-go/diplomacy/internal/devsuite"
	"github.com/diplomacy-go/diplomacy/internal/text"
	"github.com/diplomacy-go/diplomacy/quotes"
	"github.com/diplomacy-go/diplomacy/sentiment"
	"github.com/diplomacy-go/diplomacy/timex"
)

// The benchmark corpus is generated from sentence patterns so that its
// size and mix are controlled: short wire items, 2-5 KB articles and 50 KB
// statements.
var (
	benchActors = [][2]string{
		{"Russia", "Russian"}, {"Cuba", "Cuban"}, {"China", "Chinese"}, {"Japan", "Japanese"},
		{"Brazil", "Brazilian"}, {"India", "Indian"}, {"France", "French"}, {"Turkey", "Turkish"},
		{"Iran", "Iranian"}, {"Germany", "German"}, {"Egypt", "Egyptian"}, {"Kenya", "Kenyan"},
	}
	benchPatterns = []string{
		"%[2]s Foreign Minister Ana Lopez held talks with her %[4]s counterpart in %[3]s on Monday.",
		"%[1]s and %[3]s signed a memorandum of understanding on energy cooperation last month.",
		"\"We value the friendship between our peoples,\" the %[2]s president said on Tuesday.",
		"%[1]s condemned the sanctions imposed by %[3]s, calling them illegal and unfair.",
		"The two sides agreed to deepen their strategic partnership in trade and industry.",
		"Officials from %[1]s said the talks were constructive and would continue next week.",
		"%[3]s urged %[1]s to release the detained journalists, the ministry said in a statement.",
		"Trade between %[1]s and %[3]s rose 12 percent in 2023 to $4.5 billion, customs data showed.",
		"The %[4]s delegation arrived in the capital for a three-day visit, state media reported.",
		"Analysts said the agreement could reshape the region's energy market over the next decade.",
	}
)

func benchSentence(r *rand.Rand) string {
	a := benchActors[r.IntN(len(benchActors))]
	b := benchActors[r.IntN(len(benchActors))]
	return fmt.Sprintf(benchPatterns[r.IntN(len(benchPatterns))], a[0], a[1], b[0], b[1])
}

// benchDoc returns a generated document of about n bytes with a headline
// and a dateline, in paragraphs of one to three sentences.
func benchDoc(r *rand.Rand, n int) string {
	var b strings.Builder
	a := benchActors[r.IntN(len(benchActors))]
	fmt.Fprintf(&b, "%s weighs new steps in talks with partners\nNAIROBI, March %d (Wire) - ", a[0], 1+r.IntN(28))
	for b.Len() < n {
		for k := 0; k < 1+r.IntN(3); k++ {
			b.WriteString(benchSentence(r))
			b.WriteByte(' ')
		}
		b.WriteString("\n")
	}
	return b.String()
}

type benchCorpus struct {
	name  string
	docs  []string
	bytes int
}

func corpora() []benchCorpus {
	r := rand.New(rand.NewPCG(1, 2))
	mk := func(name string, count, size int) benchCorpus {
		c := benchCorpus{name: name}
		for i := 0; i < count; i++ {
			d := benchDoc(r, size)
			c.docs = append(c.docs, d)
			c.bytes += len(d)
		}
		return c
	}
	return []benchCorpus{
		mk("wire-400B", 200, 400),
		mk("article-3KB", 40, 3000),
		mk("statement-50KB", 3, 50000),
	}
}

var benchRef = time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)

// BenchmarkParseCorpus measures Parse on one goroutine per corpus kind.
func BenchmarkParseCorpus(b *testing.B) {
	p, _ := diplomacy.NewParser(diplomacy.Options{})
	for _, c := range corpora() {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(c.bytes))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range c.docs {
					if _, err := p.Parse(d, benchRef); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkParseSize shows how the cost per byte grows with document size:
// each size parses about 4 MB of distinct generated documents (1,024 of
// 4 KB, 64 of 64 KB, one of 4 MB), so that the small sizes are not helped
// by parsing one text that stays in the processor's cache.
func BenchmarkParseSize(b *testing.B) {
	p, _ := diplomacy.NewParser(diplomacy.Options{})
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{4 << 10, 64 << 10, 4 << 20} {
		var docs []string
		total := 0
		for total < 4<<20 {
			d := benchDoc(r, n)
			docs = append(docs, d)
			total += len(d)
		}
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					if _, err := p.Parse(d, benchRef); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// staged is a text with what its stages take from the stages before, for
// timing each stage alone.
type staged struct {
	text  string
	sents []entities.Span
	ms    []entities.Mention
	times []agreements.Time
	voice []sentiment.Voice
}

func stage(b *testing.B, s string) staged {
	doc, err := diplomacy.Parse(s, benchRef)
	if err != nil {
		b.Fatal(err)
	}
	sd := staged{text: s, sents: doc.Sentences, ms: doc.Mentions}
	for _, t := range doc.Times {
		sd.times = append(sd.times, agreements.Time{Span: entities.Span{Start: t.Start, End: t.End}, Type: t.Type, Value: t.Value})
	}
	for _, q := range doc.Quotes {
		sd.voice = append(sd.voice, sentiment.Voice{Span: q.Span, Actor: q.Actor})
	}
	return sd
}

// stages are the stages of Parse, each alone.
var stages = []struct {
	name string
	run  func(sd staged)
}{
	{"view", func(sd staged) { text.NewView(sd.text) }},
	{"segment", func(sd staged) { text.Segment(text.NewView(sd.text)) }},
	{"entities", func(sd staged) { entities.Find(sd.text, benchRef) }},
	{"times", func(sd staged) { timex.Find(sd.text, benchRef) }},
	{"quotes", func(sd staged) { quotes.Find(sd.text, sd.ms) }},
	{"events", func(sd staged) {
		for _, s := range sd.sents {
			events.Code(sd.text, s, sd.ms)
		}
	}},
	{"agreements", func(sd staged) { agreements.Extract(sd.text, sd.sents, sd.ms, sd.times) }},
	{"sentiment", func(sd staged) {
		l := sentiment.Default()
		l.Stances(sd.text, sd.sents, sd.ms, sd.voice)
		l.Tone(sd.text, sd.sents)
	}},
}

// benchStages times each stage over docs, which hold n bytes of text.
func benchStages(b *testing.B, suffix string, docs []staged, n int) {
	for _, st := range stages {
		b.Run(st.name+suffix, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, sd := range docs {
					st.run(sd)
				}
			}
		})
	}
}

// BenchmarkStages measures each stage alone over the 3 KB articles.
func BenchmarkStages(b *testing.B) {
	c := corpora()[1]
	var docs []staged
	for _, d := range c.docs {
		docs = append(docs, stage(b, d))
	}
	benchStages(b, "", docs, c.bytes)
}

// BenchmarkStagesSize times each stage alone on about 4 MB of 4 KB
// articles and on one 4 MB document, to show which stages cost more per
// byte on a long text.
func BenchmarkStagesSize(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{4 << 10, 4 << 20} {
		var docs []staged
		total := 0
		for total < 4<<20 {
			d := benchDoc(r, n)
			docs = append(docs, stage(b, d))
			total += len(d)
		}
		benchStages(b, fmt.Sprintf("/%dKB", n>>10), docs, total)
	}
}

// BenchmarkParseDev measures Parse over the Reuters wire copy of the
// places-dev suite (skipped where ../shared is absent).
func BenchmarkParseDev(b *testing.B) {
	docs, n := devsuite.Load(b, "places-dev")
	p, _ := diplomacy.NewParser(diplomacy.Options{})
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			ref := d.Published
			if ref.IsZero() {
				ref = benchRef
			}
			if _, err := p.Parse(d.Text, ref); err != nil {
				b.Fatal(err)
			}
		}
	}
}
