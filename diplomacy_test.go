package diplomacy_test

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplomacy-go/diplomacy"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// published dates of the articles in testdata.
var published = map[string]string{
	"japan-australia-visit":  "2023-01-06",
	"eu-sanctions-statement": "2025-02-24",
	"un-council-meeting":     "2022-10-09",
}

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

func marshal(t testing.TB, doc *diplomacy.Document) []byte {
	t.Helper()
	b, err := json.MarshalIndent(doc, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

// TestGolden parses the articles of testdata and compares the JSON with
// the golden files; go test -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			doc, err := diplomacy.Parse(string(b), day(published[name]))
			require.NoError(t, err)
			got := marshal(t, doc)
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			if d := cmp.Diff(string(want), string(got)); d != "" {
				t.Errorf("%s (-want +got):\n%s", golden, d)
			}
		})
	}
}

func TestInputErrors(t *testing.T) {
	p, err := diplomacy.NewParser(diplomacy.Options{MaxBytes: 64})
	require.NoError(t, err)
	tests := []struct {
		name string
		in   string
		want error
		off  int
	}{
		{"empty", "", diplomacy.ErrEmpty, 0},
		{"blank", " \n\t ", diplomacy.ErrEmpty, 0},
		{"nul", "Russia\x00Cuba", diplomacy.ErrNUL, 6},
		{"invalid utf8", "Cuba\n\xffRussia", diplomacy.ErrInvalidUTF8, 5},
		{"truncated rune", "Díaz\xc3", diplomacy.ErrInvalidUTF8, 5},
		{"too large", strings.Repeat("a", 65), diplomacy.ErrTooLarge, 64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := p.Parse(tt.in, time.Time{})
			assert.Nil(t, doc)
			require.ErrorIs(t, err, tt.want)
			var ie *diplomacy.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tt.off, ie.Offset)
		})
	}
	var ie *diplomacy.InputError
	_, err = p.Parse("ok\n\xff", time.Time{})
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, 2, ie.Line)
	assert.Equal(t, 1, ie.Column)

	_, err = diplomacy.NewParser(diplomacy.Options{MaxBytes: -1})
	assert.Error(t, err)
}

// TestEmptyListsNotNull checks the JSON contract: lists are [] even when empty.
func TestEmptyListsNotNull(t *testing.T) {
	doc, err := diplomacy.Parse("Nothing happened here today.", time.Time{})
	require.NoError(t, err)
	b := string(marshal(t, doc))
	assert.Equal(t, 1, strings.Count(b, "null"), "only the dateline may be null:\n%s", b)
	assert.Contains(t, b, `"dateline": null`)
	for _, k := range []string{"countries", "organizations", "leaders", "events", "agreements", "partnerships", "sanctions", "quotes", "stances", "times"} {
		assert.Contains(t, b, `"`+k+`": [`, k)
	}
}

func TestSpansExact(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		s := string(b)
		doc, err := diplomacy.Parse(s, time.Time{})
		require.NoError(t, err)
		checkSpans(t, s, doc)
	}
}

func checkSpans(t testing.TB, s string, doc *diplomacy.Document) {
	t.Helper()
	in := func(start, end int, text string) {
		t.Helper()
		if start < 0 || start > end || end > len(s) {
			t.Fatalf("span %d-%d out of range %d", start, end, len(s))
		}
		if text != "" && s[start:end] != text {
			t.Fatalf("span %d-%d is %q, fact says %q", start, end, s[start:end], text)
		}
	}
	for _, c := range doc.Countries {
		for _, m := range c.Mentions {
			in(m.Start, m.End, m.Text)
		}
	}
	for _, o := range doc.Organizations {
		for _, m := range o.Mentions {
			in(m.Start, m.End, m.Text)
		}
	}
	for _, l := range doc.Leaders {
		for _, m := range l.Mentions {
			in(m.Start, m.End, m.Text)
		}
	}
	for _, e := range doc.Events {
		in(e.Evidence.Start, e.Evidence.End, e.Evidence.Text)
	}
	for _, a := range doc.Agreements {
		in(a.Evidence.Start, a.Evidence.End, a.Evidence.Text)
	}
	for _, p := range doc.Partnerships {
		in(p.Evidence.Start, p.Evidence.End, p.Evidence.Text)
	}
	for _, x := range doc.Sanctions {
		in(x.Evidence.Start, x.Evidence.End, x.Evidence.Text)
	}
	for _, q := range doc.Quotes {
		in(q.Start, q.End, q.Text)
	}
	for _, st := range doc.Stances {
		in(st.Evidence.Start, st.Evidence.End, st.Evidence.Text)
	}
	for _, tm := range doc.Times {
		in(tm.Start, tm.End, tm.Text)
	}
	if d := doc.Dateline; d != nil {
		in(d.Start, d.End, "")
	}
}

