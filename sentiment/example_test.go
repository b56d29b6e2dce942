package sentiment_test

import (
	"fmt"
	"strings"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/sentiment"
)

func ExampleLexicon_Score() {
	l := sentiment.Default()
	for _, s := range []string{
		"The talks were fruitful and mutually beneficial.",
		"The talks were frank and candid.",
		"The talks were not constructive.",
		"We are deeply concerned by this provocation.",
	} {
		fmt.Printf("%+.2f %s\n", l.Score(s), s)
	}
	// Output:
	// +0.70 The talks were fruitful and mutually beneficial.
	// -0.24 The talks were frank and candid.
	// -0.32 The talks were not constructive.
	// -0.70 We are deeply concerned by this provocation.
}

func ExampleLexicon_Stances() {
	text := `Chile welcomed Peru's proposal. "Peru's stance is unacceptable," Bolivia said.`
	mention := func(name, code string) entities.Mention {
		i := strings.Index(text, name)
		return entities.Mention{Span: entities.Span{Start: i, End: i + len(name)}, Text: name, Kind: entities.KindCountry, Code: code, Form: "name"}
	}
	mentions := []entities.Mention{mention("Chile", "CHL"), mention("Peru", "PER"), mention("Bolivia", "BOL")}
	mentions = append(mentions, entities.Mention{Span: entities.Span{Start: 33, End: 37}, Text: "Peru", Kind: entities.KindCountry, Code: "PER", Form: "name"})
	sents := []entities.Span{{Start: 0, End: 31}, {Start: 32, End: len(text)}}
	quote := sentiment.Voice{Span: entities.Span{Start: 33, End: 63}, Actor: "BOL"}
	for _, s := range sentiment.Default().Stances(text, sents, mentions, []sentiment.Voice{quote}) {
		fmt.Printf("%s -> %s %s %.2f %q\n", s.Holder, s.Target, s.Polarity, s.Score, s.Evidence.Text)
	}
	// Output:
	// CHL -> PER positive 0.44 "Chile welcomed Peru's proposal."
	// BOL -> PER negative -0.42 "\"Peru's stance is unacceptable,\" Bolivia said."
}

func ExampleLexicon_Analyze() {
	text := "Chile welcomed Peru's fruitful proposal. Bolivia condemned it as a grave provocation."
	mentions := []entities.Mention{
		{Span: entities.Span{Start: 0, End: 5}, Text: "Chile", Kind: entities.KindCountry, Code: "CHL", Form: "name"},
		{Span: entities.Span{Start: 15, End: 19}, Text: "Peru", Kind: entities.KindCountry, Code: "PER", Form: "name"},
		{Span: entities.Span{Start: 41, End: 48}, Text: "Bolivia", Kind: entities.KindCountry, Code: "BOL", Form: "name"},
	}
	sents := []entities.Span{{Start: 0, End: 40}, {Start: 41, End: len(text)}}
	stances, tone := sentiment.Default().Analyze(text, sents, mentions, nil)
	for _, s := range stances {
		fmt.Printf("%s -> %s %s\n", s.Holder, s.Target, s.Polarity)
	}
	fmt.Printf("tone %+.2f\n", tone)
	// Output:
	// CHL -> PER positive
	// tone -0.05
}
