package agreements

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplomacy-go/diplomacy/entities"
)

// mk describes the mentions of one surface form in a test text.
type mk struct {
	surface, code string
	kind          entities.Kind
	form          string
}

func ctry(surface, code string) mk { return mk{surface, code, entities.KindCountry, "name"} }
func adj(surface, code string) mk  { return mk{surface, code, entities.KindCountry, "adjective"} }
func capt(surface, code string) mk { return mk{surface, code, entities.KindCountry, "capital"} }
func org(surface, code string) mk  { return mk{surface, code, entities.KindOrganization, "name"} }
func ldr(surface, code string) mk  { return mk{surface, code, entities.KindLeader, ""} }

// fixture splits text into sentences (one per line) and finds every
// whole-word occurrence of the given surface forms, longest first.
func fixture(text string, ms ...mk) ([]entities.Span, []entities.Mention) {
	var sents []entities.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				sents = append(sents, entities.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	slices.SortStableFunc(ms, func(a, b mk) int { return len(b.surface) - len(a.surface) })
	taken := make([]bool, len(text))
	var out []entities.Mention
	for _, m := range ms {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(m.surface) + `(\b|$)`)
		if strings.HasSuffix(m.surface, ".") {
			re = regexp.MustCompile(`\b` + regexp.QuoteMeta(m.surface))
		}
		for _, loc := range re.FindAllStringIndex(text, -1) {
			if slices.Contains(taken[loc[0]:loc[1]], true) {
				continue
			}
			for k := loc[0]; k < loc[1]; k++ {
				taken[k] = true
			}
			out = append(out, entities.Mention{Span: entities.Span{Start: loc[0], End: loc[1]},
				Text: text[loc[0]:loc[1]], Kind: m.kind, Code: m.code, Form: m.form})
		}
	}
	slices.SortFunc(out, func(a, b entities.Mention) int { return a.Start - b.Start })
	return sents, out
}

// agr, part and sanc are the compared fields of each model.
type agr struct {
	Parties      []string
	Kind, Status string
}
type part struct {
	Parties     []string
	Kind, Trend string
}
type sanc struct {
	Imposers, Targets []string
	Kind, Action      string
}

func project(r Result) ([]agr, []part, []sanc) {
	as, ps, ss := []agr{}, []part{}, []sanc{}
	for _, a := range r.Agreements {
		as = append(as, agr{a.Parties, a.Kind, a.Status})
	}
	for _, p := range r.Partnerships {
		ps = append(ps, part{p.Parties, p.Kind, p.Trend})
	}
	for _, s := range r.Sanctions {
		ss = append(ss, sanc{s.Imposers, s.Targets, s.Kind, s.Action})
	}
	return as, ps, ss
}

func l(codes ...string) []string { return append([]string{}, codes...) }

