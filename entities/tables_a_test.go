package entities

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Checks of the embedded country, alias, organization, place and state
// tables. The tables are parsed here with plain string splitting, on purpose
// independent of the package's own loader, so that a loader bug cannot hide
// a data bug (and the other way round).

// taTable is one parsed TSV file.
type taTable struct {
	file     string
	comments []string
	header   []string
	rows     []taRow
}

// taRow is one data row with its 1-based line number.
type taRow struct {
	line int
	cols []string
}

func (r taRow) String() string { return fmt.Sprintf("line %d %q", r.line, r.cols) }

var (
	taISO3     = regexp.MustCompile(`^[A-Z]{3}$`)
	taOrgCode  = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	taDateRE   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	taVersion  = regexp.MustCompile(`^# DataVersion \d{4}-\d{2}-\d{2}$`)
	taAdmin1RE = regexp.MustCompile(`^[0-9A-Za-z]*$`)
	taPostalRE = regexp.MustCompile(`^[A-Z]{2,3}$`)
)

// taLoad reads data/<name> and splits it into comments, header and rows.
func taLoad(t *testing.T, name string, header []string) *taTable {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("data", name))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	if strings.Contains(string(b), "\r") {
		t.Errorf("%s: contains CR characters", name)
	}
	tab := &taTable{file: name}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	i := 0
	for ; i < len(lines) && strings.HasPrefix(lines[i], "#"); i++ {
		tab.comments = append(tab.comments, lines[i])
	}
	if len(tab.comments) == 0 {
		t.Errorf("%s: no leading # comment naming sources and licence", name)
	}
	versioned := false
	for _, c := range tab.comments {
		if taVersion.MatchString(c) {
			versioned = true
		}
	}
	if !versioned {
		t.Errorf("%s: no '# DataVersion YYYY-MM-DD' comment", name)
	}
	if i >= len(lines) {
		t.Fatalf("%s: no header line", name)
	}
	tab.header = strings.Split(lines[i], "\t")
	if strings.Join(tab.header, "\t") != strings.Join(header, "\t") {
		t.Fatalf("%s: header %q, want %q", name, tab.header, header)
	}
	for i++; i < len(lines); i++ {
		l := lines[i]
		if l == "" || strings.HasPrefix(l, "#") {
			t.Errorf("%s:%d: blank or comment line inside the data", name, i+1)
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != len(header) {
			t.Errorf("%s:%d: %d columns, want %d", name, i+1, len(cols), len(header))
			continue
		}
		for _, c := range cols {
			if c != strings.TrimSpace(c) {
				t.Errorf("%s:%d: cell %q has surrounding space", name, i+1, c)
			}
		}
		tab.rows = append(tab.rows, taRow{line: i + 1, cols: cols})
	}
	if len(tab.rows) == 0 {
		t.Fatalf("%s: no rows", name)
	}
	return tab
}

// taDates checks a from/to pair and returns them (zero = open).
func taDates(t *testing.T, file string, r taRow, from, to string) (time.Time, time.Time) {
	t.Helper()
	var f, e time.Time
	var err error
	if from != "" {
		if !taDateRE.MatchString(from) {
			t.Errorf("%s %v: bad from date %q", file, r, from)
		} else if f, err = time.Parse(time.DateOnly, from); err != nil {
			t.Errorf("%s %v: bad from date %q: %v", file, r, from, err)
		}
	}
	if to != "" {
		if !taDateRE.MatchString(to) {
			t.Errorf("%s %v: bad to date %q", file, r, to)
		} else if e, err = time.Parse(time.DateOnly, to); err != nil {
			t.Errorf("%s %v: bad to date %q: %v", file, r, to, err)
		}
	}
	if !f.IsZero() && !e.IsZero() && !f.Before(e) {
		t.Errorf("%s %v: from %s not before to %s", file, r, from, to)
	}
	return f, e
}

// taValid reports whether [from, to) covers d.
func taValid(from, to, d time.Time) bool {
	return (from.IsZero() || !d.Before(from)) && (to.IsZero() || d.Before(to))
}

// taList splits a comma list and reports whether every item is in allowed.
func taList(s, sep string, allowed map[string]bool) (bad []string) {
	if s == "" {
		return nil
	}
	for _, a := range strings.Split(s, sep) {
		if !allowed[a] {
			bad = append(bad, a)
		}
	}
	return bad
}

func taSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// taCountry is a parsed row of countries.tsv.
type taCountry struct {
	name     string
	from, to time.Time
	attrs    string
}

