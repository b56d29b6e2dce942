package diplomacy_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/diplomacy-go/diplomacy"
	"github.com/diplomacy-go/diplomacy/agreements"
	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/events"
	"github.com/diplomacy-go/diplomacy/internal/text"
	"github.com/diplomacy-go/diplomacy/quotes"
	"github.com/diplomacy-go/diplomacy/sentiment"
	"github.com/diplomacy-go/diplomacy/timex"
)

func BenchmarkStagesSize(b *testing.B) {
	type prepared struct {
		text  string
		sents []entities.Span
		ms    []entities.Mention
		times []agreements.Time
		voice []sentiment.Voice
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{4 << 10, 4 << 20} {
		var docs []prepared
		total := 0
		for total < 4<<20 {
			d := benchDoc(r, n)
			doc, err := diplomacy.Parse(d, benchRef)
			if err != nil {
				b.Fatal(err)
			}
			pd := prepared{text: d, sents: doc.Sentences, ms: doc.Mentions}
			for _, t := range doc.Times {
				pd.times = append(pd.times, agreements.Time{Span: entities.Span{Start: t.Start, End: t.End}, Type: t.Type, Value: t.Value})
			}
			for _, q := range doc.Quotes {
				pd.voice = append(pd.voice, sentiment.Voice{Span: q.Span, Actor: q.Actor})
			}
			docs = append(docs, pd)
			total += len(d)
		}
		stages := []struct {
			name string
			run  func(pd prepared)
		}{
			{"segment", func(pd prepared) { text.Segment(text.NewView(pd.text)) }},
			{"entities", func(pd prepared) { entities.Find(pd.text, benchRef) }},
			{"times", func(pd prepared) { timex.Find(pd.text, benchRef) }},
			{"quotes", func(pd prepared) { quotes.Find(pd.text, pd.ms) }},
			{"events", func(pd prepared) {
				for _, s := range pd.sents {
					events.Code(pd.text, s, pd.ms)
				}
			}},
			{"agreements", func(pd prepared) { agreements.Extract(pd.text, pd.sents, pd.ms, pd.times) }},
			{"sentiment", func(pd prepared) {
				l := sentiment.Default()
				l.Stances(pd.text, pd.sents, pd.ms, pd.voice)
				l.Tone(pd.text, pd.sents)
			}},
		}
		for _, st := range stages {
			b.Run(fmt.Sprintf("%s/%dKB", st.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(total))
				b.ReportAllocs()
				for b.Loop() {
					for _, pd := range docs {
						st.run(pd)
					}
				}
			})
		}
	}
}
