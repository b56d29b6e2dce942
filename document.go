package diplomacy

import (
	"slices"
	"sort"
	"sync"
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

// segBufs holds the paragraph and sentence spans of Segment, which Parse
// copies what it keeps from.
type segBufs struct{ paras, sents []text.Span }

var segPool = sync.Pool{New: func() any { return new(segBufs) }}

// put returns b to the pool unless a very long text made it large.
func (b *segBufs) put() {
	if cap(b.sents) > 1<<14 || cap(b.paras) > 1<<14 {
		return
	}
	segPool.Put(b)
}

// Parse parses one text. See the package-level Parse.
func (p *Parser) Parse(s string, published time.Time) (*Document, error) {
	if err := p.check(s); err != nil {
		return nil, err
	}
	v := text.MakeView(s)
	sb := segPool.Get().(*segBufs)
	defer sb.put()
	seg := text.SegmentAppend(&v, sb.paras, sb.sents)
	sb.paras, sb.sents = seg.Paragraphs, seg.Sentences
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

// entityKey groups mentions into entities: a country (or a place of it)
// or an organization by code, a leader by name and code.
type entityKey struct {
	kind       entities.Kind
	name, code string
}

func keyOf(m entities.Mention) (entityKey, bool) {
	switch m.Kind {
	case entities.KindCountry, entities.KindPlace:
		return entityKey{kind: entities.KindCountry, code: m.Code}, true
	case entities.KindOrganization:
		return entityKey{kind: entities.KindOrganization, code: m.Code}, true
	case entities.KindLeader:
		return entityKey{kind: entities.KindLeader, name: m.Name, code: m.Code}, true
	}
	return entityKey{}, false
}

// entitySlot returns the number of k among the distinct entities keys
// (indexed by m once the list is long), or -1.
func entitySlot(keys []entityKey, m map[entityKey]int, k entityKey) int {
	if m != nil {
		if i, ok := m[k]; ok {
			return i
		}
		return -1
	}
	for i := range keys {
		if keys[i] == k {
			return i
		}
	}
	return -1
}

// collectEntities groups the mentions ms into the document's countries,
// organizations and leaders, in order of first mention.
func (p *Parser) collectEntities(doc *Document, ms []entities.Mention) {
	// The distinct entities in order of first mention: a list searched
	// in place while it is short, as in most documents, and a map beside
	// it once it grows.
	var keyBuf [32]entityKey
	var countBuf [32]int32
	keys, count := keyBuf[:0], countBuf[:0]
	var index map[entityKey]int
	nc, no, nl := 0, 0, 0
	for _, m := range ms {
		k, ok := keyOf(m)
		if !ok {
			continue
		}
		i := entitySlot(keys, index, k)
		if i < 0 {
			i = len(keys)
			keys = append(keys, k)
			count = append(count, 0)
			if index != nil {
				index[k] = i
			} else if len(keys) > len(keyBuf) {
				index = make(map[entityKey]int, 2*len(keys))
				for j, k := range keys {
					index[k] = j
				}
			}
			switch k.kind {
			case entities.KindCountry:
				nc++
			case entities.KindOrganization:
				no++
			default:
				nl++
			}
		}
		count[i]++
	}
	doc.Countries = make([]Country, 0, nc)
	doc.Organizations = make([]Organization, 0, no)
	doc.Leaders = make([]Leader, 0, nl)
	// Every entity's mentions are a slice of one backing array.
	backing := make([]Mention, 0, len(ms))
	var listBuf [len(keyBuf)]*[]Mention
	list := listBuf[:0] // each entity's mentions
	if len(keys) > len(listBuf) {
		list = make([]*[]Mention, 0, len(keys))
	}
	list = list[:len(keys)]
	for _, m := range ms {
		k, ok := keyOf(m)
		if !ok {
			continue
		}
		i := entitySlot(keys, index, k)
		if list[i] == nil {
			switch k.kind {
			case entities.KindCountry:
				name := m.Code
				if c, ok := p.ent.CountryByCode(m.Code); ok {
					name = c.Name
				}
				doc.Countries = append(doc.Countries, Country{Code: m.Code, Name: name})
				list[i] = &doc.Countries[len(doc.Countries)-1].Mentions
			case entities.KindOrganization:
				name := m.Code
				if o, ok := p.ent.Organization(m.Code); ok {
					name = o.Name
				}
				doc.Organizations = append(doc.Organizations, Organization{Code: m.Code, Name: name})
				list[i] = &doc.Organizations[len(doc.Organizations)-1].Mentions
			default:
				doc.Leaders = append(doc.Leaders, Leader{Name: m.Name, Title: m.Title, Role: m.Role, Country: m.Code})
				list[i] = &doc.Leaders[len(doc.Leaders)-1].Mentions
			}
			n := int(count[i])
			*list[i] = backing[len(backing) : len(backing) : len(backing)+n]
			backing = backing[:len(backing)+n]
		}
		*list[i] = append(*list[i], Mention{Text: m.Text, Start: m.Start, End: m.End})
	}
}