// taData holds every parsed table, for the cross-file checks.
type taData struct {
	countries map[string]taCountry
	aliases   *taTable
	orgs      *taTable
	places    *taTable
	states    *taTable
}

func taLoadAll(t *testing.T) *taData {
	t.Helper()
	d := &taData{countries: map[string]taCountry{}}
	ct := taLoad(t, "countries.tsv", []string{"code", "name", "from", "to", "region", "attrs"})
	for _, r := range ct.rows {
		f, e := taDates(t, ct.file, r, r.cols[2], r.cols[3])
		d.countries[r.cols[0]] = taCountry{name: r.cols[1], from: f, to: e, attrs: r.cols[5]}
	}
	d.aliases = taLoad(t, "country_aliases.tsv", []string{"alias", "code", "form", "from", "to", "flags"})
	d.orgs = taLoad(t, "orgs.tsv", []string{"code", "name", "kind", "from", "to", "aliases"})
	d.places = taLoad(t, "places.tsv", []string{"name", "country", "admin1", "population", "kind"})
	d.states = taLoad(t, "us_states.tsv", []string{"name", "country", "postal", "ap"})
	return d
}

func TestTablesACountries(t *testing.T) {
	ct := taLoad(t, "countries.tsv", []string{"code", "name", "from", "to", "region", "attrs"})
	attrs := taSet("island", "archipelago", "kingdom", "federation", "republic", "emirate", "sultanate",
		"principality", "grand_duchy", "landlocked", "peninsula", "communist", "islamic_republic", "superpower")
	seen := map[string]bool{}
	prev := ""
	for _, r := range ct.rows {
		c := r.cols
		if !taISO3.MatchString(c[0]) {
			t.Errorf("%v: code %q is not three upper-case letters", r, c[0])
		}
		if seen[c[0]] {
			t.Errorf("%v: duplicate code %s", r, c[0])
		}
		seen[c[0]] = true
		if c[0] <= prev {
			t.Errorf("%v: not sorted after %s", r, prev)
		}
		prev = c[0]
		if c[1] == "" || c[4] == "" {
			t.Errorf("%v: empty name or region", r)
		}
		taDates(t, ct.file, r, c[2], c[3])
		if bad := taList(c[5], ",", attrs); bad != nil {
			t.Errorf("%v: unknown attrs %q", r, bad)
		}
	}
	if len(ct.rows) < 250 {
		t.Errorf("%d countries, want every ISO 3166-1 entry plus former states", len(ct.rows))
	}
	for _, code := range []string{"SUN", "DDR", "YUG", "CSK", "YMD", "ANT", "SCG", "XKX", "PSE", "TWN", "VAT", "DEU", "RUS", "USA", "CUB"} {
		if !seen[code] {
			t.Errorf("missing country %s", code)
		}
	}
}

func TestTablesACountryAliases(t *testing.T) {
	d := taLoadAll(t)
	forms := taSet("name", "abbr", "adjective", "demonym", "capital", "seat", "epithet")
	flags := taSet("amb")
	type key struct{ alias, code, from string }
	seen := map[key]bool{}
	var prev []string
	for _, r := range d.aliases.rows {
		c := r.cols
		if c[0] == "" {
			t.Errorf("%v: empty alias", r)
		}
		if strings.HasPrefix(strings.ToLower(c[0]), "the ") {
			t.Errorf("%v: alias starts with \"the \"", r)
		}
		cc, ok := d.countries[c[1]]
		if !ok {
			t.Errorf("%v: code %s not in countries.tsv", r, c[1])
		}
		if !forms[c[2]] {
			t.Errorf("%v: unknown form %q", r, c[2])
		}
		if bad := taList(c[5], ",", flags); bad != nil {
			t.Errorf("%v: unknown flags %q", r, bad)
		}
		k := key{c[0], c[1], c[3]}
		if seen[k] {
			t.Errorf("%v: duplicate (alias, code, from)", r)
		}
		seen[k] = true
		if prev != nil && (c[0] < prev[0] || c[0] == prev[0] && (c[1] < prev[1] || c[1] == prev[1] && c[3] < prev[3])) {
			t.Errorf("%v: not sorted after %q", r, prev)
		}
		prev = c
		f, e := taDates(t, d.aliases.file, r, c[3], c[4])
		// A dated alias must overlap the existence of its state.
		if ok && (!f.IsZero() || !e.IsZero()) {
			if !cc.to.IsZero() && !f.IsZero() && !f.Before(cc.to) || !cc.from.IsZero() && !e.IsZero() && !cc.from.Before(e) {
				t.Errorf("%v: dates outside the existence of %s", r, c[1])
			}
		}
		// Two-letter forms are junk except the few well-known ones.
		if len(c[0]) <= 2 && !taSet("US", "UK", "NZ")[c[0]] {
			t.Errorf("%v: two-letter alias", r)
		}
	}
	// Every state (not territory) has at least a name row.
	hasName := map[string]bool{}
	for _, r := range d.aliases.rows {
		if r.cols[2] == "name" {
			hasName[r.cols[1]] = true
		}
	}
	for code := range d.countries {
		if !hasName[code] {
			t.Errorf("country %s has no name alias", code)
		}
	}
}

