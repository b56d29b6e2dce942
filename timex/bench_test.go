package timex

import (
	"testing"

	"github.com/diplomacy-go/diplomacy/internal/devsuite"
)

// BenchmarkFindCorpus runs Find over the texts of real evaluation suites
// (skipped when the shared evaluation tree is not beside the module).
func BenchmarkFindCorpus(b *testing.B) {
	docs, n := devsuite.Load(b, "places-dev", "quotes-dev", "timex-dev")
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Find(d.Text, d.Published)
		}
	}
}
