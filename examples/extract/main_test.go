package main

import (
	"bytes"
	"encoding/json"
	"fmt"
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
// whatever the number of workers.
func TestJSONLOrder(t *testing.T) {
	p := parser(t)
	var in strings.Builder
	for i := 0; i < 60; i++ {
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
	require.Len(t, lines, 60)
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