func TestTablesAOrgs(t *testing.T) {
	d := taLoadAll(t)
	kinds := taSet("igo", "un_body", "court", "bank", "alliance", "forum", "ngo", "group")
	seen := map[string]bool{}
	aliasOf := map[string]string{}
	prev := ""
	for _, r := range d.orgs.rows {
		c := r.cols
		if !taOrgCode.MatchString(c[0]) {
			t.Errorf("%v: bad org code %q", r, c[0])
		}
		if seen[c[0]] {
			t.Errorf("%v: duplicate code", r)
		}
		seen[c[0]] = true
		if c[0] <= prev {
			t.Errorf("%v: not sorted after %s", r, prev)
		}
		prev = c[0]
		if _, clash := d.countries[c[0]]; clash {
			t.Errorf("%v: org code is also a country code", r)
		}
		if !kinds[c[2]] {
			t.Errorf("%v: unknown kind %q", r, c[2])
		}
		taDates(t, d.orgs.file, r, c[3], c[4])
		if c[5] == "" {
			t.Errorf("%v: no aliases", r)
		}
		for _, a := range strings.Split(c[5], "|") {
			if a == "" || a != strings.TrimSpace(a) {
				t.Errorf("%v: empty or padded alias %q", r, a)
			}
			if strings.HasPrefix(strings.ToLower(a), "the ") {
				t.Errorf("%v: alias %q starts with \"the \"", r, a)
			}
			if a == "IS" {
				t.Errorf("%v: bare \"IS\" is a common word", r)
			}
			if o, dup := aliasOf[a]; dup {
				t.Errorf("%v: alias %q also names %s", r, a, o)
			}
			aliasOf[a] = c[0]
		}
	}
	if len(d.orgs.rows) < 100 {
		t.Errorf("%d organizations, want at least 100", len(d.orgs.rows))
	}
	for _, code := range strings.Fields(`UN EU NATO BRICS ASEAN AU OPEC SCO G7 G20 APEC WTO IMF WB IAEA ILO ICRC OAS
		CELAC GCC ARAB_LEAGUE OSCE ICC ICJ WHO UNSC UNGA CIS EAEU CSTO MERCOSUR ECOWAS SADC GATT COMECON
		WARSAW_PACT EEC PLO HAMAS HEZBOLLAH ISIS AL_QAEDA TALIBAN HOUTHIS PKK YPG SDF`) {
		if !seen[code] {
			t.Errorf("missing SPEC organization %s", code)
		}
	}
}

func TestTablesAPlaces(t *testing.T) {
	d := taLoadAll(t)
	type key struct{ name, country, admin1 string }
	seen := map[key]bool{}
	var prevName string
	prevPop := -1
	capitals := map[string]bool{}
	for _, r := range d.places.rows {
		c := r.cols
		if c[0] == "" {
			t.Errorf("%v: empty name", r)
		}
		if _, ok := d.countries[c[1]]; !ok {
			t.Errorf("%v: country %s not in countries.tsv", r, c[1])
		}
		if !taAdmin1RE.MatchString(c[2]) {
			t.Errorf("%v: bad admin1 %q", r, c[2])
		}
		pop, err := strconv.Atoi(c[3])
		if err != nil || pop < 0 {
			t.Errorf("%v: bad population %q", r, c[3])
		}
		if c[4] != "capital" && c[4] != "city" {
			t.Errorf("%v: bad kind %q", r, c[4])
		}
		if c[4] == "capital" {
			capitals[c[1]] = true
		}
		k := key{c[0], c[1], c[2]}
		if seen[k] {
			t.Errorf("%v: duplicate (name, country, admin1)", r)
		}
		seen[k] = true
		if c[0] < prevName || c[0] == prevName && pop > prevPop {
			t.Errorf("%v: not sorted by name then population descending", r)
		}
		prevName, prevPop = c[0], pop
	}
	if n := len(d.places.rows); n < 4000 || n > 9000 {
		t.Errorf("%d places, want about 5,000-7,000", n)
	}
	for _, code := range []string{"USA", "RUS", "CUB", "FRA", "CHN", "IND", "BRA", "NGA"} {
		if !capitals[code] {
			t.Errorf("no capital for %s", code)
		}
	}
}

