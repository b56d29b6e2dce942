package events

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// m describes a mention for the tests: the surface text (its first
// occurrence after the previous mention), its code, and optionally its kind
// and form.
type m struct {
	text, code string
	kind       entities.Kind
	form       string
}

// mentions builds the mentions of text in order.
func mentions(t testing.TB, text string, ms []m) []entities.Mention {
	t.Helper()
	var out []entities.Mention
	from := 0
	for _, x := range ms {
		i := strings.Index(text[from:], x.text)
		if i < 0 {
			t.Fatalf("mention %q not in %q", x.text, text)
		}
		i += from
		kind := x.kind
		if kind == 0 {
			kind = entities.KindCountry
		}
		form := x.form
		if form == "" {
			form = "name"
		}
		out = append(out, entities.Mention{Span: entities.Span{Start: i, End: i + len(x.text)},
			Text: x.text, Kind: kind, Code: x.code, Form: form})
		from = i + len(x.text)
	}
	return out
}

// ev is an event in short form: "TYPE SRC>TGT", with "~" before a negated one.
func short(evs []Event) []string {
	out := []string{}
	for _, e := range evs {
		s := e.Type + " " + e.Source + ">" + e.Target
		if e.Negated {
			s = "~" + s
		}
		out = append(out, s)
	}
	return out
}

func whole(text string) entities.Span { return entities.Span{Start: 0, End: len(text)} }

var (
	leader = entities.KindLeader
	org    = entities.KindOrganization
)

