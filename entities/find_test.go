package entities

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// codes returns "surface=CODE" for the country and organization mentions of s.
func codes(s string, d time.Time) []string {
	var out []string
	for _, m := range Find(s, d) {
		if m.Kind == KindCountry || m.Kind == KindOrganization {
			out = append(out, m.Text+"="+m.Code)
		}
	}
	return out
}

// TestAmbiguity covers words that only sometimes name a state.
func TestAmbiguity(t *testing.T) {
	d := day("2023-05-10")
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"jordan country", "Jordan closed its border crossing on Monday.", []string{"Jordan=JOR"}},
		{"jordan person", "Fans cheered Michael Jordan at the arena.", nil},
		{"jordan after king", "King Abdullah of Jordan met the envoy.", []string{"Jordan=JOR"}},
		{"jordan possessive", "Jordan's foreign minister arrived in Cairo.", []string{"Jordan=JOR", "Cairo=EGY"}},
		{"georgia country", "Georgia and Armenia signed a transit deal.", []string{"Georgia=GEO", "Armenia=ARM"}},
		{"georgia state", "The storm hit Atlanta, Georgia overnight.", nil},
		{"chad country", "Chad recalled its ambassador from Sudan.", []string{"Chad=TCD", "Sudan=SDN"}},
		{"chad first name", "Defensive end Chad Johnson signed a contract.", nil},
		{"turkey country", "Turkey hosted the talks in Istanbul.", []string{"Turkey=TUR"}},
		{"turkey food", "He ate a turkey sandwich before the vote.", nil},
		{"turkiye", "Türkiye and Greece agreed to reopen the channel.", []string{"Türkiye=TUR", "Greece=GRC"}},
		{"new mexico", "Wildfires spread across New Mexico this week.", nil},
		{"new jersey", "The governor of New Jersey signed the bill.", nil},
		{"mexico", "Mexico and Canada rejected the tariff.", []string{"Mexico=MEX", "Canada=CAN"}},
		{"mexico city", "Talks opened in Mexico City on Tuesday.", []string{"Mexico City=MEX"}},
		{"niger", "Niger expelled the French ambassador.", []string{"Niger=NER", "French=FRA"}},
		{"nigeria", "Nigeria sent troops to the border.", []string{"Nigeria=NGA"}},
		{"guinea", "Guinea and Guinea-Bissau held talks.", []string{"Guinea=GIN", "Guinea-Bissau=GNB"}},
		{"papua new guinea", "Papua New Guinea signed a security pact.", []string{"Papua New Guinea=PNG"}},
		{"equatorial guinea", "Equatorial Guinea joined the group.", []string{"Equatorial Guinea=GNQ"}},
		{"dr congo", "The Democratic Republic of the Congo accused Rwanda.", []string{"Democratic Republic of the Congo=COD", "Rwanda=RWA"}},
		{"congo brazzaville", "The Republic of the Congo held elections.", []string{"Republic of the Congo=COG"}},
		{"kinshasa", "Kinshasa rejected the report.", []string{"Kinshasa=COD"}},
		{"north korea", "North Korea fired a missile toward Japan.", []string{"North Korea=PRK", "Japan=JPN"}},
		{"south korea", "South Korea and Japan held talks.", []string{"South Korea=KOR", "Japan=JPN"}},
		{"dprk", "The DPRK denounced the drills.", []string{"DPRK=PRK"}},
		{"pyongyang seoul", "Pyongyang warned Seoul on Friday.", []string{"Pyongyang=PRK", "Seoul=KOR"}},
		{"china taiwan", "China sent ships near Taiwan.", []string{"China=CHN", "Taiwan=TWN"}},
		{"beijing taipei", "Beijing criticized Taipei.", []string{"Beijing=CHN", "Taipei=TWN"}},
		{"china lower", "They broke the fine china in the cabinet.", nil},
		{"dominica", "Dominica voted with the majority.", []string{"Dominica=DMA"}},
		{"dominican republic", "The Dominican Republic deported the migrants.", []string{"Dominican Republic=DOM"}},
		{"sudan", "Sudan and South Sudan agreed on oil fees.", []string{"Sudan=SDN", "South Sudan=SSD"}},
		{"us pronoun", "Let us hope the talks succeed.", nil},
		{"us abbr", "The US imposed new tariffs.", []string{"US=USA"}},
		{"u.s. abbr", "The U.S. and the U.K. agreed.", []string{"U.S.=USA", "U.K.=GBR"}},
		{"united states", "The United States vetoed the resolution.", []string{"United States=USA"}},
		{"kremlin", "The Kremlin said talks were useful.", []string{"Kremlin=RUS"}},
		{"white house", "The White House declined to comment.", []string{"White House=USA"}},
		{"downing street", "Downing Street confirmed the call.", []string{"Downing Street=GBR"}},
		{"state department", "The State Department issued a warning.", []string{"State Department=USA"}},
		{"britain", "Britain and France sent envoys.", []string{"Britain=GBR", "France=FRA"}},
		{"adjectives", "Russian and Cuban officials met.", []string{"Russian=RUS", "Cuban=CUB"}},
		{"filipino", "Filipino fishermen reported the incident.", []string{"Filipino=PHL"}},
		{"emirati", "An Emirati delegation arrived.", []string{"Emirati=ARE"}},
		{"dutch swiss", "Dutch and Swiss banks froze the assets.", []string{"Dutch=NLD", "Swiss=CHE"}},
		{"saudi", "Saudi officials met their Iranian counterparts.", []string{"Saudi=SAU", "Iranian=IRN"}},
		{"ivory coast", "Ivory Coast and Côte d'Ivoire are one state.", []string{"Ivory Coast=CIV", "Côte d'Ivoire=CIV"}},
		{"burma", "Burma released the prisoners.", []string{"Burma=MMR"}},
		{"czechia", "Czechia and the Czech Republic are the same.", []string{"Czechia=CZE", "Czech Republic=CZE"}},
		{"eswatini", "Swaziland is now Eswatini.", []string{"Swaziland=SWZ", "Eswatini=SWZ"}},
		{"washington capital", "Washington warned Moscow.", []string{"Washington=USA", "Moscow=RUS"}},
		{"paris texas", "She grew up in Paris, Texas.", nil},
		{"paris france", "The summit opened in Paris.", []string{"Paris=FRA"}},
		{"headline caps", "RUSSIA, CUBA DISCUSS ENERGY\nThe talks went on.", []string{"RUSSIA=RUS", "CUBA=CUB"}},
		{"un", "The U.N. Security Council met. The UN chief spoke.", []string{"U.N. Security Council=UNSC", "UN=UN"}},
		{"nato eu", "NATO and the European Union pledged aid.", []string{"NATO=NATO", "European Union=EU"}},
		{"hamas", "Hamas released two hostages.", []string{"Hamas=HAMAS"}},
		{"islamic state", "Islamic State claimed the attack.", []string{"Islamic State=ISIS"}},
		{"world bank", "The World Bank and the IMF approved loans.", []string{"World Bank=WB", "IMF=IMF"}},
		{"yankee empire", "He blamed the Yankee empire.", []string{"Yankee empire=USA"}},
		{"brussels for the eu", "The European Union agreed. Brussels will fine the firm.", []string{"European Union=EU", "Brussels=EU"}},
		{"brussels nato venue", "NATO ministers met in Brussels.", []string{"NATO=NATO"}},
		{"brussels belgian", "Belgium's government in Brussels resigned.", []string{"Belgium=BEL", "Brussels=BEL"}},
		{"after a month", "In January Canada and France signed a deal.", []string{"Canada=CAN", "France=FRA"}},
		{"after a weekday", "On Monday Japan said no.", []string{"Japan=JPN"}},
		{"after last", "Last March Brazil voted.", []string{"Brazil=BRA"}},
		{"northern ireland", "Voters in Northern Ireland went to the polls.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, codes(tt.in, d)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tt.in, d)
			}
		})
	}
}