func TestTablesAStates(t *testing.T) {
	d := taLoadAll(t)
	names := map[string]bool{}
	postal := map[string]bool{}
	ap := map[string]string{}
	count := map[string]int{}
	prev := ""
	for _, r := range d.states.rows {
		c := r.cols
		if names[c[0]] {
			t.Errorf("%v: duplicate name", r)
		}
		names[c[0]] = true
		if c[0] <= prev {
			t.Errorf("%v: not sorted after %q", r, prev)
		}
		prev = c[0]
		if c[1] != "USA" && c[1] != "CAN" && c[1] != "AUS" {
			t.Errorf("%v: country %q, want USA, CAN or AUS", r, c[1])
		}
		count[c[1]]++
		pk := c[1] + "/" + c[2]
		if postal[pk] || !taPostalRE.MatchString(c[2]) {
			t.Errorf("%v: duplicate or bad postal code %q", r, c[2])
		}
		postal[pk] = true
		if c[3] == "" {
			continue
		}
		for _, a := range strings.Split(c[3], "|") {
			if a == "" || strings.ContainsAny(a, " \t") && !strings.HasPrefix(a, "W. ") {
				t.Errorf("%v: bad AP abbreviation %q", r, a)
			}
			if o, dup := ap[c[1]+"/"+a]; dup {
				t.Errorf("%v: AP abbreviation %q also names %s", r, a, o)
			}
			ap[c[1]+"/"+a] = c[0]
		}
	}
	if count["USA"] < 51 || count["CAN"] != 13 || count["AUS"] != 8 {
		t.Errorf("counts %v, want >= 51 USA, 13 CAN, 8 AUS", count)
	}
}