func TestCode(t *testing.T) {
	tests := []struct {
		name string
		text string
		ms   []m
		want []string
	}{
		// One or more per PLOVER type.
		{"agree", "Chile and Peru agreed on Monday to reopen their border crossings.",
			[]m{{"Chile", "CHL", 0, ""}, {"Peru", "PER", 0, ""}}, []string{"AGREE CHL>PER"}},
		{"agree promise aid", "Norway pledged to provide Malawi with emergency food aid.",
			[]m{{"Norway", "NOR", 0, ""}, {"Malawi", "MWI", 0, ""}}, []string{"AGREE NOR>MWI"}},
		{"future visit is an intention and the visit", "The Austrian chancellor will visit Slovenia next week.",
			[]m{{"Austrian", "AUT", 0, "adjective"}, {"Slovenia", "SVN", 0, ""}}, []string{"AGREE AUT>SVN", "CONSULT AUT>SVN"}},
		{"plan is only an intention", "The Austrian chancellor plans to visit Slovenia.",
			[]m{{"Austrian", "AUT", 0, "adjective"}, {"Slovenia", "SVN", 0, ""}}, []string{"AGREE AUT>SVN"}},
		{"consult meet", "Kenyan President William Ruto met Tanzania's president in Arusha on Friday.",
			[]m{{"Kenyan", "KEN", 0, "adjective"}, {"William Ruto", "KEN", leader, ""}, {"Tanzania", "TZA", 0, ""}, {"Arusha", "TZA", 0, "city"}},
			[]string{"CONSULT KEN>TZA"}},
		{"consult phone", "Chancellor Hans Weber held a telephone conversation with the Polish prime minister.",
			[]m{{"Hans Weber", "DEU", leader, ""}, {"Polish", "POL", 0, "adjective"}}, []string{"CONSULT DEU>POL"}},
		{"consult visit", "Indonesia's foreign minister paid a two-day visit to Vietnam.",
			[]m{{"Indonesia", "IDN", 0, ""}, {"Vietnam", "VNM", 0, ""}}, []string{"CONSULT IDN>VNM"}},
		{"consult nominal", "The visit of the Ghanaian president to Togo ended with a joint communique.",
			[]m{{"Ghanaian", "GHA", 0, "adjective"}, {"Togo", "TGO", 0, ""}}, []string{"CONSULT GHA>TGO"}},
		{"support", "Brazil praised Argentina for its handling of the debt talks.",
			[]m{{"Brazil", "BRA", 0, ""}, {"Argentina", "ARG", 0, ""}}, []string{"SUPPORT BRA>ARG"}},
		{"support sign", "Mongolia and Kazakhstan signed a treaty on transit trade.",
			[]m{{"Mongolia", "MNG", 0, ""}, {"Kazakhstan", "KAZ", 0, ""}}, []string{"SUPPORT MNG>KAZ"}},
		{"concede", "The junta accepted demands from Thailand to open the border.",
			[]m{{"Thailand", "THA", 0, ""}}, nil},
		{"concede ease", "Uzbekistan eased restrictions on Tajik traders after the summit.",
			[]m{{"Uzbekistan", "UZB", 0, ""}, {"Tajik", "TJK", 0, "adjective"}}, []string{"CONCEDE UZB>TJK"}},
		{"cooperate", "Spain shared intelligence with Morocco about the smuggling network.",
			[]m{{"Spain", "ESP", 0, ""}, {"Morocco", "MAR", 0, ""}}, []string{"COOPERATE ESP>MAR"}},
		{"aid", "Japan donated medical supplies to the Philippines after the typhoon.",
			[]m{{"Japan", "JPN", 0, ""}, {"Philippines", "PHL", 0, ""}}, []string{"AID JPN>PHL"}},
		{"retreat", "Armenia released prisoners held since the war with Azerbaijan.",
			[]m{{"Armenia", "ARM", 0, ""}, {"Azerbaijan", "AZE", 0, ""}}, []string{"RETREAT ARM>AZE"}},
		{"retreat withdraw", "Ethiopia withdrew its troops from Somalia on Sunday.",
			[]m{{"Ethiopia", "ETH", 0, ""}, {"Somalia", "SOM", 0, ""}}, []string{"RETREAT ETH>SOM"}},
		{"request", "Ireland urged Britain to keep the border open.",
			[]m{{"Ireland", "IRL", 0, ""}, {"Britain", "GBR", 0, ""}}, []string{"REQUEST IRL>GBR"}},
		{"request demand", "Qatar demanded that Bahrain release the fishermen.",
			[]m{{"Qatar", "QAT", 0, ""}, {"Bahrain", "BHR", 0, ""}}, []string{"REQUEST QAT>BHR"}},
		{"request reported must", "Egypt said on Monday that Ethiopia must stop filling the dam.",
			[]m{{"Egypt", "EGY", 0, ""}, {"Ethiopia", "ETH", 0, ""}}, []string{"REQUEST EGY>ETH"}},
		{"accuse", "Serbia accused Croatia of stoking tensions along the Danube.",
			[]m{{"Serbia", "SRB", 0, ""}, {"Croatia", "HRV", 0, ""}}, []string{"ACCUSE SRB>HRV"}},
		{"accuse condemn", "The Moroccan government condemned Algeria's decision to close its airspace.",
			[]m{{"Moroccan", "MAR", 0, "adjective"}, {"Algeria", "DZA", 0, ""}}, []string{"ACCUSE MAR>DZA"}},
		{"reject", "Guyana rejected a Venezuelan proposal for a referendum on the Essequibo.",
			[]m{{"Guyana", "GUY", 0, ""}, {"Venezuelan", "VEN", 0, "adjective"}}, []string{"REJECT GUY>VEN"}},
		{"reject will not", "Cyprus will not recognise the agreement with Turkey.",
			[]m{{"Cyprus", "CYP", 0, ""}, {"Turkey", "TUR", 0, ""}}, []string{"REJECT CYP>TUR"}},
		{"threaten", "Iran threatened to close the Strait of Hormuz to Saudi tankers.",
			[]m{{"Iran", "IRN", 0, ""}, {"Saudi", "SAU", 0, "adjective"}}, []string{"THREATEN IRN>SAU"}},
		{"threaten unless", "Nigeria said it will withdraw its troops from Mali unless the junta holds elections.",
			[]m{{"Nigeria", "NGA", 0, ""}, {"Mali", "MLI", 0, ""}}, []string{"THREATEN NGA>MLI"}},
		{"protest", "Thousands of Bolivian miners demonstrated in La Paz against the new tax.",
			[]m{{"Bolivian", "BOL", 0, "group"}, {"La Paz", "BOL", 0, "capital"}}, []string{"PROTEST BOL>BOL"}},
		{"mobilize", "Pakistan deployed troops along the border with Afghanistan.",
			[]m{{"Pakistan", "PAK", 0, ""}, {"Afghanistan", "AFG", 0, ""}}, []string{"MOBILIZE PAK>AFG"}},
		{"sanction", "The European Union imposed sanctions on Belarus over the crackdown.",
			[]m{{"European Union", "EU", org, "name"}, {"Belarus", "BLR", 0, ""}}, []string{"SANCTION EU>BLR"}},
		{"sanction expel", "Estonia expelled two Russian diplomats on Thursday.",
			[]m{{"Estonia", "EST", 0, ""}, {"Russian", "RUS", 0, "adjective"}}, []string{"SANCTION EST>RUS"}},
		{"coerce", "Egyptian police arrested twelve Sudanese traders in Aswan.",
			[]m{{"Egyptian", "EGY", 0, "group"}, {"Sudanese", "SDN", 0, "group"}}, []string{"COERCE EGY>SDN"}},
		{"assault", "Ugandan troops attacked rebel camps in eastern Congo.",
			[]m{{"Ugandan", "UGA", 0, "group"}, {"Congo", "COD", 0, ""}}, []string{"ASSAULT UGA>COD"}},
		{"assault possessive", "Leaders discussed Russia's invasion of Ukraine.",
			[]m{{"Russia", "RUS", 0, ""}, {"Ukraine", "UKR", 0, ""}}, []string{"ASSAULT RUS>UKR"}},

		// Negation, hypothesis, wishes and questions.
		{"negation", "Bhutan did not sign the border accord with China.",
			[]m{{"Bhutan", "BTN", 0, ""}, {"China", "CHN", 0, ""}}, []string{"REJECT BTN>CHN"}},
		{"negation attack", "Israel never attacked Lebanese villages, the army said.",
			[]m{{"Israel", "ISR", 0, ""}, {"Lebanese", "LBN", 0, "adjective"}}, []string{"~ASSAULT ISR>LBN"}},
		{"hypothesis", "Ghana might have imposed sanctions on Mali.",
			[]m{{"Ghana", "GHA", 0, ""}, {"Mali", "MLI", 0, ""}}, []string{"~SANCTION GHA>MLI"}},
		{"possible hostile act is a threat", "Ghana could impose sanctions on Mali if talks fail.",
			[]m{{"Ghana", "GHA", 0, ""}, {"Mali", "MLI", 0, ""}}, []string{"THREATEN GHA>MLI"}},
		{"should", "Ghana should lift its sanctions on Mali.",
			[]m{{"Ghana", "GHA", 0, ""}, {"Mali", "MLI", 0, ""}}, []string{"~RETREAT GHA>MLI"}},
		{"wish", "Colombia hopes to sign a trade pact with Ecuador.",
			[]m{{"Colombia", "COL", 0, ""}, {"Ecuador", "ECU", 0, ""}}, []string{"~SUPPORT COL>ECU"}},
		{"question", "Will Japan sanction Russia?",
			[]m{{"Japan", "JPN", 0, ""}, {"Russia", "RUS", 0, ""}}, []string{"~SANCTION JPN>RUS"}},
		{"conditional", "If Serbia attacks Kosovo, NATO will respond.",
			[]m{{"Serbia", "SRB", 0, ""}, {"Kosovo", "XKX", 0, ""}, {"NATO", "NATO", org, "abbr"}}, []string{"~ASSAULT SRB>XKX"}},

		// Voice.
		{"passive", "Iraq was condemned by Kuwait for the border incident.",
			[]m{{"Iraq", "IRQ", 0, ""}, {"Kuwait", "KWT", 0, ""}}, []string{"ACCUSE KWT>IRQ"}},
		{"passive no agent", "Three Yemeni fishermen were killed near the coast.",
			[]m{{"Yemeni", "YEM", 0, "group"}}, []string{"ASSAULT >YEM"}},

		// Actors.
		{"compound source", "Sweden and Finland condemned Russia's threats.",
			[]m{{"Sweden", "SWE", 0, ""}, {"Finland", "FIN", 0, ""}, {"Russia", "RUS", 0, ""}},
			[]string{"ACCUSE SWE>RUS", "ACCUSE FIN>RUS"}},
		{"compound target", "Kenya hosted Uganda and Rwanda for talks.",
			[]m{{"Kenya", "KEN", 0, ""}, {"Uganda", "UGA", 0, ""}, {"Rwanda", "RWA", 0, ""}},
			[]string{"CONSULT KEN>UGA", "CONSULT KEN>RWA"}},
		{"agent of another verb", "Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.",
			[]m{{"Saudi Arabia", "SAU", 0, ""}, {"Iran", "IRN", 0, ""}, {"China", "CHN", 0, ""}}, []string{"SUPPORT SAU>IRN"}},
		{"coordinated verbs", "Spain condemned the attack and expressed solidarity with Morocco.",
			[]m{{"Spain", "ESP", 0, ""}, {"Morocco", "MAR", 0, ""}}, []string{"ACCUSE ESP>", "SUPPORT ESP>MAR"}},
		{"denial", "Iran denied that it had supplied drones to Russia.",
			[]m{{"Iran", "IRN", 0, ""}, {"Russia", "RUS", 0, ""}}, []string{"~AID IRN>RUS"}},
		{"street protest", "Thousands of Armenians protested in Yerevan.",
			[]m{{"Armenians", "ARM", 0, "demonym"}, {"Yerevan", "ARM", 0, "capital"}}, []string{"PROTEST ARM>ARM"}},
		{"pair anaphor", "Chile and Peru held talks. The two presidents agreed to reopen the border.",
			[]m{{"Chile", "CHL", 0, ""}, {"Peru", "PER", 0, ""}}, []string{"CONSULT CHL>PER", "AGREE CHL>PER"}},
		{"sports report", "Togo beat Congo 1-0 in their qualifier on Sunday.",
			[]m{{"Togo", "TGO", 0, ""}, {"Congo", "COG", 0, ""}}, nil},
		{"blocking idiom", "The president signed the bill into law, Kenyan media said.",
			[]m{{"Kenyan", "KEN", 0, "adjective"}}, nil},
		{"reported subject", "A Kenyan official said the airline was working with Ethiopia.",
			[]m{{"Kenyan", "KEN", 0, "adjective"}, {"Ethiopia", "ETH", 0, ""}}, nil},
		{"purpose is not a recipient", "Britain provided ships to block Iranian trade.",
			[]m{{"Britain", "GBR", 0, ""}, {"Iranian", "IRN", 0, "adjective"}}, nil},
		{"urged object", "Norway urged its diplomats to improve ties with Russia.",
			[]m{{"Norway", "NOR", 0, ""}, {"Russia", "RUS", 0, ""}}, nil},
		{"leader of country", "President Ali Bongo of Gabon visited Cameroon.",
			[]m{{"President Ali Bongo", "XXX", leader, ""}, {"Gabon", "GAB", 0, ""}, {"Cameroon", "CMR", 0, ""}}, []string{"CONSULT GAB>CMR"}},
		{"participle after comma", "Germany condemned the raid, telling Turkey to stop.",
			[]m{{"Germany", "DEU", 0, ""}, {"Turkey", "TUR", 0, ""}}, []string{"ACCUSE DEU>", "CONSULT DEU>TUR"}},
		{"epithet", "The EU said the bloc would not recognise the vote and called on Serbia to respect the border.",
			[]m{{"EU", "EU", org, "abbr"}, {"Serbia", "SRB", 0, ""}}, []string{"REJECT EU>", "REQUEST EU>SRB"}},
		{"main verb after relative clause", "France, which has led calls for sanctions, said it was ready to work with Germany.",
			[]m{{"France", "FRA", 0, ""}, {"Germany", "DEU", 0, ""}}, []string{"AGREE FRA>DEU"}},
		{"inverted frame", "Iran attacked Iraqi positions, said the Kuwaiti envoy.",
			[]m{{"Iran", "IRN", 0, ""}, {"Iraqi", "IRQ", 0, "adjective"}, {"Kuwaiti", "KWT", 0, "adjective"}}, []string{"ASSAULT IRN>IRQ"}},
		{"attack in a place", "Russia condemned the terrorist attack in Kabul.",
			[]m{{"Russia", "RUS", 0, ""}, {"Kabul", "AFG", 0, "capital"}}, []string{"ACCUSE RUS>"}},
		{"repression in a state", "The EU condemned the repression of journalists in Belarus.",
			[]m{{"EU", "EU", org, "abbr"}, {"Belarus", "BLR", 0, ""}}, []string{"ACCUSE EU>BLR"}},
		{"reciprocal", "Delegations from Laos and Cambodia met in Vientiane.",
			[]m{{"Laos", "LAO", 0, ""}, {"Cambodia", "KHM", 0, ""}, {"Vientiane", "LAO", 0, "capital"}},
			[]string{"CONSULT LAO>KHM"}},
		{"leader and adjective", "Russian President Vladimir Putin met Cuban President Miguel Diaz-Canel.",
			[]m{{"Russian", "RUS", 0, "adjective"}, {"Vladimir Putin", "RUS", leader, ""}, {"Cuban", "CUB", 0, "adjective"}, {"Miguel Diaz-Canel", "CUB", leader, ""}},
			[]string{"CONSULT RUS>CUB"}},
		{"no self event", "Russian President Vladimir Putin met Russian governors.",
			[]m{{"Russian", "RUS", 0, "adjective"}, {"Vladimir Putin", "RUS", leader, ""}, {"Russian", "RUS", 0, "adjective"}}, nil},
		{"relative clause", "Peru, which signed the accord last year, criticized Bolivia.",
			[]m{{"Peru", "PER", 0, ""}, {"Bolivia", "BOL", 0, ""}}, []string{"ACCUSE PER>BOL"}},
		{"reporting frame", "Chad attacked Boko Haram camps in Niger, Nigerian officials said.",
			[]m{{"Chad", "TCD", 0, ""}, {"Niger", "NER", 0, ""}, {"Nigerian", "NGA", 0, "adjective"}}, []string{"ASSAULT TCD>NER"}},
		{"pronoun", "Morocco says it will not accept the ruling of the Algerian court.",
			[]m{{"Morocco", "MAR", 0, ""}, {"Algerian", "DZA", 0, "adjective"}}, []string{"REJECT MAR>DZA"}},
		{"no trigger", "Relations between Peru and Chile have a long history.",
			[]m{{"Peru", "PER", 0, ""}, {"Chile", "CHL", 0, ""}}, nil},
		{"noun not verb", "The attack drew wide condemnation in Mexico.",
			[]m{{"Mexico", "MEX", 0, ""}}, nil},
		{"title case headline", "Fiji Condemns Coup In Tonga",
			[]m{{"Fiji", "FJI", 0, ""}, {"Tonga", "TON", 0, ""}}, []string{"ACCUSE FJI>TON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentions(t, tt.text, tt.ms)
			got := short(Code(tt.text, whole(tt.text), ms))
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("Code(%q) mismatch (-want +got):\n%s", tt.text, d)
			}
		})
	}
}