// TestConcurrent shares one Parser between goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	p, err := diplomacy.NewParser(diplomacy.Options{})
	require.NoError(t, err)
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, string(b))
	}
	want := make([][]byte, len(texts))
	for i, s := range texts {
		doc, err := p.Parse(s, day("2023-01-06"))
		require.NoError(t, err)
		want[i] = marshal(t, doc)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				i := (g + k) % len(texts)
				doc, err := p.Parse(texts[i], day("2023-01-06"))
				if err != nil {
					errs <- err.Error()
					return
				}
				b, _ := json.MarshalIndent(doc, "", "  ")
				if string(append(b, '\n')) != string(want[i]) {
					errs <- fmt.Sprintf("text %d: output differs between runs", i)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, fn := range files {
		b, _ := os.ReadFile(fn)
		f.Add(string(b))
	}
	for _, s := range []string{
		"\"\"\"", "MOSCOW, December 28. /TASS/.", "« Non », a dit Paris.", "\u201cWe agree,\u201d he said, \u201cfully.\u201d",
		"U.S.-led sanctions on Iran's oil", "\ufeffBOM text\r\nwith CRLF", "((((((((", "KOKOMO, Ind., March 3 -",
	} {
		f.Add(s)
	}
	p, _ := diplomacy.NewParser(diplomacy.Options{})
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := p.Parse(s, day("2022-12-28"))
		if err != nil {
			return
		}
		checkSpans(t, s, doc)
		checkAppendJSON(t, doc)
	})
}

func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var sb strings.Builder
	for _, f := range files {
		bs, _ := os.ReadFile(f)
		sb.Write(bs)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	p, _ := diplomacy.NewParser(diplomacy.Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Parse(text, day("2023-01-06")); err != nil {
			b.Fatal(err)
		}
	}
}

// TestManyEntities groups the mentions of more distinct entities than
// collectEntities keeps in its short list, in order of first mention.
func TestManyEntities(t *testing.T) {
	names := []string{"France", "Germany", "Italy", "Spain", "Portugal", "Greece", "Turkey", "Egypt",
		"Kenya", "Nigeria", "Ghana", "Senegal", "Morocco", "Algeria", "Tunisia", "Libya",
		"Sudan", "Ethiopia", "Somalia", "Uganda", "Tanzania", "Zambia", "Angola", "Namibia",
		"Botswana", "Mozambique", "Madagascar", "India", "Pakistan", "Nepal", "Bhutan", "Bangladesh",
		"Vietnam", "Thailand", "Cambodia", "Laos", "Malaysia", "Indonesia", "Philippines", "Japan"}
	var sb strings.Builder
	for round := 0; round < 2; round++ {
		for i, n := range names {
			fmt.Fprintf(&sb, "Envoys from %s arrived for the summit on day %d. ", n, i+1)
		}
		sb.WriteString("\n\n")
	}
	doc, err := diplomacy.Parse(sb.String(), day("2024-05-02"))
	require.NoError(t, err)
	require.Len(t, doc.Countries, len(names))
	for i, c := range doc.Countries {
		assert.Equal(t, names[i], c.Name)
		if assert.Len(t, c.Mentions, 2, c.Name) {
			assert.Less(t, c.Mentions[0].Start, c.Mentions[1].Start)
		}
	}
}
