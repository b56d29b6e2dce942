package entities

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// Checks of data/leaders.tsv and data/titles.tsv, independent of the
// resolver: the tables are parsed here by plain splitting.

const (
	tbLeadersFile = "data/leaders.tsv"
	tbTitlesFile  = "data/titles.tsv"
	tbToday       = "2026-11-27"
)

var (
	tbLeadersHeader = "qid\tname\tfamily\tvariants\tcountry\trole\ttitle\tfrom\tto"
	tbTitlesHeader  = "title\trole\tplural"
	tbRoles         = map[string]bool{
		"head_of_state": true, "head_of_government": true, "foreign_minister": true,
		"minister": true, "diplomat": true, "spokesperson": true, "official": true,
		"party_leader": true, "org_leader": true, "other": true,
	}
	// tbSharedOffices lists countries whose head of state or government is
	// genuinely a collective or shared office: overlapping terms are allowed.
	tbSharedOffices = map[string]bool{"AND": true, "CHE": true, "SMR": true, "BIH": true}
	// tbOrgCodes are the organization codes a leader row may use when the
	// organizations table is not available.
	tbOrgCodes = []string{
		"UN", "NATO", "EU", "IAEA", "WHO", "IMF", "WB", "WTO", "AU", "ASEAN", "OPEC", "ICC", "OSCE",
		"OAS", "ARAB_LEAGUE", "GCC", "ICRC", "UNSC", "UNGA", "EEC", "UNHCR", "UNICEF", "WFP", "ICJ",
		"COE", "CIS", "SCO", "BRICS", "G7", "G20", "OIC", "ECOWAS", "SADC", "EAEU", "CSTO",
		"MERCOSUR", "CELAC", "APEC", "ILO", "FAO", "UNESCO", "UNDP", "OECD", "ECB", "PLO", "HAMAS",
		"HEZBOLLAH", "TALIBAN", "HOUTHIS", "ISIS", "AL_QAEDA", "PKK", "WARSAW_PACT", "COMECON", "GATT",
	}
	tbFormerStates = []string{"SUN", "DDR", "YUG", "CSK", "YMD", "ANT", "SCG", "XKX"}
)

// tbLeader is one row of leaders.tsv.
type tbLeader struct {
	line                                      int
	qid, name, country, role, title, from, to string
	family, variants                          []string
}

// tbValidOn reports whether the term covers day d (from <= d < to).
func (l tbLeader) tbValidOn(d string) bool {
	return l.from <= d && (l.to == "" || d < l.to)
}

// tbRows splits a TSV file into its header and data rows, skipping leading
// '#' comment lines. It never panics.
func tbRows(data []byte) (header string, rows [][]string, lines []int, err error) {
	seenHeader := false
	for i, raw := range bytes.Split(data, []byte("\n")) {
		s := strings.TrimRight(string(raw), "\r")
		if s == "" {
			continue
		}
		if !seenHeader {
			if strings.HasPrefix(s, "#") {
				continue
			}
			header, seenHeader = s, true
			continue
		}
		if strings.HasPrefix(s, "#") {
			return header, rows, lines, fmt.Errorf("line %d: comment after header", i+1)
		}
		rows = append(rows, strings.Split(s, "\t"))
		lines = append(lines, i+1)
	}
	if !seenHeader {
		return "", nil, nil, fmt.Errorf("no header line")
	}
	return header, rows, lines, nil
}

// tbSplitList splits a '|'-separated cell into its non-empty items.
func tbSplitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// tbParseLeaders parses leaders.tsv data.
func tbParseLeaders(data []byte) ([]tbLeader, error) {
	header, rows, lines, err := tbRows(data)
	if err != nil {
		return nil, err
	}
	if header != tbLeadersHeader {
		return nil, fmt.Errorf("header %q, want %q", header, tbLeadersHeader)
	}
	out := make([]tbLeader, 0, len(rows))
	for i, c := range rows {
		if len(c) != 9 {
			return nil, fmt.Errorf("line %d: %d columns, want 9", lines[i], len(c))
		}
		out = append(out, tbLeader{
			line: lines[i], qid: c[0], name: c[1], family: tbSplitList(c[2]), variants: tbSplitList(c[3]),
			country: c[4], role: c[5], title: c[6], from: c[7], to: c[8],
		})
	}
	return out, nil
}

