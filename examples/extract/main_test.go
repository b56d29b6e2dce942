package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplomacy-go/diplomacy"
)

func parser(t testing.TB) *diplomacy.Parser {
	p, err := diplomacy.NewParser(diplomacy.Options{})
	require.NoError(t, err)
	return p
}

func TestProcess(t *testing.T) {
	p := parser(t)
	tests := []struct {
		name    string
		line    string
		id      string
		wantErr string
	}{
		{"document", `{"id":"a1","text":"Russia and Cuba met in Havana.","published":"2022-12-28"}`, "a1", ""},
		{"no published", `{"id":"a2","text":"Russia and Cuba met."}`, "a2", ""},
		{"bad json keeps id", `{"id":"a3","text": 12}`, "a3", "bad input line"},
		{"not json", `this is not json`, "", "bad input line"},
		{"bad date", `{"id":"a4","text":"Cuba.","published":"28/12/2022"}`, "a4", "published"},
		{"empty text", `{"id":"a5","text":"   "}`, "a5", "empty"},
		{"invalid utf8 escaped", `{"id":"a6","text":"Cuba\u0000Russia"}`, "a6", "NUL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := process(p, []byte(tt.line), time.Time{})
			var got map[string]any
			require.NoError(t, json.Unmarshal(out, &got), "%s", out)
			assert.Equal(t, tt.id, got["id"])
			// The id is the first field.
			assert.True(t, bytes.HasPrefix(out, []byte(`{"id":`)), "%s", out)
			if tt.wantErr != "" {
				assert.Contains(t, got["error"], tt.wantErr)
				return
			}
			assert.NotContains(t, got, "error")
			assert.Contains(t, got, "countries")
		})
	}
}

