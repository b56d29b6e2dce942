package diplomacy

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplomacy-go/diplomacy/entities"
)

func TestAccusations(t *testing.T) {
	ev := entities.Evidence{Text: "x", Span: entities.Span{Start: 0, End: 1}}
	sts := []Stance{
		{Holder: "CUB", Target: "USA", Polarity: "negative", Score: -0.8, Evidence: ev},
		{Holder: "RUS", Target: "UKR", Polarity: "negative", Score: -0.9, Evidence: ev}, // already coded
		{Holder: "FRA", Target: "DEU", Polarity: "negative", Score: -0.2, Evidence: ev}, // too weak
		{Holder: "BRA", Target: "IND", Polarity: "positive", Score: 0.9, Evidence: ev},
	}
	evs := []Event{{Type: "THREATEN", Source: "UKR", Target: "RUS"}}
	got := accusations(evs, sts, "2022-12-28")
	if assert.Len(t, got, 2) {
		var added Event
		for _, e := range got {
			if e.Type == "ACCUSE" {
				added = e
			}
		}
		assert.Equal(t, "CUB", added.Source)
		assert.Equal(t, "USA", added.Target)
		assert.Equal(t, "111", added.CAMEO)
		assert.Equal(t, "2022-12-28", added.Date)
	}
}