func tbLoadLeaders(t testing.TB) []tbLeader {
	t.Helper()
	data, err := os.ReadFile(tbLeadersFile)
	if err != nil {
		t.Fatal(err)
	}
	ls, err := tbParseLeaders(data)
	if err != nil {
		t.Fatalf("%s: %v", tbLeadersFile, err)
	}
	return ls
}

func tbDateOK(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// tbCodeColumn reads the values of column "code" of a TSV table.
func tbCodeColumn(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	header, rows, _, err := tbRows(data)
	if err != nil {
		return nil, err
	}
	idx := -1
	for i, h := range strings.Split(header, "\t") {
		if h == "code" {
			idx = i
		}
	}
	if idx < 0 {
		return nil, fmt.Errorf("%s: no code column", path)
	}
	out := map[string]bool{}
	for _, r := range rows {
		if idx < len(r) {
			out[strings.TrimSpace(r[idx])] = true
		}
	}
	return out, nil
}

// tbKnownCodes returns the country and organization codes a leader row may
// use: countries.tsv and orgs.tsv when present, else the ISO 3166 list of
// ../shared plus former states, and the organization codes above.
func tbKnownCodes(t *testing.T) map[string]bool {
	t.Helper()
	codes := map[string]bool{}
	if c, err := tbCodeColumn("data/countries.tsv"); err == nil && len(c) > 0 {
		for k := range c {
			codes[k] = true
		}
	} else {
		data, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "countries", "iso3166-all.csv"))
		if err != nil {
			t.Skipf("no country list available: %v", err)
		}
		for _, ln := range strings.Split(string(data), "\n")[1:] {
			// name may be quoted and contain commas: alpha-3 is the 3rd field from
			// the first comma after an optional quoted name.
			if strings.HasPrefix(ln, `"`) {
				if j := strings.Index(ln[1:], `"`); j >= 0 {
					ln = "x" + ln[j+2:]
				}
			}
			f := strings.Split(ln, ",")
			if len(f) > 2 {
				codes[f[2]] = true
			}
		}
		for _, c := range tbFormerStates {
			codes[c] = true
		}
	}
	if o, err := tbCodeColumn("data/orgs.tsv"); err == nil && len(o) > 0 {
		for k := range o {
			codes[k] = true
		}
		return codes
	}
	for _, c := range tbOrgCodes {
		codes[c] = true
	}
	return codes
}

func TestTbLeadersFormat(t *testing.T) {
	ls := tbLoadLeaders(t)
	if len(ls) < 3000 {
		t.Errorf("only %d rows", len(ls))
	}
	data, _ := os.ReadFile(tbLeadersFile)
	t.Run("utf8", func(t *testing.T) {
		if !utf8.Valid(data) {
			t.Error("not valid UTF-8")
		}
	})
	t.Run("comments", func(t *testing.T) {
		if !bytes.Contains(data, []byte("DataVersion")) || !bytes.Contains(data, []byte("CC0")) {
			t.Error("leading comments must name DataVersion and sources/licences")
		}
	})
	t.Run("cells", func(t *testing.T) {
		for _, l := range ls {
			if l.name == "" || strings.TrimSpace(l.name) != l.name {
				t.Errorf("line %d: bad name %q", l.line, l.name)
			}
			if len(l.family) == 0 {
				t.Errorf("line %d: %s: no family name", l.line, l.name)
			}
			if !tbRoles[l.role] {
				t.Errorf("line %d: %s: bad role %q", l.line, l.name, l.role)
			}
			if l.title == "" {
				t.Errorf("line %d: %s: empty title", l.line, l.name)
			}
			if l.qid != "" && (!strings.HasPrefix(l.qid, "Q") || len(l.qid) < 2) {
				t.Errorf("line %d: bad qid %q", l.line, l.qid)
			}
			if strings.ContainsAny(l.name+l.title+l.country, "|\t") {
				t.Errorf("line %d: separator inside a cell", l.line)
			}
		}
	})
	t.Run("dates", func(t *testing.T) {
		for _, l := range ls {
			if !tbDateOK(l.from) {
				t.Errorf("line %d: %s: bad from %q", l.line, l.name, l.from)
			}
			if l.to != "" && !tbDateOK(l.to) {
				t.Errorf("line %d: %s: bad to %q", l.line, l.name, l.to)
			}
			if l.to != "" && l.from >= l.to {
				t.Errorf("line %d: %s: from %s not before to %s", l.line, l.name, l.from, l.to)
			}
			if l.from > tbToday {
				t.Errorf("line %d: %s: starts after DataVersion", l.line, l.name)
			}
		}
	})
	t.Run("sorted", func(t *testing.T) {
		for i := 1; i < len(ls); i++ {
			a, b := ls[i-1], ls[i]
			if [3]string{a.country, a.role, a.from} != [3]string{b.country, b.role, b.from} &&
				(a.country > b.country || a.country == b.country && (a.role > b.role || a.role == b.role && a.from > b.from)) {
				t.Fatalf("line %d: not sorted by (country, role, from)", b.line)
			}
		}
	})
	t.Run("unique", func(t *testing.T) {
		seen := map[[4]string]int{}
		for _, l := range ls {
			k := [4]string{l.name, l.country, l.role, l.from}
			if prev, ok := seen[k]; ok {
				t.Errorf("line %d duplicates line %d: %v", l.line, prev, k)
			}
			seen[k] = l.line
		}
	})
	t.Run("codes", func(t *testing.T) {
		codes := tbKnownCodes(t)
		bad := map[string]int{}
		for _, l := range ls {
			if !codes[l.country] {
				bad[l.country] = l.line
			}
		}
		keys := make([]string, 0, len(bad))
		for k := range bad {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			t.Errorf("line %d: unknown country/organization code %q", bad[k], k)
		}
	})
}

