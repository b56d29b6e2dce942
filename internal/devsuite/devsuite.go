// Package devsuite reads the texts of the project's development suites
// (../shared/eval/suites beside the module) for benchmarks over real wire
// copy. The suites are not part of the module: a benchmark that needs one
// is skipped where they are absent.
package devsuite

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Doc is one document of a suite.
type Doc struct {
	Text      string
	Published time.Time // zero when the suite gives none
}

// Load returns the documents of the named suites, in order, and their
// total text size in bytes. It skips tb when a suite cannot be read.
func Load(tb testing.TB, names ...string) ([]Doc, int) {
	tb.Helper()
	root, ok := moduleRoot()
	if !ok {
		tb.Skip("module root not found")
	}
	var docs []Doc
	n := 0
	for _, name := range names {
		f, err := os.Open(filepath.Join(root, "..", "shared", "eval", "suites", name, "docs.jsonl"))
		if err != nil {
			tb.Skipf("suite %s not available: %v", name, err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var d struct {
				Text      string `json:"text"`
				Published string `json:"published"`
			}
			if json.Unmarshal(sc.Bytes(), &d) != nil || d.Text == "" {
				continue
			}
			pub, _ := time.Parse("2006-01-02", d.Published)
			docs = append(docs, Doc{Text: d.Text, Published: pub})
			n += len(d.Text)
		}
		f.Close()
	}
	if len(docs) == 0 {
		tb.Skip("suites are empty")
	}
	return docs, n
}

// moduleRoot finds the directory of go.mod above the working directory.
func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