func TestCodeFields(t *testing.T) {
	text := "Intro. Kazakh President Kassym-Jomart Tokayev was in a telephone conversation with Uzbek President Shavkat Mirziyoyev. Outro."
	sent := entities.Span{Start: 7, End: strings.Index(text, " Outro")}
	ms := mentions(t, text, []m{{"Kazakh", "KAZ", 0, "adjective"}, {"Kassym-Jomart Tokayev", "KAZ", leader, ""},
		{"Uzbek", "UZB", 0, "adjective"}, {"Shavkat Mirziyoyev", "UZB", leader, ""}})
	got := Code(text, sent, ms)
	want := []Event{{
		Type: "CONSULT", Mode: "phone", CAMEO: "041", Goldstein: 1, Source: "KAZ", Target: "UZB",
		Evidence: entities.Evidence{Text: text[sent.Start:sent.End], Span: sent},
	}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("mismatch (-want +got):\n%s", d)
	}
}

func TestCodeMultilateral(t *testing.T) {
	text := "Leaders of Chile, Peru and Bolivia met in Lima."
	ms := mentions(t, text, []m{{"Chile", "CHL", 0, ""}, {"Peru", "PER", 0, ""}, {"Bolivia", "BOL", 0, ""}, {"Lima", "PER", 0, "capital"}})
	evs := Code(text, whole(text), ms)
	if len(evs) != 3 {
		t.Fatalf("got %d events, want 3: %v", len(evs), short(evs))
	}
	for _, e := range evs {
		if e.Mode != "multilateral" || e.CAMEO != "040" {
			t.Errorf("event %s %s>%s: mode %q cameo %s, want multilateral 040", e.Type, e.Source, e.Target, e.Mode, e.CAMEO)
		}
	}
}

