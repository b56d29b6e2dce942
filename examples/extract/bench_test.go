package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkJSONL measures the -jsonl batch mode over the places-dev
// suite's input lines, decoding and encoding included, with 1 and 2
// workers and the parser already built. It is skipped where ../shared is
// absent.
func BenchmarkJSONL(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "eval", "suites", "places-dev", "docs.jsonl"))
	if err != nil {
		b.Skipf("places-dev not available: %v", err)
	}
	p := parser(b)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if err := runJSONL(fixed(p), strings.NewReader(string(in)), io.Discard, workers, time.Time{}, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
