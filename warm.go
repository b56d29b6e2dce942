package diplomacy

import (
	"sync"
	"time"

	"github.com/diplomacy-go/diplomacy/agreements"
	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/events"
	"github.com/diplomacy-go/diplomacy/quotes"
	"github.com/diplomacy-go/diplomacy/sentiment"
	"github.com/diplomacy-go/diplomacy/timex"
)

// warmText is a short text that makes each relation package build its
// lexicons, which they otherwise do on first use.
const warmText = `"We welcome the agreement," the foreign minister said on Monday. ` +
	`The two countries signed a trade deal and condemned the new sanctions.`

// warmLexicons builds the lexicons of the relation packages once, each in
// a goroutine of its own. NewParser runs it beside the building of the
// entity tables, so that a program's start-up is spread over the
// processor's cores, and the first Parse pays for none of it.
var warmLexicons = sync.OnceFunc(func() {
	ref := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	sents := []entities.Span{{Start: 0, End: len(warmText)}}
	var wg sync.WaitGroup
	wg.Go(func() { events.Code(warmText, sents[0], nil) })
	wg.Go(func() { sentiment.Default().Analyze(warmText, sents, nil, nil) })
	wg.Go(func() { agreements.Extract(warmText, sents, nil, nil) })
	wg.Go(func() { timex.Find(warmText, ref) })
	wg.Go(func() { quotes.Find(warmText, nil) })
	wg.Wait()
})
