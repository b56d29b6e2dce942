package diplomacy

import (
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/diplomacy-go/diplomacy/agreements"
	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/events"
	"github.com/diplomacy-go/diplomacy/quotes"
	"github.com/diplomacy-go/diplomacy/sentiment"
	"github.com/diplomacy-go/diplomacy/timex"
)

// Event is a PLOVER/CAMEO-coded event (see package events).
type Event = events.Event

// Agreement is an agreement between actors (see package agreements).
type Agreement = agreements.Agreement

// Partnership is a partnership or alliance relation (see package agreements).
type Partnership = agreements.Partnership

// Sanction is a sanction regime and what the text says of it (see package agreements).
type Sanction = agreements.Sanction

// Quote is a direct quotation with its speaker (see package quotes).
type Quote = quotes.Quote

// Stance is one actor's attitude toward another (see package sentiment).
type Stance = sentiment.Stance

// parseDatelineDate reads a dateline's date against the caller's date.
func parseDatelineDate(s string, published time.Time) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	return timex.ParseDate(s, published)
}

// relScratch holds the slices relations hands to the relation packages,
// which copy what they keep.
type relScratch struct {
	ats    []agreements.Time
	voices []sentiment.Voice
	evs    []Event
}

var relPool = sync.Pool{New: func() any { return new(relScratch) }}

// put clears the references to the caller's text and returns sc to the
// pool, unless a very long text made it large.
func (sc *relScratch) put() {
	clear(sc.ats)
	clear(sc.voices)
	clear(sc.evs)
	if cap(sc.ats) > 1024 || cap(sc.voices) > 1024 || cap(sc.evs) > 1024 {
		return
	}
	relPool.Put(sc)
}

// relations runs the time tagger and the relation packages over a parsed
// text whose entities are known.
func (p *Parser) relations(doc *Document, s string, ref time.Time) {
	sc := relPool.Get().(*relScratch)
	defer sc.put()
	exprs := timex.Find(s, ref)
	doc.Times = make([]Time, 0, len(exprs))
	ats := slices.Grow(sc.ats[:0], len(exprs))
	for _, e := range exprs {
		if doc.Dateline != nil && e.Start >= doc.Dateline.Start && e.End <= doc.Dateline.End {
			continue // the dateline's date is reported in Dateline
		}
		doc.Times = append(doc.Times, Time{Text: e.Text, Type: e.Type, Value: e.Value, Start: e.Start, End: e.End})
		ats = append(ats, agreements.Time{Span: entities.Span{Start: e.Start, End: e.End}, Type: e.Type, Value: e.Value})
	}

	doc.Quotes = quotes.Find(s, doc.Mentions)
	if doc.Quotes == nil {
		doc.Quotes = []Quote{}
	}

	// The coder's events are gathered in a scratch slice: Merge copies
	// what it keeps.
	evs := sc.evs[:0]
	opt := events.Options{We: events.Issuers(s, doc.Mentions)}
	for _, sn := range doc.Sentences {
		// All mentions: the coder looks a bounded distance back for
		// "he", "the two presidents" and the like.
		n := len(evs)
		evs = events.AppendCodeWith(evs, s, sn, doc.Mentions, opt)
		for i := n; i < len(evs); i++ {
			if evs[i].Date == "" {
				evs[i].Date = sentenceDate(doc.Times, sn, doc.Published)
			}
		}
	}
	doc.Events = events.Merge(evs)
	sc.evs = evs
	if doc.Events == nil {
		doc.Events = []Event{}
	}

	sc.ats = ats
	res := agreements.Extract(s, doc.Sentences, doc.Mentions, ats)
	doc.Agreements, doc.Partnerships, doc.Sanctions = res.Agreements, res.Partnerships, res.Sanctions
	if doc.Agreements == nil {
		doc.Agreements = []Agreement{}
	}
	if doc.Partnerships == nil {
		doc.Partnerships = []Partnership{}
	}
	if doc.Sanctions == nil {
		doc.Sanctions = []Sanction{}
	}

	lex := sentiment.Default()
	voices := sc.voices[:0]
	for _, q := range doc.Quotes {
		voices = append(voices, sentiment.Voice{Span: q.Span, Actor: q.Actor})
	}
	sc.voices = voices
	st, tone := lex.Analyze(s, doc.Sentences, doc.Mentions, voices)
	doc.Stances = st
	if doc.Stances == nil {
		doc.Stances = []Stance{}
	}
	doc.Tone = math.Round(tone*1000) / 1000
	doc.Events = accusations(doc.Events, doc.Stances, doc.Published)
}

// accusations adds an ACCUSE event (CAMEO 111, criticize or denounce) for
// each strongly negative stance that no hostile event already codes: one
// state calling another an enemy or condemning its policy in a quote or a
// statement has accused it, even when no accusing verb links the two.
func accusations(evs []Event, sts []Stance, published string) []Event {
	tmpl, ok := events.Template("111")
	if !ok {
		return evs
	}
	hostile := map[[2]string]bool{}
	pair := func(a, b string) [2]string {
		if b < a {
			a, b = b, a
		}
		return [2]string{a, b}
	}
	for _, e := range evs {
		switch e.Type {
		case "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE":
			if !e.Negated {
				hostile[pair(e.Source, e.Target)] = true
			}
		}
	}
	added := false
	for _, st := range sts {
		if st.Polarity != "negative" || st.Score > -0.5 || hostile[pair(st.Holder, st.Target)] {
			continue
		}
		ev := tmpl
		ev.Source, ev.Target = st.Holder, st.Target
		ev.Evidence = st.Evidence
		ev.Date = published
		evs = append(evs, ev)
		hostile[pair(st.Holder, st.Target)] = true
		added = true
	}
	if added {
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].Evidence.Start < evs[j].Evidence.Start })
	}
	return evs
}

// sentenceDate is the date of an event reported in sentence sn: the first
// dated time expression of the sentence, else the reference date.
func sentenceDate(ts []Time, sn entities.Span, published string) string {
	// ts is sorted by Start.
	i := sort.Search(len(ts), func(i int) bool { return ts[i].Start >= sn.Start })
	for ; i < len(ts) && ts[i].Start < sn.End; i++ {
		t := ts[i]
		if t.End <= sn.End && t.Type == "DATE" && len(t.Value) >= 4 && t.Value[0] >= '0' && t.Value[0] <= '9' {
			return t.Value
		}
	}
	return published
}
