package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkJSONL measures the -jsonl batch mode (one worker) over the
// places-dev suite's input lines, decoding and encoding included. It is
// skipped where ../shared is absent.
func BenchmarkJSONL(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "eval", "suites", "places-dev", "docs.jsonl"))
	if err != nil {
		b.Skipf("places-dev not available: %v", err)
	}
	p := parser(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if err := runJSONL(fixed(p), strings.NewReader(string(in)), io.Discard, 1, time.Time{}, false); err != nil {
			b.Fatal(err)
		}
	}
}