func TestTbLeadersNoOverlap(t *testing.T) {
	ls := tbLoadLeaders(t)
	last := map[[2]string]tbLeader{}
	for _, l := range ls {
		if l.role != "head_of_state" && l.role != "head_of_government" {
			continue
		}
		if tbSharedOffices[l.country] || strings.HasPrefix(l.title, "Co-") {
			continue
		}
		k := [2]string{l.country, l.role}
		if p, ok := last[k]; ok && (p.to == "" || p.to > l.from) {
			t.Errorf("line %d: %s (%s..%s) overlaps %s (%s..%s) as %s of %s",
				l.line, l.name, l.from, l.to, p.name, p.from, p.to, l.role, l.country)
		}
		if p, ok := last[k]; !ok || p.to != "" && (l.to == "" || l.to > p.to) {
			last[k] = l
		}
	}
}

// tbHolders returns the names of the people holding role for country on day d.
func tbHolders(ls []tbLeader, country, role, d string) []string {
	var out []string
	for _, l := range ls {
		if l.country == country && l.role == role && l.tbValidOn(d) {
			out = append(out, l.name)
		}
	}
	return out
}

func TestTbLeadersSpotChecks(t *testing.T) {
	ls := tbLoadLeaders(t)
	tests := []struct {
		name, country, role, date string
		in                        bool
	}{
		{"Vladimir Putin", "RUS", "head_of_state", "2022-02-24", true},
		{"Vladimir Putin", "RUS", "head_of_state", "2010-06-01", false},
		{"Vladimir Putin", "RUS", "head_of_government", "2010-06-01", true},
		{"Vladimir Putin", "RUS", "head_of_government", "1999-10-01", true},
		{"Vladimir Putin", "RUS", "head_of_state", "2000-03-01", true},
		{"Dmitry Medvedev", "RUS", "head_of_state", "2010-06-01", true},
		{"Donald Trump", "USA", "head_of_state", "2019-07-04", true},
		{"Donald Trump", "USA", "head_of_state", "2023-07-04", false},
		{"Donald Trump", "USA", "head_of_state", "2025-03-01", true},
		{"Joe Biden", "USA", "head_of_state", "2023-07-04", true},
		{"Joe Biden", "USA", "head_of_state", "2025-01-20", false},
		{"Barack Obama", "USA", "head_of_state", "2012-01-01", true},
		{"Luiz Inácio Lula da Silva", "BRA", "head_of_state", "2009-01-01", true},
		{"Luiz Inácio Lula da Silva", "BRA", "head_of_state", "2016-01-01", false},
		{"Luiz Inácio Lula da Silva", "BRA", "head_of_state", "2024-01-01", true},
		{"Benjamin Netanyahu", "ISR", "head_of_government", "1998-01-01", true},
		{"Benjamin Netanyahu", "ISR", "head_of_government", "2005-01-01", false},
		{"Benjamin Netanyahu", "ISR", "head_of_government", "2024-01-01", true},
		{"Javier Pérez de Cuéllar", "UN", "org_leader", "1987-06-01", true},
		{"Kofi Annan", "UN", "org_leader", "2000-06-01", true},
		{"Ban Ki-moon", "UN", "org_leader", "2010-06-01", true},
		{"António Guterres", "UN", "org_leader", "2022-06-01", true},
		{"António Guterres", "UN", "org_leader", "2016-06-01", false},
		{"Sergey Lavrov", "RUS", "foreign_minister", "2022-06-01", true},
		{"Antony Blinken", "USA", "foreign_minister", "2023-06-01", true},
		{"Marco Rubio", "USA", "foreign_minister", "2025-06-01", true},
		{"Antony Blinken", "USA", "foreign_minister", "2025-06-01", false},
		{"Miguel Díaz-Canel", "CUB", "head_of_state", "2022-12-28", true},
		{"Friedrich Merz", "DEU", "head_of_government", "2025-06-01", true},
		{"Olaf Scholz", "DEU", "head_of_government", "2025-06-01", false},
		{"Angela Merkel", "DEU", "head_of_government", "2015-01-01", true},
		{"Keir Starmer", "GBR", "head_of_government", "2025-01-01", true},
		{"Rishi Sunak", "GBR", "head_of_government", "2024-07-05", false},
		{"Mark Carney", "CAN", "head_of_government", "2025-06-01", true},
		{"Sanae Takaichi", "JPN", "head_of_government", "2025-11-01", true},
		{"Shigeru Ishiba", "JPN", "head_of_government", "2025-01-01", true},
		{"Lee Jae-myung", "KOR", "head_of_state", "2025-08-01", true},
		{"Yoon Suk Yeol", "KOR", "head_of_state", "2025-05-01", false},
		{"Xi Jinping", "CHN", "head_of_state", "2020-01-01", true},
		{"Wang Yi", "CHN", "foreign_minister", "2015-01-01", true},
		{"Wang Yi", "CHN", "foreign_minister", "2023-03-01", false},
		{"Wang Yi", "CHN", "foreign_minister", "2024-03-01", true},
		{"Qin Gang", "CHN", "foreign_minister", "2023-03-01", true},
		{"Mikhail Gorbachev", "SUN", "party_leader", "1987-01-01", true},
		{"Mikhail Gorbachev", "SUN", "head_of_state", "1990-06-01", true},
		{"Recep Tayyip Erdoğan", "TUR", "head_of_state", "2020-01-01", true},
		{"Recep Tayyip Erdoğan", "TUR", "head_of_government", "2010-01-01", true},
		{"Volodymyr Zelenskyy", "UKR", "head_of_state", "2023-01-01", true},
		{"Mark Rutte", "NATO", "org_leader", "2025-01-01", true},
		{"Jens Stoltenberg", "NATO", "org_leader", "2025-01-01", false},
		{"Ursula von der Leyen", "EU", "org_leader", "2023-01-01", true},
		{"Kaja Kallas", "EU", "org_leader", "2025-01-01", true},
		{"Rafael Grossi", "IAEA", "org_leader", "2023-01-01", true},
		{"Dmitry Peskov", "RUS", "spokesperson", "2022-01-01", true},
		{"Bruno Rodríguez Parrilla", "CUB", "foreign_minister", "2022-12-28", true},
		{"Andrii Sybiha", "UKR", "foreign_minister", "2025-01-01", true},
		{"Narendra Modi", "IND", "head_of_government", "2020-01-01", true},
		{"Emmanuel Macron", "FRA", "head_of_state", "2020-01-01", true},
		{"Margaret Thatcher", "GBR", "head_of_government", "1985-01-01", true},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s/%s/%s/%s", tc.name, tc.country, tc.role, tc.date), func(t *testing.T) {
			got := tbHolders(ls, tc.country, tc.role, tc.date)
			has := false
			for _, n := range got {
				if n == tc.name {
					has = true
				}
			}
			if has != tc.in {
				t.Errorf("%s in office = %v, want %v (holders: %v)", tc.name, has, tc.in, got)
			}
		})
	}
}