func TestCodeIgnoresOutsideMentions(t *testing.T) {
	text := "Peru met Chile. Bolivia condemned the plan."
	ms := mentions(t, text, []m{{"Peru", "PER", 0, ""}, {"Chile", "CHL", 0, ""}, {"Bolivia", "BOL", 0, ""}})
	got := short(Code(text, entities.Span{Start: 16, End: len(text)}, ms))
	if d := cmp.Diff([]string{"ACCUSE BOL>"}, got); d != "" {
		t.Errorf("mismatch (-want +got):\n%s", d)
	}
	for _, sp := range []entities.Span{{Start: -5, End: 3}, {Start: 10, End: 2}, {Start: 0, End: 1 << 20}, {}} {
		_ = Code(text, sp, ms) // must not panic
	}
	// Mentions with broken spans must not panic either.
	bad := []entities.Mention{{Span: entities.Span{Start: -3, End: 2}, Code: "AAA"}, {Span: entities.Span{Start: 5, End: 3}, Code: "BBB"},
		{Span: entities.Span{Start: 40, End: 400}, Code: "CCC"}}
	_ = Code("Peru met Chile. The country condemned the plan.", entities.Span{Start: 16, End: 46}, bad)
}

func TestIssuers(t *testing.T) {
	tests := []struct {
		name string
		text string
		ms   []m
		want []string
	}{
		{"leaders in title", "Joint Statement by President Ana Silva of Brazil and Prime Minister Jon Berg of Norway\nWe condemn the attack.",
			[]m{{"President Ana Silva", "BRA", leader, ""}, {"Brazil", "BRA", 0, ""}, {"Prime Minister Jon Berg", "NOR", leader, ""}, {"Norway", "NOR", 0, ""}},
			[]string{"BRA", "NOR"}},
		{"leaders of", "Joint Statement on Ocean Safety\nToday, the leaders of Chile, Peru and Ecuador met and issued this statement.",
			[]m{{"Chile", "CHL", 0, ""}, {"Peru", "PER", 0, ""}, {"Ecuador", "ECU", 0, ""}},
			[]string{"CHL", "PER", "ECU"}},
		{"news story", "Chile and Peru sign fishing pact\nChile and Peru signed a pact.",
			[]m{{"Chile", "CHL", 0, ""}, {"Peru", "PER", 0, ""}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Issuers(tt.text, mentions(t, tt.text, tt.ms))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Issuers mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestStatementWe(t *testing.T) {
	text := "Joint Statement by President Ana Silva of Brazil\nWe condemn Venezuela's attacks on Guyana.\nWelcome the agreement signed with Guyana; and reaffirm our support for Guyana."
	ms := mentions(t, text, []m{{"President Ana Silva", "BRA", leader, ""}, {"Brazil", "BRA", 0, ""},
		{"Venezuela", "VEN", 0, ""}, {"Guyana", "GUY", 0, ""}, {"Guyana", "GUY", 0, ""}, {"Guyana", "GUY", 0, ""}})
	var got []string
	start := strings.IndexByte(text, '\n') + 1
	for _, end := range []int{strings.Index(text, "Guyana.") + len("Guyana."), len(text)} {
		got = append(got, short(Code(text, entities.Span{Start: start, End: end}, ms))...)
		start = end + 1
	}
	want := []string{"ACCUSE BRA>VEN", "ASSAULT VEN>GUY", "SUPPORT BRA>GUY"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("mismatch (-want +got):\n%s", d)
	}
}

func TestMerge(t *testing.T) {
	mk := func(typ, s, tg string, start int, neg bool) Event {
		return Event{Type: typ, Source: s, Target: tg, Negated: neg, Evidence: entities.Evidence{Span: entities.Span{Start: start, End: start + 1}}}
	}
	in := []Event{
		mk("CONSULT", "CUB", "RUS", 50, false),
		mk("CONSULT", "RUS", "CUB", 10, false),
		mk("ACCUSE", "CUB", "USA", 30, true),
		mk("ACCUSE", "CUB", "USA", 40, false),
		mk("AGREE", "RUS", "CUB", 10, false),
	}
	got := Merge(in)
	want := []Event{in[1], in[4], in[3]}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Merge mismatch (-want +got):\n%s", d)
	}
	if len(Merge(nil)) != 0 {
		t.Error("Merge(nil) not empty")
	}
}

func TestData(t *testing.T) {
	lx, err := buildLexicon()
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, ty := range Types() {
		types[ty] = true
	}
	for code, inf := range lx.cameo {
		if !types[inf.Type] {
			t.Errorf("cameo %s: unknown type %q", code, inf.Type)
		}
		if inf.Goldstein < -10 || inf.Goldstein > 10 {
			t.Errorf("cameo %s: Goldstein %v out of range", code, inf.Goldstein)
		}
	}
	// SPEC overrides of the draft PLOVER mapping.
	for code, want := range map[string]string{"057": "SUPPORT", "163": "SANCTION", "036": "AGREE", "041": "CONSULT", "020": "REQUEST"} {
		if got := lx.cameo[code].Type; got != want {
			t.Errorf("cameo %s: type %s, want %s", code, got, want)
		}
	}
	for code, want := range map[string]string{"040": "", "041": "phone", "042": "visit", "043": "host", "044": "third-party"} {
		if got := lx.cameo[code].Mode; got != want {
			t.Errorf("cameo %s: mode %q, want %q", code, got, want)
		}
	}
	seen := map[string]int{}
	for _, p := range lx.pats {
		if p.typ != "" && !types[p.typ] {
			t.Errorf("verbs.tsv:%d: unknown type override %q", p.line, p.typ)
		}
		key := fmt.Sprint(p.cameo, p.toks)
		if l, dup := seen[key]; dup {
			t.Errorf("verbs.tsv:%d: repeats line %d", p.line, l)
		}
		seen[key] = p.line
	}
	for _, r := range lx.intent {
		if r.code != "-" {
			if ty := lx.cameo[r.code].Type; ty != "AGREE" && ty != "THREATEN" {
				t.Errorf("intent.tsv: %s -> %s is %s, want AGREE or THREATEN", r.prefix, r.code, ty)
			}
		}
	}
}

func TestInflect(t *testing.T) {
	irr := map[string][3][]string{"meet": {{"met"}, {"met"}, nil}}
	tests := []struct {
		lemma string
		want  []string
	}{
		{"visit", []string{"visit", "visits", "visited", "visiting"}},
		{"ban", []string{"ban", "bans", "banned", "banning"}},
		{"meet", []string{"meet", "meets", "met", "meeting"}},
		{"rally", []string{"rally", "rallies", "rallied", "rallying"}},
		{"cancel", []string{"cancel", "cancels", "canceled", "cancelled", "cancelling"}},
		{"expel", []string{"expel", "expels", "expelled", "expelling"}},
		{"praise", []string{"praise", "praises", "praised", "praising"}},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			forms := inflect(tt.lemma, irr)
			for _, w := range tt.want {
				if _, ok := forms[w]; !ok {
					t.Errorf("inflect(%q) lacks %q (has %v)", tt.lemma, w, forms)
				}
			}
		})
	}
}

func ExampleCode() {
	text := "Cuba condemned the sanctions, and Venezuela praised Cuba's resistance."
	find := func(s string, code string, from int) entities.Mention {
		i := strings.Index(text[from:], s) + from
		return entities.Mention{Span: entities.Span{Start: i, End: i + len(s)}, Text: s, Kind: entities.KindCountry, Code: code, Form: "name"}
	}
	ms := []entities.Mention{find("Cuba", "CUB", 0), find("Venezuela", "VEN", 0), find("Cuba", "CUB", 40)}
	for _, e := range Code(text, entities.Span{Start: 0, End: len(text)}, ms) {
		fmt.Println(e.Type, e.CAMEO, e.Source, e.Target, e.Goldstein)
	}
	// Output:
	// ACCUSE 111 CUB  -2
	// SUPPORT 051 VEN CUB 3.4
}

func FuzzCode(f *testing.F) {
	f.Add("Russia attacked Ukraine.", 0, 6)
	f.Add("Peru and Chile didn't sign the \u201caccord\u201d with Bolivia's government?", 5, 4)
	f.Add("X was condemned by Y's ministers, officials said.", 0, 1)
	f.Add("Egypt said that Ethiopia must stop. Thousands protested; the two sides met.", 0, 5)
	f.Add("Joint Statement by President X\nWe condemn Y's attacks on Z; welcome the deal signed with Z.", 29, 30)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		// Mentions at arbitrary, possibly overlapping places.
		// One mention as given, possibly out of bounds or reversed.
		ms := []entities.Mention{{Span: entities.Span{Start: a, End: b}, Code: "ZZZ", Kind: entities.KindCountry}}
		if n := len(text); n > 0 {
			a, b = abs(a)%n, abs(b)%(n+1)
			if a > b {
				a, b = b, a
			}
			ms = append(ms, entities.Mention{Span: entities.Span{Start: a, End: b}, Code: "AAA", Kind: entities.KindCountry})
			ms = append(ms, entities.Mention{Span: entities.Span{Start: b, End: n}, Code: "BBB", Kind: entities.KindLeader})
		}
		checkTokens(t, text, 0, len(text))
		checkFast(t, text, whole(text), ms)
		if 0 <= a && a < b && b <= len(text) {
			checkFast(t, text, entities.Span{Start: a, End: b}, ms)
		}
		sent := entities.Span{Start: 0, End: len(text)}
		for _, e := range Code(text, sent, ms) {
			if e.Evidence.Start < 0 || e.Evidence.End > len(text) || e.Evidence.Start > e.Evidence.End {
				t.Fatalf("evidence %v out of bounds", e.Evidence.Span)
			}
			if text[e.Evidence.Start:e.Evidence.End] != e.Evidence.Text {
				t.Fatalf("evidence text mismatch")
			}
		}
	})
}

