package agreements_test

import (
	"fmt"
	"strings"

	"github.com/diplomacy-go/diplomacy/agreements"
	"github.com/diplomacy-go/diplomacy/entities"
)

func Example() {
	text := "Norway and Iceland signed a fisheries agreement in Oslo on Friday. " +
		"Both countries condemned the trade sanctions imposed on Iceland by the European Union."
	at := func(s string) entities.Span {
		i := strings.Index(text, s)
		return entities.Span{Start: i, End: i + len(s)}
	}
	mention := func(s, code string, kind entities.Kind, form string) entities.Mention {
		return entities.Mention{Span: at(s), Text: s, Kind: kind, Code: code, Form: form}
	}
	sents := []entities.Span{{Start: 0, End: 66}, {Start: 67, End: len(text)}}
	mentions := []entities.Mention{
		mention("Norway", "NOR", entities.KindCountry, "name"),
		mention("Iceland", "ISL", entities.KindCountry, "name"),
		mention("Oslo", "NOR", entities.KindCountry, "capital"),
		{Span: entities.Span{Start: strings.LastIndex(text, "Iceland"), End: strings.LastIndex(text, "Iceland") + 7},
			Text: "Iceland", Kind: entities.KindCountry, Code: "ISL", Form: "name"},
		mention("European Union", "EU", entities.KindOrganization, "name"),
	}
	times := []agreements.Time{{Span: at("Friday"), Type: "DATE", Value: "2024-05-17"}}

	r := agreements.Extract(text, sents, mentions, times)
	for _, a := range r.Agreements {
		fmt.Println(a.Parties, a.Kind, a.Status, a.Date, a.Sectors)
	}
	for _, s := range r.Sanctions {
		fmt.Println(s.Imposers, s.Targets, s.Kind, s.Action, s.By)
	}
	// Output:
	// [ISL NOR] agreement signed 2024-05-17 [fisheries]
	// [EU] [ISL] trade imposed []
}