// TestTbLeadersFamily checks that the family forms used to resolve bare
// surnames ("Putin said") are present and occur in the name or a variant.
func TestTbLeadersFamily(t *testing.T) {
	ls := tbLoadLeaders(t)
	want := map[string][]string{
		"Vladimir Putin":            {"Putin"},
		"Miguel Díaz-Canel":         {"Díaz-Canel", "Diaz-Canel"},
		"Luiz Inácio Lula da Silva": {"Lula"},
		"Xi Jinping":                {"Xi"},
		"Kim Jong Un":               {"Kim"},
		"Recep Tayyip Erdoğan":      {"Erdoğan", "Erdogan"},
		"Volodymyr Zelenskyy":       {"Zelenskyy", "Zelensky", "Zelenskiy"},
		"Ursula von der Leyen":      {"von der Leyen"},
		"Lee Jae-myung":             {"Lee"},
	}
	found := map[string]bool{}
	for _, l := range ls {
		ws, ok := want[l.name]
		if !ok {
			continue
		}
		found[l.name] = true
		for _, w := range ws {
			has := false
			for _, f := range l.family {
				if f == w {
					has = true
				}
			}
			if !has {
				t.Errorf("line %d: %s: family %v lacks %q", l.line, l.name, l.family, w)
			}
		}
	}
	for n := range want {
		if !found[n] {
			t.Errorf("no row for %s", n)
		}
	}
}