func abs(x int) int {
	if x < 0 {
		if x == -x {
			return 0
		}
		return -x
	}
	return x
}

func BenchmarkCode(b *testing.B) {
	text := "Kazakh President Kassym-Jomart Tokayev held a telephone conversation with Uzbek President Shavkat Mirziyoyev, " +
		"and the two leaders agreed to expand cooperation, while Uzbekistan criticized the tariffs imposed by China."
	ms := mentions(b, text, []m{{"Kazakh", "KAZ", 0, "adjective"}, {"Kassym-Jomart Tokayev", "KAZ", leader, ""},
		{"Uzbek", "UZB", 0, "adjective"}, {"Shavkat Mirziyoyev", "UZB", leader, ""}, {"Uzbekistan", "UZB", 0, ""}, {"China", "CHN", 0, ""}})
	sent := whole(text)
	Code(text, sent, ms)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Code(text, sent, ms)
	}
}

func BenchmarkCodeLongDocument(b *testing.B) {
	text := strings.Repeat("President Putin met President Xi. ", 2000)
	var ms []entities.Mention
	for i := 0; ; {
		j := strings.Index(text[i:], "Putin")
		if j < 0 {
			break
		}
		ms = append(ms, entities.Mention{Span: entities.Span{Start: i + j, End: i + j + 5}, Code: "RUS", Kind: entities.KindLeader})
		k := strings.Index(text[i+j:], "Xi")
		ms = append(ms, entities.Mention{Span: entities.Span{Start: i + j + k, End: i + j + k + 2}, Code: "CHN", Kind: entities.KindLeader})
		i += j + k + 2
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for s := 0; s < len(text); s += 34 {
			Code(text, entities.Span{Start: s, End: s + 33}, ms)
		}
	}
}

