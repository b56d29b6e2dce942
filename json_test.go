package diplomacy_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplomacy-go/diplomacy"
	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/internal/devsuite"
)

// checkAppendJSON fails t unless AppendJSON writes what encoding/json's
// Encoder writes with SetEscapeHTML(false).
func checkAppendJSON(t testing.TB, doc *diplomacy.Document) {
	t.Helper()
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	got, err := doc.AppendJSON([]byte("prefix"))
	if err != nil {
		t.Fatal(err)
	}
	if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got[len("prefix"):], w) {
		t.Fatalf("AppendJSON differs from encoding/json:\n got %s\nwant %s", got[len("prefix"):], w)
	}
}

// TestAppendJSON compares AppendJSON with encoding/json on parsed texts
// (the golden articles, the generated corpus and, where ../shared is
// present, the dev suites) and on a document of awkward values.
func TestAppendJSON(t *testing.T) {
	p, err := diplomacy.NewParser(diplomacy.Options{})
	require.NoError(t, err)
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for _, c := range corpora() {
		texts = append(texts, c.docs...)
	}
	for _, s := range texts {
		doc, err := p.Parse(s, benchRef)
		require.NoError(t, err)
		checkAppendJSON(t, doc)
	}
	odd := "ctl \x00\x01\b\f\n\r\t\x1f\x7f \"q\" \\ <a&b> \u2028\u2029 \xff\xfe é 😀"
	ev := entities.Evidence{Text: odd, Span: entities.Span{Start: 1, End: 2}}
	doc := &diplomacy.Document{
		Title:     odd,
		Dateline:  &diplomacy.Dateline{Place: odd, Country: "CUB", Date: "2024-01-02", Start: 3, End: 9},
		Countries: []diplomacy.Country{{Code: "CUB", Name: odd, Mentions: []diplomacy.Mention{{Text: odd, Start: -1, End: 1 << 40}}}},
		Leaders:   []diplomacy.Leader{{Name: odd}},
		Events: []diplomacy.Event{
			{Type: "CONSULT", Goldstein: 1e-7, Evidence: ev, Negated: true},
			{Goldstein: -1e21}, {Goldstein: math.Copysign(0, -1)}, {Goldstein: 0.1}, {Goldstein: 123456789.125},
		},
		Agreements: []diplomacy.Agreement{{Parties: []string{"A", odd}, Sectors: []string{}}, {}},
		Sanctions:  []diplomacy.Sanction{{Imposers: []string{"USA"}, By: []string{}}},
		Quotes:     []diplomacy.Quote{{Text: odd, Span: entities.Span{Start: 4, End: 5}}},
		Stances:    []diplomacy.Stance{{Score: -0.25, Evidence: ev}},
		Times:      []diplomacy.Time{{Text: odd, Type: "DATE"}},
		Tone:       1e-300,
	}
	checkAppendJSON(t, doc)
	checkAppendJSON(t, &diplomacy.Document{})

	doc.Tone = math.NaN()
	_, err = doc.AppendJSON(nil)
	require.Error(t, err)
	_, err = json.Marshal(doc)
	require.Error(t, err, "encoding/json fails on NaN too")

	t.Run("dev suites", func(t *testing.T) {
		docs, _ := devsuite.Load(t, "diplo-dev", "quotes-dev", "places-dev")
		for _, d := range docs {
			doc, err := p.Parse(d.Text, d.Published)
			if err != nil {
				continue
			}
			checkAppendJSON(t, doc)
		}
	})
}

func BenchmarkAppendJSON(b *testing.B) {
	p, _ := diplomacy.NewParser(diplomacy.Options{})
	var docs []*diplomacy.Document
	for _, s := range corpora()[1].docs {
		doc, _ := p.Parse(s, benchRef)
		docs = append(docs, doc)
	}
	var buf []byte
	n := 0
	for _, d := range docs {
		buf, _ = d.AppendJSON(buf[:0])
		n += len(buf)
	}
	b.Run("AppendJSON", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				buf, _ = d.AppendJSON(buf[:0])
			}
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		var out bytes.Buffer
		enc := json.NewEncoder(&out)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			for _, d := range docs {
				out.Reset()
				_ = enc.Encode(d)
			}
		}
	})
}