func TestTbTitles(t *testing.T) {
	data, err := os.ReadFile(tbTitlesFile)
	if err != nil {
		t.Fatal(err)
	}
	header, rows, lines, err := tbRows(data)
	if err != nil {
		t.Fatal(err)
	}
	if header != tbTitlesHeader {
		t.Fatalf("header %q, want %q", header, tbTitlesHeader)
	}
	if len(rows) < 60 {
		t.Errorf("only %d titles, want at least 60", len(rows))
	}
	seen := map[string]bool{}
	for i, c := range rows {
		if len(c) != 3 {
			t.Errorf("line %d: %d columns", lines[i], len(c))
			continue
		}
		if c[0] == "" || c[0] != strings.ToLower(c[0]) || c[2] != strings.ToLower(c[2]) {
			t.Errorf("line %d: title and plural must be lower-case: %q %q", lines[i], c[0], c[2])
		}
		if !tbRoles[c[1]] {
			t.Errorf("line %d: bad role %q", lines[i], c[1])
		}
		if c[2] == "" || c[2] == c[0] {
			t.Errorf("line %d: bad plural %q", lines[i], c[2])
		}
		if seen[c[0]] {
			t.Errorf("line %d: duplicate title %q", lines[i], c[0])
		}
		seen[c[0]] = true
	}
	for _, w := range []struct{ title, role string }{
		{"president", "head_of_state"}, {"prime minister", "head_of_government"},
		{"foreign minister", "foreign_minister"}, {"secretary of state", "foreign_minister"},
		{"ambassador", "diplomat"}, {"spokesman", "spokesperson"}, {"secretary-general", "org_leader"},
	} {
		t.Run(w.title, func(t *testing.T) {
			for _, c := range rows {
				if len(c) == 3 && c[0] == w.title {
					if c[1] != w.role {
						t.Errorf("role %q, want %q", c[1], w.role)
					}
					return
				}
			}
			t.Errorf("missing title %q", w.title)
		})
	}
}

func Example_tbLeadersTable() {
	data, err := os.ReadFile(tbLeadersFile)
	if err != nil {
		fmt.Println(err)
		return
	}
	ls, err := tbParseLeaders(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range []string{"2010-06-01", "2022-06-01"} {
		for _, l := range ls {
			if l.family[0] == "Putin" && l.country == "RUS" && l.tbValidOn(d) {
				fmt.Println(d, l.title, l.name)
			}
		}
	}
	// Output:
	// 2010-06-01 Prime Minister Vladimir Putin
	// 2022-06-01 President Vladimir Putin
}

func BenchmarkTbParseLeaders(b *testing.B) {
	data, err := os.ReadFile(tbLeadersFile)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := tbParseLeaders(data); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzTbParseLeaders(f *testing.F) {
	f.Add([]byte("# c\n" + tbLeadersHeader + "\nQ1\tA B\tB\t\tRUS\thead_of_state\tPresident\t2000-01-01\t\n"))
	f.Add([]byte(tbLeadersHeader + "\n\t\t\n"))
	f.Add([]byte("#\n#\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ls, err := tbParseLeaders(data)
		if err != nil {
			return
		}
		for _, l := range ls {
			_ = l.tbValidOn("2020-01-01")
		}
	})
}
