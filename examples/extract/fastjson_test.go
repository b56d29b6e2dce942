package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDecodeFast checks lines the fast path must read, and lines it must
// leave to encoding/json, against encoding/json itself.
func TestDecodeFast(t *testing.T) {
	read := []string{
		`{"id":"a1","text":"Cuba and Peru met.","published":"2024-03-01"}`,
		` { "text" : "x" , "id" : "b" } ` + "\r\n",
		`{}`,
		`{"id":"a","extra":"ignored","text":"t"}`,
		`{"id":"a","id":"b"}`,
		`{"text":"quote \"here\", tab\t, slash \/ back \\ line\nend \b\f\r"}`,
		`{"text":"\u00e9t\u00C9 \u4e2d \ud83d\ude00 \u0000"}`,
		`{"text":"déjà vu – “quoted” 中文 😀"}`,
		`{"\u0069d":"escaped key"}`,
		`{"id":"a","gold":{"countries":["ARG","BRA"],"n":-1.5e+3,"ok":true,"no":false,"z":null,"e":[],"o":{}}}`,
		`{"n":0,"m":-0.25,"k":1E9,"arr":[1, "two", [3]]}`,
	}
	for _, line := range read {
		got, ok := decodeFast([]byte(line))
		if !assert.True(t, ok, "fast path declined %s", line) {
			continue
		}
		var want input
		if assert.NoError(t, json.Unmarshal([]byte(line), &want), line) {
			assert.Equal(t, want, got, line)
		}
	}
	declined := []string{
		``,
		`[]`,
		`{"id":1}`,
		`{"id":null}`,
		`{"n":01}`,
		`{"n":1.}`,
		`{"n":-}`,
		`{"n":1e}`,
		`{"n":+1}`,
		`{"n":.5}`,
		`{"n":tru}`,
		`{"n":[1,]}`,
		`{"n":{"a"}}`,
		`{"n":{1:2}}`,
		`{"n":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`,
		`{"ID":"upper case key"}`,
		`{"Text":"x"}`,
		`{"publiſhed":"long s folds to s"}`,
		`{"id":"a",}`,
		`{"id":"a"} trailing`,
		`{"id":"a"`,
		`{"id":"bad \x escape"}`,
		"{\"id\":\"raw \x01 control\"}",
		"{\"id\":\"invalid \xff utf8\"}",
		`{"id":"lone \ud800 surrogate"}`,
		`{"id":"reversed \udc00\ud800 pair"}`,
		`{"id":"short \u12"}`,
		`{"id" "no colon"}`,
	}
	for _, line := range declined {
		_, ok := decodeFast([]byte(line))
		assert.False(t, ok, "fast path read %q", line)
	}
}

// FuzzDecodeFast checks that whenever the fast path reads a line,
// encoding/json reads it too, to the same input.
func FuzzDecodeFast(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","text":"Cuba and Peru met.","published":"2024-03-01"}`,
		`{"text":"\u00e9 \ud83d\ude00 \"q\" \\ \/ \n"}`,
		`{"iD":"x","TEXT":"y"}`,
		"{\"id\":\"\xe2\x80\x9cq\xe2\x80\x9d\"}",
		` {"id" : "a" , "x":"y"}` + "\n",
		`{"id":"a","gold":{"c":["ARG"],"n":-1.5e+3,"t":true,"z":null}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		got, ok := decodeFast(line)
		if !ok {
			return
		}
		var want input
		if err := json.Unmarshal(line, &want); err != nil {
			t.Fatalf("fast path read %q, encoding/json fails: %v", line, err)
		}
		if got != want {
			t.Fatalf("%q: fast path %+v, encoding/json %+v", line, got, want)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	line := []byte(`{"id":"r-1","text":"` + strings.Repeat(`Cuba and Peru met in Lima on Monday, the \"ministry\" said.\n`, 15) + `","published":"2024-03-01"}`)
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			decodeFast(line)
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			var in input
			_ = json.Unmarshal(line, &in)
		}
	})
}

// TestAppendID checks the id against json.Marshal, HTML escaping included.
func TestAppendID(t *testing.T) {
	for _, id := range []string{"", "reuters-6", "a b", `q"uote`, `back\slash`, "<b>&", "tab\t", "é", "\u2028", "\xff", "del\x7f"} {
		want, err := json.Marshal(id)
		if assert.NoError(t, err) {
			assert.Equal(t, string(want), string(appendID(nil, id)), "%q", id)
		}
	}
}