// TestByDate covers states and offices that depend on the reference date.
func TestByDate(t *testing.T) {
	country := []struct {
		in, date, want string
	}{
		{"Moscow", "1987-06-01", "SUN"},
		{"Moscow", "2022-12-28", "RUS"},
		{"the Kremlin", "1985-03-11", "SUN"},
		{"the Kremlin", "2022-12-28", "RUS"},
		{"Belgrade", "1995-01-01", "YUG"},
		{"Belgrade", "2010-01-01", "SRB"},
		{"Prague", "1980-01-01", "CSK"},
		{"Prague", "2000-01-01", "CZE"},
		{"Bonn", "1987-01-01", "DEU"},
		{"Soviet Union", "2022-01-01", "SUN"},
		{"Havana", "2022-12-28", "CUB"},
	}
	for _, tt := range country {
		t.Run("country "+tt.in+" "+tt.date, func(t *testing.T) {
			c, ok := Default().Country(tt.in, day(tt.date))
			require.True(t, ok)
			assert.Equal(t, tt.want, c.Code)
		})
	}
	leader := []struct {
		in, date, name, role, country string
	}{
		{"Putin", "2009-06-01", "Vladimir Putin", "head_of_government", "RUS"},
		{"Putin", "2022-12-28", "Vladimir Putin", "head_of_state", "RUS"},
		{"Putin", "2004-01-01", "Vladimir Putin", "head_of_state", "RUS"},
		{"Trump", "2019-05-01", "Donald Trump", "head_of_state", "USA"},
		{"Trump", "2025-06-01", "Donald Trump", "head_of_state", "USA"},
		{"Biden", "2023-03-01", "Joe Biden", "head_of_state", "USA"},
		{"Lula", "2009-01-01", "Luiz Inácio Lula da Silva", "head_of_state", "BRA"},
		{"Lula", "2024-01-01", "Luiz Inácio Lula da Silva", "head_of_state", "BRA"},
		{"Netanyahu", "1998-01-01", "Benjamin Netanyahu", "head_of_government", "ISR"},
		{"Netanyahu", "2024-01-01", "Benjamin Netanyahu", "head_of_government", "ISR"},
		{"Guterres", "2022-01-01", "António Guterres", "org_leader", "UN"},
		{"Annan", "2000-01-01", "Kofi Annan", "org_leader", "UN"},
		{"Ban Ki-moon", "2010-01-01", "Ban Ki-moon", "org_leader", "UN"},
		{"Lavrov", "2022-01-01", "Sergey Lavrov", "foreign_minister", "RUS"},
		{"Blinken", "2023-01-01", "Antony Blinken", "foreign_minister", "USA"},
		{"Rubio", "2025-06-01", "Marco Rubio", "foreign_minister", "USA"},
		{"Díaz-Canel", "2022-12-28", "Miguel Díaz-Canel", "head_of_state", "CUB"},
		{"Diaz-Canel", "2022-12-28", "Miguel Díaz-Canel", "head_of_state", "CUB"},
		{"Merz", "2025-06-01", "Friedrich Merz", "head_of_government", "DEU"},
		{"Starmer", "2025-01-01", "Keir Starmer", "head_of_government", "GBR"},
		{"Zelenskyy", "2023-01-01", "Volodymyr Zelenskyy", "head_of_state", "UKR"},
		{"Zelensky", "2023-01-01", "Volodymyr Zelenskyy", "head_of_state", "UKR"},
		{"Xi Jinping", "2020-01-01", "Xi Jinping", "head_of_state", "CHN"},
		{"Erdogan", "2020-01-01", "Recep Tayyip Erdoğan", "head_of_state", "TUR"},
		{"Erdogan", "2010-01-01", "Recep Tayyip Erdoğan", "head_of_government", "TUR"},
		{"Kim Jong Un", "2020-01-01", "Kim Jong Un", "head_of_state", "PRK"},
		{"Gorbachev", "1987-06-01", "Mikhail Gorbachev", "party_leader", "SUN"},
		{"Gorbachev", "1990-06-01", "Mikhail Gorbachev", "head_of_state", "SUN"},
		{"Stoltenberg", "2020-01-01", "Jens Stoltenberg", "org_leader", "NATO"},
		{"Rutte", "2025-01-01", "Mark Rutte", "org_leader", "NATO"},
		{"von der Leyen", "2021-01-01", "Ursula von der Leyen", "org_leader", "EU"},
	}
	for _, tt := range leader {
		t.Run("leader "+tt.in+" "+tt.date, func(t *testing.T) {
			l, ok := Default().Leader(tt.in, day(tt.date))
			require.True(t, ok)
			assert.Equal(t, tt.name, l.Name)
			assert.Equal(t, tt.role, l.Role)
			assert.Equal(t, tt.country, l.Country)
		})
	}
	absent := []struct{ in, date string }{
		{"Trump", "2023-03-01"},
		{"Lula", "2016-06-01"},
		{"Netanyahu", "2005-01-01"},
	}
	for _, tt := range absent {
		t.Run("out of office "+tt.in+" "+tt.date, func(t *testing.T) {
			l, ok := Default().Leader(tt.in, day(tt.date))
			assert.False(t, ok, "got %+v", l)
		})
	}
}

