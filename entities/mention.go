package entities

// Span is a half-open range of byte offsets [Start, End) into the caller's
// original text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Kind is the kind of entity a Mention refers to.
type Kind uint8

// The kinds of entity a Mention can refer to.
const (
	KindCountry      Kind = iota + 1 // a state, by name, adjective, capital, seat or epithet
	KindOrganization                 // an international organization or a named group
	KindLeader                       // a named person acting in an official role
	// KindPlace is a place (city, US state) whose country is known. Find
	// does not produce it (a place counts only as a dateline, which Parse
	// reports as a country mention); callers may pass such mentions to the
	// relation packages, which never take a place as an actor.
	KindPlace
)

// String returns the lower-case name of the kind.
func (k Kind) String() string {
	switch k {
	case KindCountry:
		return "country"
	case KindOrganization:
		return "organization"
	case KindLeader:
		return "leader"
	case KindPlace:
		return "place"
	}
	return "unknown"
}

// Mention is one reference to an entity in a text.
//
// Code is the actor code the mention stands for: an ISO 3166 alpha-3 code for
// a country (or a place's country), an organization code such as "UN" for an
// organization, and the code of the state or organization a leader acts for.
type Mention struct {
	Span
	Text string // the surface text, exactly text[Start:End]
	Kind Kind
	Code string
	// Form says how a country or organization was named: "name", "abbr",
	// "adjective", "capital", "seat", "epithet", "anaphor", "city", "state",
	// "group" (e.g. "Sudanese rebels").
	Form string
	// Leader fields, set when Kind is KindLeader.
	Name  string // canonical full name
	Role  string // head_of_state, head_of_government, foreign_minister, ...
	Title string // surface title, e.g. "President"

	tentative bool // set while a bare family name awaits its state
}

// Evidence is the stretch of text a fact was read from.
type Evidence struct {
	Text string `json:"text"`
	Span
}
