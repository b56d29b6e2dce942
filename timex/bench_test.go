package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// corpusDoc is one line of an evaluation suite (only the fields the benchmark needs).
type corpusDoc struct {
	Text      string `json:"text"`
	Published string `json:"published"`
}

// loadSuites reads the texts of the named evaluation suites when the shared
// evaluation tree is present next to the module; it skips the benchmark otherwise.
func loadSuites(b *testing.B, names ...string) ([]corpusDoc, int64) {
	b.Helper()
	var docs []corpusDoc
	var n int64
	for _, name := range names {
		f, err := os.Open(filepath.Join("..", "..", "shared", "eval", "suites", name, "docs.jsonl"))
		if err != nil {
			b.Skipf("suite %s not available: %v", name, err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var d corpusDoc
			if json.Unmarshal(sc.Bytes(), &d) == nil {
				docs = append(docs, d)
				n += int64(len(d.Text))
			}
		}
		f.Close()
	}
	if len(docs) == 0 {
		b.Skip("no documents")
	}
	return docs, n
}

// BenchmarkFindCorpus runs Find over the texts of real evaluation suites
// (skipped when /work/shared/eval is not available).
func BenchmarkFindCorpus(b *testing.B) {
	docs, n := loadSuites(b, "places-dev", "quotes-dev", "timex-dev")
	refs := make([]time.Time, len(docs))
	for i, d := range docs {
		refs[i], _ = time.Parse("2006-01-02", d.Published)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			Find(d.Text, refs[i])
		}
	}
}