func TestFindLeaders(t *testing.T) {
	in := "Russian President Vladimir Putin spoke with Cuban Foreign Minister Bruno Rodriguez. Putin thanked Rodriguez. Kremlin spokesman Dmitry Peskov confirmed the call."
	var got []string
	for _, m := range Find(in, day("2022-12-28")) {
		if m.Kind == KindLeader {
			got = append(got, fmt.Sprintf("%s|%s|%s|%s", m.Text, m.Code, m.Role, m.Name))
		}
	}
	want := []string{
		"Vladimir Putin|RUS|head_of_state|Vladimir Putin",
		"Bruno Rodriguez|CUB|foreign_minister|Bruno Rodríguez Parrilla",
		"Putin|RUS|head_of_state|Vladimir Putin",
		"Rodriguez|CUB|foreign_minister|Bruno Rodríguez Parrilla",
		"Dmitry Peskov|RUS|spokesperson|Dmitry Peskov",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("leaders (-want +got):\n%s", d)
	}
}

func TestAnaphora(t *testing.T) {
	in := "Cuba thanked Russia. The island nation relies on the federation for fuel."
	got := codes(in, day("2022-12-28"))
	want := []string{"Cuba=CUB", "Russia=RUS", "island nation=CUB", "federation=RUS"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

func TestExtension(t *testing.T) {
	rows := "alias\tcode\tform\tfrom\tto\tflags\nFreedonia Republic\tUSA\tname\t\t\t\n"
	r, err := New(Options{Aliases: strings.NewReader(rows)})
	require.NoError(t, err)
	got := r.Find("Freedonia Republic protested.", time.Time{})
	require.Len(t, got, 1)
	assert.Equal(t, "USA", got[0].Code)

	_, err = New(Options{Aliases: strings.NewReader("alias\tcode\tform\tfrom\tto\tflags\nX\tbad code\tname\t\t\t\n")})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrData)
	assert.Contains(t, err.Error(), "Options.Aliases:2")

	_, err = New(Options{Leaders: strings.NewReader("wrong\theader\n")})
	assert.ErrorIs(t, err, ErrData)
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin met Cuban President Miguel Díaz-Canel in Moscow.",
		"KOKOMO, Ind., March 3 - The U.S. and the U.N. said.",
		"the island nation\u200b and the federation", "\xff\xfe", "Jordan's King", "Atlanta, Georgia",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, m := range Find(s, time.Time{}) {
			if m.Start < 0 || m.Start > m.End || m.End > len(s) {
				t.Fatalf("span %d-%d out of range %d", m.Start, m.End, len(s))
			}
			if s[m.Start:m.End] != m.Text {
				t.Fatalf("text %q != %q", m.Text, s[m.Start:m.End])
			}
			if m.Start < prev {
				t.Fatalf("mentions out of order or overlapping at %d", m.Start)
			}
			prev = m.End
		}
	})
}

