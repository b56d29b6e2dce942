package diplomacy

import (
	"slices"
	"sort"
	"time"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/internal/text"
)

// Mention is one place in the text where an entity is named: the surface
// text and its byte offsets into the original input.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Country is a state the text refers to, with every mention of it.
type Country struct {
	Code     string    `json:"code"` // ISO 3166-1 alpha-3 (ISO 3166-3 for former states)
	Name     string    `json:"name"`
	Mentions []Mention `json:"mentions"`
}

// Organization is an international organization or named group the text
// refers to.
type Organization struct {
	Code     string    `json:"code"`
	Name     string    `json:"name"`
	Mentions []Mention `json:"mentions"`
}

// Leader is a named person acting in an official role.
type Leader struct {
	Name     string    `json:"name"`    // canonical full name
	Title    string    `json:"title"`   // surface title, e.g. "President"
	Role     string    `json:"role"`    // head_of_state, foreign_minister, ...
	Country  string    `json:"country"` // code of the state or organization
	Mentions []Mention `json:"mentions"`
}

// Dateline is a wire dateline: where (and when) the story was filed.
type Dateline struct {
	Place   string `json:"place"`
	Country string `json:"country"`
	Date    string `json:"date"` // YYYY-MM-DD, or "" when it has none or no year can be inferred
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Time is a temporal expression normalized as TIMEX3.
type Time struct {
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET
	Value string `json:"value"` // TIMEX3 value; "" when it needs a reference date and none is known
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Document holds every fact read from one text. Lists are never nil and
// keep a deterministic order (by first mention).
type Document struct {
	Title         string         `json:"title"`
	Published     string         `json:"published"` // the reference date used, YYYY-MM-DD, or ""
	Dateline      *Dateline      `json:"dateline"`
	Countries     []Country      `json:"countries"`
	Organizations []Organization `json:"organizations"`
	Leaders       []Leader       `json:"leaders"`
	Events        []Event        `json:"events"`
	Agreements    []Agreement    `json:"agreements"`
	Partnerships  []Partnership  `json:"partnerships"`
	Sanctions     []Sanction     `json:"sanctions"`
	Quotes        []Quote        `json:"quotes"`
	Stances       []Stance       `json:"stances"`
	Times         []Time         `json:"times"`
	Tone          float64        `json:"tone"`

	// Mentions are the entity mentions the facts were built from, in
	// order; not part of the JSON form.
	Mentions []entities.Mention `json:"-"`
	// Sentences are the sentence spans of the text; not part of the JSON form.
	Sentences []entities.Span `json:"-"`
}

// Parse parses one text. See the package-level Parse.
func (p *Parser) Parse(s string, published time.Time) (*Document, error) {
	if err := p.check(s); err != nil {
		return nil, err
	}
	v := text.NewView(s)
	seg := text.Segment(v)
	doc := &Document{}
	if seg.HasHead {
		doc.Title = s[seg.Headline.Start:seg.Headline.End]
	}
	doc.Sentences = make([]entities.Span, len(seg.Sentences))
	for i, sn := range seg.Sentences {
		doc.Sentences[i] = entities.Span{Start: sn.Start, End: sn.End}
	}

	ref := published
	var dl *text.Dateline
	if seg.Dateline != nil {
		dl = seg.Dateline
		doc.Dateline = &Dateline{Place: s[dl.PlaceSpan.Start:dl.PlaceSpan.End], Start: dl.Span.Start, End: dl.Span.End}
		if d, ok := parseDatelineDate(dl.DateText, published); ok {
			doc.Dateline.Date = d.Format("2006-01-02")
			if ref.IsZero() {
				ref = d
			}
		}
	}
	if !ref.IsZero() {
		doc.Published = ref.Format("2006-01-02")
	}

	ms := p.ent.Find(s, ref)
	if dl != nil {
		if code, ok := p.ent.PlaceCountry(dl.Place, dl.Region, ref); ok {
			doc.Dateline.Country = code
			ms = addDatelineMention(ms, s, dl, code)
		}
	}
	ms = fillAffiliation(ms, doc.Dateline)
	doc.Mentions = ms
	p.collectEntities(doc, ms)
	p.relations(doc, s, ref)
	return doc, nil
}

// addDatelineMention adds the dateline's place as a mention of its country
// unless a mention already covers it.
func addDatelineMention(ms []entities.Mention, s string, dl *text.Dateline, code string) []entities.Mention {
	sp := entities.Span{Start: dl.PlaceSpan.Start, End: dl.PlaceSpan.End}
	for _, m := range ms {
		if m.Overlaps(sp) {
			return ms
		}
	}
	m := entities.Mention{Span: sp, Text: s[sp.Start:sp.End], Kind: entities.KindCountry, Code: code, Form: "dateline"}
	// ms is sorted by Start: insert after the mentions that start at or
	// before the dateline's place.
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start > sp.Start })
	return slices.Insert(ms, i, m)
}

// entityKey groups mentions into entities: a country or organization by
// code, a leader by name and code.
func entityKey(m entities.Mention) string {
	switch m.Kind {
	case entities.KindLeader:
		return m.Name + "\x00" + m.Code
	case entities.KindOrganization:
		return "\x01" + m.Code
	}
	return m.Code // countries and places
}

// fillAffiliation gives officials whose affiliation the text leaves
// implicit ("Prime Minister Costas Simitis" under an ATHENS dateline) the
// dateline's country, and drops them when there is none.
func fillAffiliation(ms []entities.Mention, dl *Dateline) []entities.Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.Kind == entities.KindLeader && m.Code == "" {
			if dl == nil || dl.Country == "" {
				continue
			}
			m.Code = dl.Country
		}
		out = append(out, m)
	}
	return out
}

func (p *Parser) collectEntities(doc *Document, ms []entities.Mention) {
	doc.Countries = []Country{}
	doc.Organizations = []Organization{}
	doc.Leaders = []Leader{}
	// Every entity's mentions are a slice of one backing array, sized by
	// a first count, so that a document costs one allocation for them.
	count := map[string]int{}
	for _, m := range ms {
		count[entityKey(m)]++
	}
	backing := make([]Mention, 0, len(ms))
	index := make(map[string]int, len(count)) // entity key -> position in its list
	for _, m := range ms {
		key := entityKey(m)
		k, seen := index[key]
		var mentions *[]Mention
		switch m.Kind {
		case entities.KindCountry, entities.KindPlace:
			if !seen {
				k = len(doc.Countries)
				name := m.Code
				if c, ok := p.ent.CountryByCode(m.Code); ok {
					name = c.Name
				}
				doc.Countries = append(doc.Countries, Country{Code: m.Code, Name: name})
			}
			mentions = &doc.Countries[k].Mentions
		case entities.KindOrganization:
			if !seen {
				k = len(doc.Organizations)
				name := m.Code
				if o, ok := p.ent.Organization(m.Code); ok {
					name = o.Name
				}
				doc.Organizations = append(doc.Organizations, Organization{Code: m.Code, Name: name})
			}
			mentions = &doc.Organizations[k].Mentions
		case entities.KindLeader:
			if !seen {
				k = len(doc.Leaders)
				doc.Leaders = append(doc.Leaders, Leader{Name: m.Name, Title: m.Title, Role: m.Role, Country: m.Code})
			}
			mentions = &doc.Leaders[k].Mentions
		default:
			continue
		}
		if !seen {
			index[key] = k
			n := count[key]
			*mentions = backing[len(backing) : len(backing) : len(backing)+n]
			backing = backing[:len(backing)+n]
		}
		*mentions = append(*mentions, Mention{Text: m.Text, Start: m.Start, End: m.End})
	}
}