func TestAgreements(t *testing.T) {
	tests := []struct {
		name string
		text string
		ms   []mk
		want []agr
	}{
		{"signed agreement", "Japan and India signed a civil nuclear agreement on Monday.",
			[]mk{ctry("Japan", "JPN"), ctry("India", "IND")},
			[]agr{{l("IND", "JPN"), "agreement", "signed"}}},
		{"ratified treaty between", "The treaty between Armenia and Azerbaijan was ratified by parliament in May.",
			[]mk{ctry("Armenia", "ARM"), ctry("Azerbaijan", "AZE")},
			[]agr{{l("ARM", "AZE"), "treaty", "ratified"}}},
		{"negotiating deal", "Brazil and Argentina are negotiating a free trade deal.",
			[]mk{ctry("Brazil", "BRA"), ctry("Argentina", "ARG")},
			[]agr{{l("ARG", "BRA"), "deal", "negotiating"}}},
		{"proposed ceasefire", "Egypt proposed a ceasefire between Israel and Hamas.",
			[]mk{ctry("Egypt", "EGY"), ctry("Israel", "ISR"), org("Hamas", "HAMAS")},
			[]agr{{l("HAMAS", "ISR"), "ceasefire", "proposed"}}},
		{"accord in force", "The accord between Peru and Chile entered into force on January 1.",
			[]mk{ctry("Peru", "PER"), ctry("Chile", "CHL")},
			[]agr{{l("CHL", "PER"), "accord", "in_force"}}},
		{"implementing memorandum", "Kenya and Ethiopia began implementing a memorandum of understanding on border trade.",
			[]mk{ctry("Kenya", "KEN"), ctry("Ethiopia", "ETH")},
			[]agr{{l("ETH", "KEN"), "memorandum", "implementing"}}},
		{"suspended with capital", "Moscow suspended the arms control treaty with Washington.",
			[]mk{capt("Moscow", "RUS"), capt("Washington", "USA")},
			[]agr{{l("RUS", "USA"), "treaty", "suspended"}}},
		{"withdrew from deal", "The United States withdrew from the nuclear deal with Iran in 2018.",
			[]mk{ctry("United States", "USA"), ctry("Iran", "IRN")},
			[]agr{{l("IRN", "USA"), "deal", "terminated"}}},
		{"contract reached", "Turkey and Qatar concluded a contract for the supply of gas.",
			[]mk{ctry("Turkey", "TUR"), ctry("Qatar", "QAT")},
			[]agr{{l("QAT", "TUR"), "contract", "reached"}}},
		{"joint declaration", "North Korea and South Korea adopted a joint declaration on peace.",
			[]mk{ctry("North Korea", "PRK"), ctry("South Korea", "KOR")},
			[]agr{{l("KOR", "PRK"), "declaration", "reached"}}},
		{"group of powers", "Iran and six world powers reached a deal on its nuclear programme.",
			[]mk{ctry("Iran", "IRN")},
			[]agr{{l("CHN", "DEU", "FRA", "GBR", "IRN", "RUS", "USA"), "deal", "reached"}}},
		{"adjective pair", "The U.S.-Mexico trade agreement was signed in 2018.",
			[]mk{ctry("U.S.", "USA"), ctry("Mexico", "MEX")},
			[]agr{{l("MEX", "USA"), "agreement", "signed"}}},
		{"coreference collapses", "France and Germany signed a defence treaty in January.\nThe treaty was ratified a year later.",
			[]mk{ctry("France", "FRA"), ctry("Germany", "DEU")},
			[]agr{{l("DEU", "FRA"), "treaty", "ratified"}}},
		{"parties from context", "The presidents of Ghana and Togo met in Accra on Tuesday.\nThe two leaders said the agreements reached last year would be implemented soon.",
			[]mk{ctry("Ghana", "GHA"), ctry("Togo", "TGO"), capt("Accra", "GHA")},
			[]agr{{l("GHA", "TGO"), "agreement", "reached"}}},
		{"organization agreed", "OPEC members agreed to cut output by one million barrels a day.",
			[]mk{org("OPEC", "OPEC")},
			[]agr{{l("OPEC"), "agreement", "reached"}}},
		{"failed talks", "Serbia and Kosovo failed to reach an agreement on licence plates.",
			[]mk{ctry("Serbia", "SRB"), ctry("Kosovo", "XKX")},
			[]agr{}},
		{"talks without result", "Serbia and Kosovo held talks on a deal, but no progress on the deal was made.",
			[]mk{ctry("Serbia", "SRB"), ctry("Kosovo", "XKX")},
			[]agr{{l("SRB", "XKX"), "deal", "negotiating"}}},
		{"no agreement", "There is no agreement between Sudan and Chad on the border.",
			[]mk{ctry("Sudan", "SDN"), ctry("Chad", "TCD")},
			[]agr{}},
		{"verb with modal is not an agreement", "Poland and Hungary could agree on the budget next week.",
			[]mk{ctry("Poland", "POL"), ctry("Hungary", "HUN")},
			[]agr{}},
		{"territory is not a party", "Britain and China signed the agreement to hand over Hong Kong to China.",
			[]mk{ctry("Britain", "GBR"), ctry("China", "CHN"), ctry("Hong Kong", "HKG")},
			[]agr{{l("CHN", "GBR"), "agreement", "signed"}}},
		{"treaty inside an organization name", "The North Atlantic Treaty Organization met in Brussels.",
			[]mk{org("North Atlantic Treaty Organization", "NATO"), capt("Brussels", "BEL")},
			[]agr{}},
		{"plural with several partners", "Israel signed agreements with Bahrain and Morocco.",
			[]mk{ctry("Israel", "ISR"), ctry("Bahrain", "BHR"), ctry("Morocco", "MAR")},
			[]agr{{l("BHR", "ISR"), "agreement", "signed"}, {l("ISR", "MAR"), "agreement", "signed"}}},
		{"mediator is not a party", "Armenia and Azerbaijan accepted a Russian-brokered ceasefire.",
			[]mk{ctry("Armenia", "ARM"), ctry("Azerbaijan", "AZE"), adj("Russian", "RUS")},
			[]agr{{l("ARM", "AZE"), "ceasefire", "reached"}}},
		{"brokered by", "The truce brokered by Egypt and Qatar between Israel and Hamas held on Sunday.",
			[]mk{ctry("Egypt", "EGY"), ctry("Qatar", "QAT"), ctry("Israel", "ISR"), org("Hamas", "HAMAS")},
			[]agr{{l("HAMAS", "ISR"), "ceasefire", "reached"}}},
		{"venue name is not a party", "Russia and Ukraine accused each other of violating the Minsk agreements.",
			[]mk{ctry("Russia", "RUS"), ctry("Ukraine", "UKR"), capt("Minsk", "BLR")},
			[]agr{{l("RUS", "UKR"), "agreement", "reached"}}},
		{"hypothetical deal", "The minister said Chile and Peru might sign a deal.",
			[]mk{ctry("Chile", "CHL"), ctry("Peru", "PER")},
			[]agr{}},
		{"modal on an existing treaty", "Putin said the two sides should extend the New START treaty.",
			[]mk{ldr("Putin", "RUS"), ctry("United States", "USA")},
			[]agr{}},
		{"the two sides from context", "Putin spoke with the United States president.\nPutin said the two sides should extend the New START treaty.",
			[]mk{ldr("Putin", "RUS"), ctry("United States", "USA")},
			[]agr{{l("RUS", "USA"), "treaty", "reached"}}},
		{"business deal", "Siemens AG said it signed a contract with a Brazilian utility, Germany's economy ministry said.",
			[]mk{adj("Brazilian", "BRA"), ctry("Germany", "DEU")},
			[]agr{}},
		{"statement issuers", "Joint statement by the United States and India\nWe signed a memorandum on space cooperation.",
			[]mk{ctry("United States", "USA"), ctry("India", "IND")},
			[]agr{{l("IND", "USA"), "memorandum", "signed"}}},
		{"to deal with is a verb", "Norway and Sweden will work together to deal with the crisis.",
			[]mk{ctry("Norway", "NOR"), ctry("Sweden", "SWE")},
			[]agr{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, ms := fixture(tt.text, tt.ms...)
			got, _, _ := project(Extract(tt.text, sents, ms, nil))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("agreements (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPartnerships(t *testing.T) {
	tests := []struct {
		name string
		text string
		ms   []mk
		want []part
	}{
		{"deepen strategic partnership", "China and Pakistan pledged to deepen their strategic partnership.",
			[]mk{ctry("China", "CHN"), ctry("Pakistan", "PAK")},
			[]part{{l("CHN", "PAK"), "strategic partnership", "strengthening"}}},
		{"comprehensive adjective pair", "The Russian-Chinese comprehensive strategic partnership is at its best.",
			[]mk{adj("Russian", "RUS"), adj("Chinese", "CHN")},
			[]part{{l("CHN", "RUS"), "comprehensive strategic partnership", "stable"}}},
		{"allies", "Greece and Cyprus are close allies.",
			[]mk{ctry("Greece", "GRC"), ctry("Cyprus", "CYP")},
			[]part{{l("CYP", "GRC"), "alliance", "stable"}}},
		{"cooperation with", "India's cooperation with Japan in the space sector is expanding.",
			[]mk{ctry("India", "IND"), ctry("Japan", "JPN")},
			[]part{{l("IND", "JPN"), "cooperation", "strengthening"}}},
		{"strained ties", "Ties between Ankara and Berlin are strained.",
			[]mk{capt("Ankara", "TUR"), capt("Berlin", "DEU")},
			[]part{{l("DEU", "TUR"), "cooperation", "weakening"}}},
		{"friendship treaty partner", "Mongolia values its friendship with Kazakhstan.",
			[]mk{ctry("Mongolia", "MNG"), ctry("Kazakhstan", "KAZ")},
			[]part{{l("KAZ", "MNG"), "friendship", "stable"}}},
		{"backed government", "Fighting resumed near the capital of the Saudi-backed government of Yemen.",
			[]mk{adj("Saudi", "SAU"), ctry("Yemen", "YEM")},
			[]part{{l("SAU", "YEM"), "alliance", "stable"}}},
		{"allies of a possessor", "Russia and Iran, Syria's main allies, met in Astana.",
			[]mk{ctry("Russia", "RUS"), ctry("Iran", "IRN"), ctry("Syria", "SYR"), capt("Astana", "KAZ")},
			[]part{{l("IRN", "SYR"), "alliance", "stable"}, {l("RUS", "SYR"), "alliance", "stable"}}},
		{"ally named after", "Syria's ally Iran sent advisers.",
			[]mk{ctry("Syria", "SYR"), ctry("Iran", "IRN")},
			[]part{{l("IRN", "SYR"), "alliance", "stable"}}},
		{"two backers", "Syria's Russian- and Iranian-backed government held the city.",
			[]mk{ctry("Syria", "SYR"), adj("Russian", "RUS"), adj("Iranian", "IRN")},
			[]part{{l("RUS", "SYR"), "alliance", "stable"}, {l("IRN", "SYR"), "alliance", "stable"}}},
		{"hypothetical cooperation", "Spain said cooperation with Morocco could collapse if France objected.",
			[]mk{ctry("Spain", "ESP"), ctry("Morocco", "MAR"), ctry("France", "FRA")},
			[]part{{l("ESP", "MAR"), "cooperation", "weakening"}}},
		{"partner of a possessor", "Russia's strategic partner China abstained.",
			[]mk{ctry("Russia", "RUS"), ctry("China", "CHN")},
			[]part{{l("CHN", "RUS"), "strategic partnership", "stable"}}},
		{"cut ties", "Bahrain cut diplomatic ties with Iran.",
			[]mk{ctry("Bahrain", "BHR"), ctry("Iran", "IRN")},
			[]part{}},
		{"bare relations are not a partnership", "Relations between Chile and Bolivia were discussed.",
			[]mk{ctry("Chile", "CHL"), ctry("Bolivia", "BOL")},
			[]part{}},
		{"our allies need a named counterpart", "We, the leaders of Italy and Spain, thank our allies for their support against Russia.",
			[]mk{ctry("Italy", "ITA"), ctry("Spain", "ESP"), ctry("Russia", "RUS")},
			[]part{}},
		{"kinds merge to the most specific", "Vietnam and Laos discussed bilateral cooperation.\nThe Vietnamese-Lao strategic partnership was reaffirmed.",
			[]mk{ctry("Vietnam", "VNM"), ctry("Laos", "LAO"), adj("Vietnamese", "VNM"), adj("Lao", "LAO")},
			[]part{{l("LAO", "VNM"), "strategic partnership", "stable"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, ms := fixture(tt.text, tt.ms...)
			_, got, _ := project(Extract(tt.text, sents, ms, nil))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("partnerships (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSanctions(t *testing.T) {
	tests := []struct {
		name string
		text string
		ms   []mk
		want []sanc
	}{
		{"imposed on", "The European Union imposed new sanctions on Belarus.",
			[]mk{org("European Union", "EU"), ctry("Belarus", "BLR")},
			[]sanc{{l("EU"), l("BLR"), "economic", "imposed"}}},
		{"extended against", "Washington extended its sanctions against Caracas for another year.",
			[]mk{capt("Washington", "USA"), capt("Caracas", "VEN")},
			[]sanc{{l("USA"), l("VEN"), "economic", "extended"}}},
		{"threatened tariffs", "Beijing threatened to impose tariffs on Australian wine.",
			[]mk{capt("Beijing", "CHN"), adj("Australian", "AUS")},
			[]sanc{{l("CHN"), l("AUS"), "trade", "threatened"}}},
		{"lifted arms embargo", "The Security Council lifted the arms embargo on Liberia.",
			[]mk{org("Security Council", "UNSC"), ctry("Liberia", "LBR")},
			[]sanc{{l("UNSC"), l("LBR"), "arms_embargo", "lifted"}}},
		{"eased travel bans", "Canada eased travel bans on Iranian officials.",
			[]mk{ctry("Canada", "CAN"), adj("Iranian", "IRN")},
			[]sanc{{l("CAN"), l("IRN"), "travel_ban", "eased"}}},
		{"condemned by target", "Moscow condemned the Western sanctions as illegal.",
			[]mk{capt("Moscow", "RUS")},
			[]sanc{{l(), l("RUS"), "economic", "condemned"}}},
		{"supported", "Japan supported the financial sanctions against North Korea.",
			[]mk{ctry("Japan", "JPN"), ctry("North Korea", "PRK")},
			[]sanc{{l(), l("PRK"), "financial", "supported"}}},
		{"under embargo", "Cuba has been under a US trade embargo since 1962.",
			[]mk{ctry("Cuba", "CUB"), ctry("US", "USA")},
			[]sanc{{l("USA"), l("CUB"), "trade", "mentioned"}}},
		{"asset freeze", "Britain announced an asset freeze against Russian oligarchs.",
			[]mk{ctry("Britain", "GBR"), adj("Russian", "RUS")},
			[]sanc{{l("GBR"), l("RUS"), "asset_freeze", "imposed"}}},
		{"possessive imposer", "Canada's fishing ban angered France.",
			[]mk{ctry("Canada", "CAN"), ctry("France", "FRA")},
			[]sanc{{l("CAN"), l("FRA"), "trade", "mentioned"}}},
		{"modifier target", "Officials discussed the Iran sanctions with Germany.",
			[]mk{ctry("Iran", "IRN"), ctry("Germany", "DEU")},
			[]sanc{{l(), l("IRN"), "economic", "mentioned"}}},
		{"diplomatic and subjected", "Eritrea has been subjected to diplomatic sanctions by the African Union.",
			[]mk{ctry("Eritrea", "ERI"), org("African Union", "AU")},
			[]sanc{{l("AU"), l("ERI"), "diplomatic", "mentioned"}}},
		{"unilateral regime merges", "Syria condemned unilateral sanctions imposed by the United States.\nThese sanctions hurt ordinary Syrians.",
			[]mk{ctry("Syria", "SYR"), ctry("United States", "USA"), adj("Syrians", "SYR")},
			[]sanc{{l("USA"), l("SYR"), "unilateral", "imposed"}}},
		{"embargo kind", "The oil embargo on Iraq ended in 2003.",
			[]mk{ctry("Iraq", "IRQ")},
			[]sanc{{l(), l("IRQ"), "trade", "lifted"}}},
		{"plain embargo", "An embargo against South Africa was supported by Sweden.",
			[]mk{ctry("South Africa", "ZAF"), ctry("Sweden", "SWE")},
			[]sanc{{l("SWE"), l("ZAF"), "embargo", "supported"}}},
		{"other measures", "The bloc adopted restrictive measures against Myanmar.",
			[]mk{ctry("Myanmar", "MMR")},
			[]sanc{{l(), l("MMR"), "other", "imposed"}}},
		{"statement issuers impose", "We, the leaders of France, Italy and Canada, condemn the invasion.\nWe imposed severe measures on Russian banks.",
			[]mk{ctry("France", "FRA"), ctry("Italy", "ITA"), ctry("Canada", "CAN"), adj("Russian", "RUS")},
			[]sanc{{l("CAN", "FRA", "ITA"), l("RUS"), "other", "imposed"}}},
		{"sanctioned verb", "The Treasury sanctioned three Iranian shipping firms, the United States said.",
			[]mk{adj("Iranian", "IRN"), ctry("United States", "USA")},
			[]sanc{{l("USA"), l("IRN"), "economic", "imposed"}}},
		{"countermeasures answer a regime", "The European Union imposed sanctions on Russia.\nMoscow vowed to retaliate with countermeasures.",
			[]mk{org("European Union", "EU"), ctry("Russia", "RUS"), capt("Moscow", "RUS")},
			[]sanc{{l("EU"), l("RUS"), "economic", "imposed"}, {l("RUS"), l("EU"), "other", "threatened"}}},
		{"reason is not a target", "The United States imposed sanctions on Iranian firms over their support for Syria.",
			[]mk{ctry("United States", "USA"), adj("Iranian", "IRN"), ctry("Syria", "SYR")},
			[]sanc{{l("USA"), l("IRN"), "economic", "imposed"}}},
		{"object of a preposition is not an imposer", "Investment in Russia fell as the bloc began imposing sanctions on Belarus.",
			[]mk{ctry("Russia", "RUS"), ctry("Belarus", "BLR")},
			[]sanc{{l(), l("BLR"), "economic", "imposed"}}},
		{"condemned by the target", "Iran condemned the sanctions imposed by Washington.",
			[]mk{ctry("Iran", "IRN"), capt("Washington", "USA")},
			[]sanc{{l("USA"), l("IRN"), "economic", "imposed"}}},
		{"statement author", "Statement by the Ministry of Foreign Affairs of Ukraine on the grain trade\nWe condemn the restrictions imposed on our farmers by Hungary.",
			[]mk{ctry("Ukraine", "UKR"), ctry("Hungary", "HUN")},
			[]sanc{{l("HUN"), l("UKR"), "other", "imposed"}}},
		{"imposer inferred from the sentence", "Cuba condemned the sanctions, blaming the United States.",
			[]mk{ctry("Cuba", "CUB"), ctry("United States", "USA")},
			[]sanc{{l("USA"), l("CUB"), "economic", "condemned"}}},
		{"passive sanctioned", "Belarus was sanctioned by Canada in 2021.",
			[]mk{ctry("Belarus", "BLR"), ctry("Canada", "CAN")},
			[]sanc{{l("CAN"), l("BLR"), "economic", "imposed"}}},
		{"designated", "The State Department designated two Syrian militias.",
			[]mk{adj("Syrian", "SYR")},
			[]sanc{{l(), l("SYR"), "other", "imposed"}}},
		{"strategic partner of a possessor", "Russia's strategic partner China abstained.",
			[]mk{ctry("Russia", "RUS"), ctry("China", "CHN")},
			[]sanc{}},
		{"no new sanctions", "Greece said no sanctions would be imposed on Turkey.",
			[]mk{ctry("Greece", "GRC"), ctry("Turkey", "TUR")},
			[]sanc{}},
		{"unqualified measures are not sanctions", "Italy took measures to protect its coast.",
			[]mk{ctry("Italy", "ITA")},
			[]sanc{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, ms := fixture(tt.text, tt.ms...)
			_, _, got := project(Extract(tt.text, sents, ms, nil))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sanctions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTimesAndEvidence(t *testing.T) {
	text := "Kenya and Uganda signed a railway agreement on 3 May.\n" +
		"Eritrea has been under a UN arms embargo for nine years."
	sents, ms := fixture(text, ctry("Kenya", "KEN"), ctry("Uganda", "UGA"), ctry("Eritrea", "ERI"), org("UN", "UN"))
	at := func(s string) entities.Span {
		i := strings.Index(text, s)
		return entities.Span{Start: i, End: i + len(s)}
	}
	times := []Time{
		{Span: at("3 May"), Type: "DATE", Value: "2019-05-03"},
		{Span: at("nine years"), Type: "DURATION", Value: "P9Y"},
	}
	r := Extract(text, sents, ms, times)
	if len(r.Agreements) != 1 || len(r.Sanctions) != 1 {
		t.Fatalf("got %d agreements, %d sanctions; want 1, 1", len(r.Agreements), len(r.Sanctions))
	}
	a, s := r.Agreements[0], r.Sanctions[0]
	if a.Date != "2019-05-03" || !slices.Equal(a.Sectors, []string{"transport"}) {
		t.Errorf("agreement date %q sectors %v, want 2019-05-03 [transport]", a.Date, a.Sectors)
	}
	if s.Duration != "P9Y" || s.Kind != "arms_embargo" || !slices.Equal(s.Imposers, []string{"UN"}) {
		t.Errorf("sanction %+v, want UN arms embargo for P9Y", s)
	}
	for _, ev := range []entities.Evidence{a.Evidence, s.Evidence} {
		if text[ev.Start:ev.End] != ev.Text {
			t.Errorf("evidence %q does not match its span %v", ev.Text, ev.Span)
		}
	}
	if a.Evidence.Text != "Kenya and Uganda signed a railway agreement on 3 May." {
		t.Errorf("agreement evidence %q", a.Evidence.Text)
	}
}

func TestDegenerateInput(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		sents []entities.Span
		ms    []entities.Mention
	}{
		{"empty", "", nil, nil},
		{"no sentences given", "Chile and Peru signed a treaty.", nil, []entities.Mention{
			{Span: entities.Span{Start: 0, End: 5}, Code: "CHL", Kind: entities.KindCountry},
			{Span: entities.Span{Start: 10, End: 14}, Code: "PER", Kind: entities.KindCountry}}},
		{"spans out of range", "Sanctions.", []entities.Span{{Start: -3, End: 99}, {Start: 5, End: 2}},
			[]entities.Mention{{Span: entities.Span{Start: 8, End: 40}, Code: "RUS"}}},
		{"mentions unsorted", "Chile and Peru signed a treaty.", nil, []entities.Mention{
			{Span: entities.Span{Start: 10, End: 14}, Code: "PER", Kind: entities.KindCountry},
			{Span: entities.Span{Start: 0, End: 5}, Code: "CHL", Kind: entities.KindCountry}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(tt.text, tt.sents, tt.ms, nil)
			if r.Agreements == nil || r.Partnerships == nil || r.Sanctions == nil {
				t.Fatal("nil slice")
			}
			if strings.Contains(tt.text, "treaty") && (len(r.Agreements) != 1 || !slices.Equal(r.Agreements[0].Parties, []string{"CHL", "PER"})) {
				t.Errorf("agreements %+v, want one CHL+PER", r.Agreements)
			}
		})
	}
}