// BenchmarkLoad measures the two ways to the built-in tables: building
// them from the data files (what New does when given extra rows) and
// making the resolver from the snapshot in builtin_tables.go (what the
// first New(Options{}) does).
func BenchmarkLoad(b *testing.B) {
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := load(Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("snapshot", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			newBuiltin()
		}
	})
}

const benchArticle = `Kenya, Ethiopia agree on power line and port access
NAIROBI, June 4 (Wire) - Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday, the State House said.
The two leaders reviewed the cross-border power line and agreed to speed up work on the Lamu port corridor, which the landlocked country hopes to use for a third of its trade.
Abiy thanked Kenya for its mediation in the region and urged the African Union to support a ceasefire in Sudan, where fighting has displaced millions.
"Our partnership is a model for the Horn of Africa," Ruto told reporters. Egypt and Sudan have objected to the dam on the Blue Nile, Ethiopian officials said.
Foreign ministers of both countries will meet in Addis Ababa next month, the Kenyan foreign ministry said, adding that the United Nations and the World Bank had offered funding.
`

func BenchmarkFind(b *testing.B) {
	r := Default()
	text := strings.Repeat(benchArticle, 2)
	d := day("2022-12-28")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.Find(text, d)
	}
}

func ExampleResolver_Country() {
	r := Default()
	c, _ := r.Country("the Kremlin", time.Date(1987, 6, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(c.Code)
	c, _ = r.Country("the Kremlin", time.Date(2022, 12, 28, 0, 0, 0, 0, time.UTC))
	fmt.Println(c.Code)
	// Output:
	// SUN
	// RUS
}

func ExampleResolver_Leader() {
	r := Default()
	l, _ := r.Leader("Putin", time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(l.Name, l.Role)
	l, _ = r.Leader("Putin", time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(l.Name, l.Role)
	// Output:
	// Vladimir Putin head_of_government
	// Vladimir Putin head_of_state
}

func ExampleFind() {
	text := "Cuban Foreign Minister Bruno Rodriguez met NATO officials in Madrid."
	for _, m := range Find(text, time.Date(2023, 5, 1, 0, 0, 0, 0, time.UTC)) {
		fmt.Printf("%s %s %s\n", m.Kind, m.Code, m.Text)
	}
	// Output:
	// country CUB Cuban
	// leader CUB Bruno Rodriguez
	// organization NATO NATO
	// country ESP Madrid
}

func TestFamilyNames(t *testing.T) {
	tests := []struct {
		in, date string
		n        int
	}{
		{"Prime Minister Putin met the governors.", "2010-05-01", 1},
		{"Gorbachev spoke to the plenum.", "1987-05-01", 1},
		{"Von der Leyen opened the summit.", "2021-05-01", 1},
		{"The talks in Havana were led by Diaz-Canel.", "2022-05-01", 1},
		// A bare family name of a less prominent state's leader needs the state.
		{"The talks were led by Diaz-Canel.", "2022-05-01", 0},
		{"President Diaz-Canel led the talks.", "2022-05-01", 1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var n int
			for _, m := range Find(tt.in, day(tt.date)) {
				if m.Kind == KindLeader {
					n++
				}
			}
			assert.Equal(t, tt.n, n)
		})
	}
}

// FuzzLoad feeds arbitrary rows to every dictionary loader: each row is
// accepted or rejected with an ErrData error naming its line, never a panic.
func FuzzLoad(f *testing.F) {
	f.Add("Freedonia\tUSA\tname\t\t\t\n")
	f.Add("X\tRUS\tcapital\t1991-12-26\t1990-01-01\tamb\n")
	f.Add("Q1\tJane Doe\tDoe\t\tUSA\tminister\tMinister\t2020-01-01\t\n")
	f.Add("\t\t\t\n\n#c\n")
	f.Fuzz(func(t *testing.T, rows string) {
		heads := map[string]string{
			"Countries": "code\tname\tfrom\tto\tregion\tattrs\n",
			"Aliases":   "alias\tcode\tform\tfrom\tto\tflags\n",
			"Orgs":      "code\tname\tkind\tfrom\tto\taliases\n",
			"Leaders":   "qid\tname\tfamily\tvariants\tcountry\trole\ttitle\tfrom\tto\n",
		}
		for k, h := range heads {
			var opt Options
			opt.NoBuiltin = true
			rd := strings.NewReader(h + rows)
			switch k {
			case "Countries":
				opt.Countries = rd
			case "Aliases":
				opt.Aliases = rd
			case "Orgs":
				opt.Orgs = rd
			case "Leaders":
				opt.Leaders = rd
			}
			r, err := New(opt)
			if err != nil {
				if !errors.Is(err, ErrData) {
					t.Fatalf("%s: error %v is not ErrData", k, err)
				}
				continue
			}
			r.Find(rows, time.Time{})
		}
	})
}

func TestAppositiveOfficials(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The debt is unavoidable, said Juan Carlos Perez, speaker of the lower house of the Argentine Congress.", "Juan Carlos Perez|ARG|official"},
		{"Omar Haddad, Jordan's trade minister, said on Monday.", "Omar Haddad|JOR|minister"},
		{"John Smith, a banker from London, said prices fell.", ""},
		{"Oil talks open in Jordan\nAMMAN, March 11 - Iraqi Oil Minister Ali Kamal arrived.", "Ali Kamal|IRQ|minister"},
		{"He condemned the killing of Tom Berg, telling Iraqi Prime Minister Ali Kamal that", "Ali Kamal|IRQ|head_of_government"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ""
			for _, m := range Find(tt.in, day("2020-01-01")) {
				if m.Kind == KindLeader {
					got = m.Text + "|" + m.Code + "|" + m.Role
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPlaceCountry(t *testing.T) {
	tests := []struct{ place, region, want string }{
		{"KOKOMO", "Ind.", "USA"},
		{"TROY", "MICH.", "USA"},
		{"SACRAMENTO", "CALIF", "USA"}, // AP abbreviation without its dot
		{"WINNIPEG", "Manitoba", "CAN"},
		{"PARIS", "Texas", "USA"},
		{"PARIS", "", "FRA"},
		{"HAVANA", "", "CUB"},
		{"BUENOS AIRES", "", "ARG"},
	}
	for _, tt := range tests {
		t.Run(tt.place+" "+tt.region, func(t *testing.T) {
			got, ok := Default().PlaceCountry(tt.place, tt.region, day("2020-01-01"))
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	_, ok := Default().PlaceCountry("UNITED NATIONS", "", day("2020-01-01"))
	assert.False(t, ok, "the UN's seat is no country")
}

func TestLeadersTerms(t *testing.T) {
	terms := Default().Leaders("Vladimir Putin")
	roles := map[string]bool{}
	for _, l := range terms {
		assert.Equal(t, "RUS", l.Country)
		roles[l.Role] = true
	}
	assert.True(t, roles["head_of_state"] && roles["head_of_government"], "terms: %+v", terms)
	assert.Empty(t, Default().Leaders("Nobody Atall"))
}