// TestParticipleAfterComma covers an act told by a participle of the main
// clause's subject, with or without an event of its own in the main clause.
func TestParticipleAfterComma(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Cuba spoke on Monday, condemning the United States.", "ACCUSE CUB USA"},
		{"The Cuban leader described Washington as a rival, condemning its sanctions.", "ACCUSE CUB USA"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := entities.Find(tt.text, time.Date(2022, 12, 28, 0, 0, 0, 0, time.UTC))
			var got []string
			for _, e := range Code(tt.text, entities.Span{Start: 0, End: len(tt.text)}, ms) {
				if !e.Negated {
					got = append(got, e.Type+" "+e.Source+" "+e.Target)
				}
			}
			found := false
			for _, g := range got {
				found = found || g == tt.want
			}
			if !found {
				t.Errorf("got %v, want %q among them", got, tt.want)
			}
		})
	}
}

// TestMergeSpecific keeps the most precise report of one action.
func TestMergeSpecific(t *testing.T) {
	ev := func(code string, start int) Event {
		return Event{Type: "CONSULT", CAMEO: code, Source: "KAZ", Target: "UZB",
			Evidence: entities.Evidence{Span: entities.Span{Start: start, End: start + 1}}}
	}
	got := Merge([]Event{ev("040", 0), ev("041", 10), ev("040", 20)})
	if len(got) != 1 || got[0].CAMEO != "041" || got[0].Evidence.Start != 10 {
		t.Errorf("got %+v, want the 041 report", got)
	}
	// Reports of different dates are different actions: the first stays.
	later := ev("041", 10)
	later.Date = "2024-09"
	got = Merge([]Event{ev("040", 0), later})
	if len(got) != 1 || got[0].CAMEO != "040" {
		t.Errorf("got %+v, want the first report", got)
	}
}