// TestJSONLOrder checks that output keeps input order and is byte-identical
// whatever the number of workers. The lines make many more batches than
// run ahead, so that batches are reused.
func TestJSONLOrder(t *testing.T) {
	p := parser(t)
	var in strings.Builder
	const n = 600
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Article %d: Russia and Cuba met in Havana on Monday to discuss energy.", i)
		if i%7 == 3 {
			fmt.Fprintf(&in, "{\"id\":\"d%d\",\"text\":\n", i) // broken line
			continue
		}
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%d", i), "text": text, "published": "2022-12-28"})
		in.Write(b)
		in.WriteString("\n")
	}
	run := func(workers int) string {
		var out bytes.Buffer
		require.NoError(t, runJSONL(fixed(p), strings.NewReader(in.String()), &out, workers, time.Time{}, false))
		return out.String()
	}
	one := run(1)
	lines := strings.Split(strings.TrimSpace(one), "\n")
	require.Len(t, lines, n)
	for i, l := range lines {
		var v struct {
			ID string `json:"id"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &v))
		if i%7 == 3 {
			continue // a broken line has no readable id
		}
		assert.Equal(t, fmt.Sprintf("d%d", i), v.ID)
	}
	for _, w := range []int{2, 4, 16} {
		assert.Equal(t, one, run(w), "workers=%d", w)
	}
}

func FuzzProcess(f *testing.F) {
	f.Add([]byte(`{"id":"x","text":"Russia and Cuba met.","published":"2022-12-28"}`))
	f.Add([]byte(`{"id":1}`))
	f.Add([]byte(`{"text":"\"\"\"","published":"2022-02-30"}`))
	f.Add([]byte("\xff\xfe"))
	p := parser(f)
	f.Fuzz(func(t *testing.T, line []byte) {
		out := process(p, line, time.Time{})
		var v map[string]any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, out)
		}
		if _, ok := v["id"]; !ok {
			t.Fatalf("output has no id: %s", out)
		}
	})
}

// fixed returns a parser function for runJSONL that gives p.
func fixed(p *diplomacy.Parser) func() (*diplomacy.Parser, error) {
	return func() (*diplomacy.Parser, error) { return p, nil }
}

// TestJSONLParserError checks that a parser that cannot be built ends the
// run with its error.
func TestJSONLParserError(t *testing.T) {
	broken := func() (*diplomacy.Parser, error) { return nil, fmt.Errorf("tables are broken") }
	var out bytes.Buffer
	err := runJSONL(broken, strings.NewReader(`{"id":"a","text":"Cuba met Peru."}`+"\n"), &out, 2, time.Time{}, false)
	require.EqualError(t, err, "tables are broken")
	assert.Empty(t, out.String())
}

// TestJSONLStreaming checks that a line is answered while the input is
// still open: batching must not wait for lines that have not come.
func TestJSONLStreaming(t *testing.T) {
	p := parser(t)
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- runJSONL(fixed(p), inR, outW, 2, time.Time{}, false)
		outW.Close()
	}()
	lines := bufio.NewReader(outR)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(inW, "{\"id\":\"s%d\",\"text\":\"Cuba and Peru met in Lima.\"}\n", i)
		got := make(chan string, 1)
		go func() {
			l, _ := lines.ReadString('\n')
			got <- l
		}()
		select {
		case l := <-got:
			assert.True(t, strings.HasPrefix(l, fmt.Sprintf(`{"id":"s%d",`, i)), "%s", l)
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer to line %d while the input stays open", i)
		}
	}
	inW.Close()
	require.NoError(t, <-done)
}

// FuzzJSONL checks the batch mode on any input: one output line per
// non-blank input line, each what process gives for that line, whatever
// the number of workers.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"Cuba met Peru.\"}\n\n{\"id\":\"b\",\"text\":\"x\"}"))
	f.Add([]byte("{\"id\":1}\n \r\n\xff\n{\"text\":\"\\\"hi\\\" he said\",\"published\":\"2020-01-01\"}\n"))
	f.Add([]byte(strings.Repeat("{\"id\":\"r\",\"text\":\"Iran.\"}\n", 40)))
	p := parser(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		var want bytes.Buffer
		for _, l := range bytes.SplitAfter(in, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				want.Write(process(p, l, time.Time{}))
				want.WriteByte('\n')
			}
		}
		for _, w := range []int{1, 3} {
			var out bytes.Buffer
			if err := runJSONL(fixed(p), bytes.NewReader(in), &out, w, time.Time{}, false); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), want.Bytes()) {
				t.Fatalf("workers=%d:\n got %q\nwant %q", w, out.Bytes(), want.Bytes())
			}
		}
	})
}

// TestJSONLLongLine checks that a line longer than the reader's buffer is
// read whole, between two short ones.
func TestJSONLLongLine(t *testing.T) {
	p := parser(t)
	long := strings.Repeat("Cuba and Peru signed a trade agreement in Lima on Monday. ", 1<<20/56+100)
	var lines []string
	for i, text := range []string{"Russia and Cuba met in Havana.", long, "Peru thanked Chile."} {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%d", i), "text": text, "published": "2022-12-28"})
		lines = append(lines, string(b))
	}
	require.Greater(t, len(lines[1]), 1<<20)
	var out bytes.Buffer
	require.NoError(t, runJSONL(fixed(p), strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, 2, time.Time{}, false))
	var want strings.Builder
	for _, l := range lines {
		want.Write(process(p, []byte(l), time.Time{}))
		want.WriteByte('\n')
	}
	assert.Equal(t, want.String(), out.String())
}

// TestBatchGCPercent checks that only -jsonl mode sets the collector's
// target, and only when GOGC leaves it open.
func TestBatchGCPercent(t *testing.T) {
	for _, tc := range []struct {
		jsonl bool
		gogc  string
		pct   int
		set   bool
	}{
		{true, "", 800, true},
		{true, "100", 0, false},
		{true, "off", 0, false},
		{false, "", 0, false},
	} {
		pct, set := batchGCPercent(tc.jsonl, tc.gogc)
		assert.Equal(t, tc.pct, pct, "jsonl=%v GOGC=%q", tc.jsonl, tc.gogc)
		assert.Equal(t, tc.set, set, "jsonl=%v GOGC=%q", tc.jsonl, tc.gogc)
	}
}
