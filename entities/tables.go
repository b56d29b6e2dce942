package entities

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// DataVersion is the date of the embedded tables.
const DataVersion = "2026-11-27"

//go:embed data/*.tsv
var dataFS embed.FS

// ErrData is wrapped by every error about malformed dictionary data.
var ErrData = errors.New("entities: malformed data")

// DataError reports a malformed line of a dictionary file.
type DataError struct {
	File string // the file or source name
	Line int    // 1-based line number
	Msg  string
}

// Error returns "file:line: message".
func (e *DataError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap makes errors.Is(err, ErrData) true.
func (e *DataError) Unwrap() error { return ErrData }

// Country is a state, current or former.
type Country struct {
	Code   string    // ISO 3166-1 alpha-3, or ISO 3166-3 for former states
	Name   string    // common English name
	From   time.Time // zero when open
	To     time.Time // first day it no longer exists; zero when open
	Region string    // UN geoscheme sub-region
	Attrs  []string  // island, kingdom, federation, ...
}

// Has reports whether the country has the attribute a ("island", "kingdom").
func (c Country) Has(a string) bool {
	for _, x := range c.Attrs {
		if x == a {
			return true
		}
	}
	return false
}

// Organization is an international organization or a named group.
type Organization struct {
	Code    string // short code such as "UN", "NATO", "HAMAS"
	Name    string
	Kind    string // igo, un_body, court, bank, alliance, forum, ngo, group
	From    time.Time
	To      time.Time
	Aliases []string
}

// Leader is one term of a person in an office.
type Leader struct {
	QID      string // Wikidata id, when known
	Name     string // canonical full name
	Family   []string
	Variants []string
	Country  string // actor code of the state or organization
	Role     string
	Title    string
	From     time.Time
	To       time.Time // first day out of office; zero when still in office
}

// ValidOn reports whether the term covers date d (a zero d matches only
// open-ended terms).
func (l Leader) ValidOn(d time.Time) bool { return validOn(l.From, l.To, d) }

// Place is a city or region whose country is known.
type Place struct {
	Name       string
	Country    string
	Admin1     string
	Population int
	Kind       string // capital, city, state
}

func validOn(from, to, d time.Time) bool {
	if d.IsZero() {
		return to.IsZero()
	}
	if !from.IsZero() && d.Before(from) {
		return false
	}
	if !to.IsZero() && !d.Before(to) {
		return false
	}
	return true
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse("2006-01-02", s)
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readTSV reads a tab-separated table whose header line (after '#'
// comments) must name the columns want. fn receives each row.
func readTSV(r io.Reader, file string, want []string, fn func(line int, cols []string) error) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	// One string for the whole file: the columns handed to fn are slices
	// of it, so reading costs no allocation per line.
	rest := string(data)
	cols := make([]string, 0, len(want)+1)
	line := 0
	header := false
	for len(rest) > 0 {
		line++
		s, after, _ := strings.Cut(rest, "\n")
		rest = after
		if len(s) >= maxLine {
			return &DataError{file, line, "line too long"}
		}
		s = strings.TrimRight(s, "\r")
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols = cols[:0]
		for {
			c, more, ok := strings.Cut(s, "\t")
			cols = append(cols, c)
			if !ok {
				break
			}
			s = more
		}
		if !header {
			if !slices.Equal(cols, want) {
				return &DataError{file, line, fmt.Sprintf("header is %q, want %q", strings.Join(cols, " "), strings.Join(want, " "))}
			}
			header = true
			continue
		}
		if len(cols) > len(want) {
			return &DataError{file, line, fmt.Sprintf("%d columns, want %d", len(cols), len(want))}
		}
		for len(cols) < len(want) {
			cols = append(cols, "")
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := fn(line, cols); err != nil {
			var de *DataError
			if errors.As(err, &de) {
				return err
			}
			return &DataError{file, line, err.Error()}
		}
	}
	if !header {
		return &DataError{file, line, "no header line"}
	}
	return nil
}

// maxLine is the longest line a table may have.
const maxLine = 4 << 20

func dates(from, to string) (time.Time, time.Time, error) {
	f, err := parseDate(from)
	if err != nil {
		return f, f, fmt.Errorf("bad from date %q", from)
	}
	t, err := parseDate(to)
	if err != nil {
		return f, t, fmt.Errorf("bad to date %q", to)
	}
	if !f.IsZero() && !t.IsZero() && !f.Before(t) {
		return f, t, fmt.Errorf("from %s not before to %s", from, to)
	}
	return f, t, nil
}

func validCode(code string) error {
	if code == "" {
		return errors.New("empty code")
	}
	for _, r := range code {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return fmt.Errorf("bad code %q", code)
		}
	}
	return nil
}

// Table headers of the dictionary files.
var (
	countriesHeader = []string{"code", "name", "from", "to", "region", "attrs"}
	aliasesHeader   = []string{"alias", "code", "form", "from", "to", "flags"}
	orgsHeader      = []string{"code", "name", "kind", "from", "to", "aliases"}
	leadersHeader   = []string{"qid", "name", "family", "variants", "country", "role", "title", "from", "to"}
	placesHeader    = []string{"name", "country", "admin1", "population", "kind"}
	statesHeader    = []string{"name", "country", "postal", "ap"}
	titlesHeader    = []string{"title", "role", "plural"}
)

// alias is one surface form of a country.
type alias struct {
	text  string
	code  string
	form  string
	from  time.Time
	to    time.Time
	flags string
}

func loadCountries(r io.Reader, file string, add func(Country)) error {
	return readTSV(r, file, countriesHeader, func(_ int, c []string) error {
		if err := validCode(c[0]); err != nil {
			return err
		}
		f, t, err := dates(c[2], c[3])
		if err != nil {
			return err
		}
		var attrs []string
		for _, a := range strings.Split(c[5], ",") {
			if a = strings.TrimSpace(a); a != "" {
				attrs = append(attrs, a)
			}
		}
		add(Country{Code: c[0], Name: c[1], From: f, To: t, Region: c[4], Attrs: attrs})
		return nil
	})
}

func loadAliases(r io.Reader, file string, add func(alias)) error {
	return readTSV(r, file, aliasesHeader, func(_ int, c []string) error {
		if c[0] == "" {
			return errors.New("empty alias")
		}
		if err := validCode(c[1]); err != nil {
			return err
		}
		f, t, err := dates(c[3], c[4])
		if err != nil {
			return err
		}
		add(alias{text: c[0], code: c[1], form: c[2], from: f, to: t, flags: c[5]})
		return nil
	})
}

func loadOrgs(r io.Reader, file string, add func(Organization)) error {
	return readTSV(r, file, orgsHeader, func(_ int, c []string) error {
		if err := validCode(c[0]); err != nil {
			return err
		}
		f, t, err := dates(c[3], c[4])
		if err != nil {
			return err
		}
		add(Organization{Code: c[0], Name: c[1], Kind: c[2], From: f, To: t, Aliases: splitList(c[5])})
		return nil
	})
}

func loadLeaders(r io.Reader, file string, add func(Leader)) error {
	return readTSV(r, file, leadersHeader, func(_ int, c []string) error {
		if c[1] == "" {
			return errors.New("empty name")
		}
		if err := validCode(c[4]); err != nil {
			return err
		}
		f, t, err := dates(c[7], c[8])
		if err != nil {
			return err
		}
		add(Leader{QID: c[0], Name: c[1], Family: splitList(c[2]), Variants: splitList(c[3]),
			Country: c[4], Role: c[5], Title: c[6], From: f, To: t})
		return nil
	})
}

func loadPlaces(r io.Reader, file string, add func(Place)) error {
	return readTSV(r, file, placesHeader, func(_ int, c []string) error {
		if err := validCode(c[1]); err != nil {
			return err
		}
		pop := 0
		if c[3] != "" {
			n, err := strconv.Atoi(c[3])
			if err != nil {
				return fmt.Errorf("bad population %q", c[3])
			}
			pop = n
		}
		add(Place{Name: c[0], Country: c[1], Admin1: c[2], Population: pop, Kind: c[4]})
		return nil
	})
}

// region is a US state, Canadian province or similar, with its
// abbreviations as used in datelines.
type region struct {
	name    string
	country string
	postal  string
	ap      []string
}

func loadStates(r io.Reader, file string, add func(region)) error {
	return readTSV(r, file, statesHeader, func(_ int, c []string) error {
		if err := validCode(c[1]); err != nil {
			return err
		}
		add(region{name: c[0], country: c[1], postal: c[2], ap: splitList(c[3])})
		return nil
	})
}

type title struct {
	text   string
	role   string
	plural string
	cased  string // text in title case, as mentions report it
}

func loadTitles(r io.Reader, file string, add func(title)) error {
	return readTSV(r, file, titlesHeader, func(_ int, c []string) error {
		if c[0] == "" || c[1] == "" {
			return errors.New("empty title or role")
		}
		add(title{text: c[0], role: c[1], plural: c[2]})
		return nil
	})
}
