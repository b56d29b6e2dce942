//go:build !race

package timex

import (
	"strings"
	"testing"
)

// TestFindAllocs checks that a call allocates a small number of times
// however many expressions it finds: the returned slice and the arena of
// the values, which grows by doubling when a text is far denser in
// expressions than news copy (the race detector makes sync.Pool drop
// items, so the test does not run under it).
func TestFindAllocs(t *testing.T) {
	tests := []struct {
		name string
		text string
		max  float64
	}{
		{"none", "The ministers met in Brussels and agreed on a joint statement.", 0},
		{"few", "The ministers met on Wednesday and will meet again next month.", 2},
		{"many", strings.Repeat("Talks ran November 19-22, 2021, and resumed last Friday at 3 p.m.; "+
			"exports rose in the third quarter of 2020 and every week since the 1990s. ", 30), 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Find(tt.text, wed) // fill the pool
			if got := testing.AllocsPerRun(20, func() { Find(tt.text, wed) }); got > tt.max {
				t.Errorf("Find allocates %v times per call, want at most %v", got, tt.max)
			}
		})
	}
}