// TestAppendCodeWith checks that AppendCodeWith appends what CodeWith
// returns and leaves what dst held.
func TestAppendCodeWith(t *testing.T) {
	text := "Kenya and Ghana signed a trade accord on Monday. Ghana condemned the raid. The weather was mild."
	d := prepare(text)
	held := Event{Type: "HELD"}
	dst := []Event{held}
	var want []Event
	for _, s := range d.sents {
		want = append(want, CodeWith(text, s, d.ms, Options{})...)
		dst = AppendCodeWith(dst, text, s, d.ms, Options{})
	}
	if len(want) == 0 {
		t.Fatal("no events to compare")
	}
	if d := cmp.Diff(append([]Event{held}, want...), dst); d != "" {
		t.Errorf("AppendCodeWith (-want +got):\n%s", d)
	}
}

// mergeRef is Merge written plainly, with a map of keys: the oracle of the
// list search and stack scratch that Merge uses for up to 16 events.
func mergeRef(evs []Event) []Event {
	type key struct{ typ, a, b string }
	idx := make([]int, len(evs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool { return evs[idx[x]].Evidence.Start < evs[idx[y]].Evidence.Start })
	best := map[key]int{}
	var order []key
	for _, i := range idx {
		a, b := evs[i].Source, evs[i].Target
		if b < a {
			a, b = b, a
		}
		k := key{evs[i].Type, a, b}
		j, ok := best[k]
		switch {
		case !ok:
			best[k] = i
			order = append(order, k)
		case evs[j].Negated && !evs[i].Negated:
			best[k] = i
		case evs[j].Negated == evs[i].Negated && evs[i].Date == evs[j].Date &&
			specificity(evs[i].CAMEO) > specificity(evs[j].CAMEO):
			best[k] = i
		}
	}
	var keep []int
	for _, k := range order {
		keep = append(keep, best[k])
	}
	sort.SliceStable(keep, func(x, y int) bool {
		a, b := evs[keep[x]], evs[keep[y]]
		if a.Evidence.Start != b.Evidence.Start {
			return a.Evidence.Start < b.Evidence.Start
		}
		return keep[x] < keep[y]
	})
	out := []Event{}
	for _, i := range keep {
		out = append(out, evs[i])
	}
	return out
}

// TestMergeOracle compares Merge with mergeRef on lists below and above
// the size Merge keeps on the stack.
func TestMergeOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	codes := []string{"RUS", "CUB", "USA", "CHN", "IRN"}
	types := []string{"CONSULT", "ACCUSE", "AGREE"}
	cameos := []string{"040", "041", "042", "110", "111", "030"}
	for _, n := range []int{0, 1, 5, 16, 17, 40, 200} {
		evs := make([]Event, n)
		for i := range evs {
			start := r.IntN(n/2 + 1)
			evs[i] = Event{
				Type: types[r.IntN(len(types))], CAMEO: cameos[r.IntN(len(cameos))],
				Source: codes[r.IntN(len(codes))], Target: codes[r.IntN(len(codes))],
				Negated: r.IntN(4) == 0, Date: []string{"", "2024-03-01"}[r.IntN(2)],
				Evidence: entities.Evidence{Span: entities.Span{Start: start, End: start + 1}},
			}
		}
		if d := cmp.Diff(mergeRef(evs), Merge(evs), cmpopts.EquateEmpty()); d != "" {
			t.Errorf("n=%d: Merge differs from mergeRef (-ref +got):\n%s", n, d)
		}
	}
}
