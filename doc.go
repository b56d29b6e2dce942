// Package diplomacy turns diplomatic news text into typed, normalized facts
// with evidence: who is involved (countries, organizations, leaders with the
// role they held on the date), what happened (PLOVER/CAMEO-coded events),
// agreements, partnerships and sanctions, who said what (quotes with
// speakers), how actors regard each other (stances, tone) and when (TIMEX3
// time expressions normalized against the publication date).
//
// Every fact carries byte offsets into the caller's original text, so that
// text[Start:End] is exactly the words it was read from. Parsing needs no
// network and no model files: the dictionaries are embedded.
//
// The root package composes the leaf packages, each usable alone:
//
//   - entities: countries, organizations and leaders, date-aware
//   - timex: time expressions as TIMEX3
//   - events: the PLOVER/CAMEO event coder
//   - agreements: agreements, partnerships and sanctions
//   - quotes: quotations and their speakers
//   - sentiment: the diplomatic lexicon, tone and stance
//
// A Parser is built once and is safe for concurrent use:
//
//	p, err := diplomacy.NewParser(diplomacy.Options{})
//	doc, err := p.Parse(text, published)
//
// The JSON form of a Document (encoding/json) is the contract of
// examples/extract; Document.AppendJSON writes it faster (with <, > and &
// as they are), into a buffer the caller reuses.
package diplomacy