// TestTablesASpotChecks resolves well-known forms with the plain parser.
func TestTablesASpotChecks(t *testing.T) {
	d := taLoadAll(t)
	on := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		tm, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	// codesOn lists the codes an alias names on date (zero date: any date).
	codesOn := func(alias, date string) []string {
		var out []string
		dd := on(date)
		for _, r := range d.aliases.rows {
			if r.cols[0] != alias {
				continue
			}
			if dd.IsZero() || taValid(on(r.cols[3]), on(r.cols[4]), dd) {
				out = append(out, r.cols[1])
			}
		}
		return out
	}
	aliasTests := []struct {
		name, alias, date, want string
	}{
		{"kremlin in 1987 is soviet", "Kremlin", "1987-06-01", "SUN"},
		{"kremlin in 2022 is russian", "Kremlin", "2022-12-28", "RUS"},
		{"moscow in 1987 is soviet", "Moscow", "1987-06-01", "SUN"},
		{"moscow in 2022 is russian", "Moscow", "2022-12-28", "RUS"},
		{"havana", "Havana", "2020-01-01", "CUB"},
		{"bonn in 1987", "Bonn", "1987-06-01", "DEU"},
		{"east berlin", "East Berlin", "1980-01-01", "DDR"},
		{"berlin after unification", "Berlin", "2001-01-01", "DEU"},
		{"belgrade in 2004", "Belgrade", "2004-06-01", "SCG"},
		{"belgrade in 1990", "Belgrade", "1990-06-01", "YUG"},
		{"belgrade in 2010", "Belgrade", "2010-06-01", "SRB"},
		{"prague in 1990", "Prague", "1990-06-01", "CSK"},
		{"prague in 2000", "Prague", "2000-06-01", "CZE"},
		{"aden in 1980", "Aden", "1980-06-01", "YMD"},
		{"congo in 1990", "Congo", "1990-06-01", "COG"},
		{"congo in 2020", "Congo", "2020-06-01", "COD"},
		{"burma", "Burma", "", "MMR"},
		{"turkiye", "Türkiye", "", "TUR"},
		{"yankee empire", "Yankee empire", "", "USA"},
		{"downing street", "Downing Street", "", "GBR"},
		{"white house", "White House", "", "USA"},
		{"us with dots", "U.S.", "", "USA"},
		{"soviet union", "Soviet Union", "", "SUN"},
		{"russian federation", "Russian Federation", "", "RUS"},
		{"cuban", "Cuban", "", "CUB"},
		{"emirati", "Emirati", "", "ARE"},
		{"ivory coast", "Côte d'Ivoire", "", "CIV"},
		{"kyiv", "Kyiv", "", "UKR"},
		{"kiev", "Kiev", "", "UKR"},
		{"kosovo", "Kosovo", "", "XKX"},
		{"holy see", "Holy See", "", "VAT"},
		{"hermit kingdom", "Hermit Kingdom", "", "PRK"},
		{"zaire", "Zaire", "", "COD"},
	}
	for _, tt := range aliasTests {
		t.Run(tt.name, func(t *testing.T) {
			got := codesOn(tt.alias, tt.date)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("%q on %q names %q, want exactly [%s]", tt.alias, tt.date, got, tt.want)
			}
		})
	}
	ambTests := []struct{ alias, code string }{
		{"Jordan", "JOR"}, {"Georgia", "GEO"}, {"Chad", "TCD"}, {"Niger", "NER"}, {"Turkey", "TUR"}, {"Korea", "KOR"},
		{"Washington", "USA"},
	}
	for _, tt := range ambTests {
		t.Run("amb "+tt.alias, func(t *testing.T) {
			found := false
			for _, r := range d.aliases.rows {
				if r.cols[0] == tt.alias && r.cols[1] == tt.code {
					found = true
					if !strings.Contains(r.cols[5], "amb") {
						t.Errorf("%v: want flag amb", r)
					}
				}
			}
			if !found {
				t.Errorf("no row %s -> %s", tt.alias, tt.code)
			}
		})
	}
	orgTests := []struct{ name, alias, code string }{
		{"nato", "NATO", "NATO"}, {"un dotted", "U.N.", "UN"}, {"security council", "Security Council", "UNSC"},
		{"daesh", "Daesh", "ISIS"}, {"g-7", "G-7", "G7"}, {"world bank", "World Bank", "WB"},
		{"european commission", "European Commission", "EU"}, {"atlantic alliance", "Atlantic alliance", "NATO"},
	}
	for _, tt := range orgTests {
		t.Run("org "+tt.name, func(t *testing.T) {
			for _, r := range d.orgs.rows {
				for _, a := range strings.Split(r.cols[5], "|") {
					if a == tt.alias {
						if r.cols[0] != tt.code {
							t.Errorf("%q names %s, want %s", tt.alias, r.cols[0], tt.code)
						}
						return
					}
				}
			}
			t.Errorf("%q names no organization", tt.alias)
		})
	}
	placeTests := []struct{ name, place, country, admin1, kind string }{
		{"indianapolis", "Indianapolis", "USA", "IN", "city"},
		{"havana", "Havana", "CUB", "02", "capital"},
		{"peking exonym", "Peking", "CHN", "22", "capital"},
		{"bombay exonym", "Bombay", "IND", "16", "city"},
		{"kyiv spelling", "Kyiv", "UKR", "12", "capital"},
	}
	for _, tt := range placeTests {
		t.Run("place "+tt.name, func(t *testing.T) {
			for _, r := range d.places.rows {
				if r.cols[0] == tt.place {
					// rows are sorted by population: the first is the best known
					if r.cols[1] != tt.country || r.cols[2] != tt.admin1 || r.cols[4] != tt.kind {
						t.Errorf("%v, want %s %s %s", r, tt.country, tt.admin1, tt.kind)
					}
					return
				}
			}
			t.Errorf("no place %q", tt.place)
		})
	}
	stateTests := []struct{ ap, name, country string }{
		{"Ind.", "Indiana", "USA"}, {"Calif.", "California", "USA"}, {"Ont.", "Ontario", "CAN"}, {"N.S.W.", "New South Wales", "AUS"},
	}
	for _, tt := range stateTests {
		t.Run("state "+tt.ap, func(t *testing.T) {
			for _, r := range d.states.rows {
				for _, a := range strings.Split(r.cols[3], "|") {
					if a == tt.ap {
						if r.cols[0] != tt.name || r.cols[1] != tt.country {
							t.Errorf("%q is %v, want %s %s", tt.ap, r, tt.name, tt.country)
						}
						return
					}
				}
			}
			t.Errorf("no state with AP abbreviation %q", tt.ap)
		})
	}
}
