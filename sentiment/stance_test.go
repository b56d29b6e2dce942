package sentiment

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/diplomacy-go/diplomacy/entities"
)

// gazetteer is a tiny stand-in for the entities package in tests.
var gazetteer = map[string]entities.Mention{
	"France":          {Kind: entities.KindCountry, Code: "FRA", Form: "name"},
	"French":          {Kind: entities.KindCountry, Code: "FRA", Form: "adjective"},
	"Paris":           {Kind: entities.KindCountry, Code: "FRA", Form: "capital"},
	"Germany":         {Kind: entities.KindCountry, Code: "DEU", Form: "name"},
	"Brazil":          {Kind: entities.KindCountry, Code: "BRA", Form: "name"},
	"Argentina":       {Kind: entities.KindCountry, Code: "ARG", Form: "name"},
	"Kenya":           {Kind: entities.KindCountry, Code: "KEN", Form: "name"},
	"Japan":           {Kind: entities.KindCountry, Code: "JPN", Form: "name"},
	"Chile":           {Kind: entities.KindCountry, Code: "CHL", Form: "name"},
	"Peru":            {Kind: entities.KindCountry, Code: "PER", Form: "name"},
	"Norway":          {Kind: entities.KindCountry, Code: "NOR", Form: "name"},
	"Sweden":          {Kind: entities.KindCountry, Code: "SWE", Form: "name"},
	"Canada":          {Kind: entities.KindCountry, Code: "CAN", Form: "name"},
	"Mexico":          {Kind: entities.KindCountry, Code: "MEX", Form: "name"},
	"Russia":          {Kind: entities.KindCountry, Code: "RUS", Form: "name"},
	"Russian":         {Kind: entities.KindCountry, Code: "RUS", Form: "adjective"},
	"Moscow":          {Kind: entities.KindCountry, Code: "RUS", Form: "capital"},
	"Ukraine":         {Kind: entities.KindCountry, Code: "UKR", Form: "name"},
	"Ukrainian":       {Kind: entities.KindCountry, Code: "UKR", Form: "adjective"},
	"Syria":           {Kind: entities.KindCountry, Code: "SYR", Form: "name"},
	"Iranian":         {Kind: entities.KindCountry, Code: "IRN", Form: "adjective"},
	"Vietnam":         {Kind: entities.KindCountry, Code: "VNM", Form: "name"},
	"Laos":            {Kind: entities.KindCountry, Code: "LAO", Form: "name"},
	"Ghana":           {Kind: entities.KindCountry, Code: "GHA", Form: "name"},
	"Togo":            {Kind: entities.KindCountry, Code: "TGO", Form: "name"},
	"EU":              {Kind: entities.KindOrganization, Code: "EU", Form: "abbr"},
	"UN":              {Kind: entities.KindOrganization, Code: "UN", Form: "abbr"},
	"NATO":            {Kind: entities.KindOrganization, Code: "NATO", Form: "abbr"},
	"China":           {Kind: entities.KindCountry, Code: "CHN", Form: "name"},
	"Beijing":         {Kind: entities.KindCountry, Code: "CHN", Form: "capital"},
	"U.S.":            {Kind: entities.KindCountry, Code: "USA", Form: "abbr"},
	"Washington":      {Kind: entities.KindCountry, Code: "USA", Form: "capital"},
	"Iran":            {Kind: entities.KindCountry, Code: "IRN", Form: "name"},
	"Israeli":         {Kind: entities.KindCountry, Code: "ISR", Form: "adjective"},
	"Seoul":           {Kind: entities.KindCountry, Code: "KOR", Form: "capital"},
	"Tokyo":           {Kind: entities.KindCountry, Code: "JPN", Form: "capital"},
	"Armenia":         {Kind: entities.KindCountry, Code: "ARM", Form: "name"},
	"Azerbaijan":      {Kind: entities.KindCountry, Code: "AZE", Form: "name"},
	"Finland":         {Kind: entities.KindCountry, Code: "FIN", Form: "name"},
	"Kremlin":         {Kind: entities.KindCountry, Code: "RUS", Form: "seat"},
	"Turkey":          {Kind: entities.KindCountry, Code: "TUR", Form: "name"},
	"Swedish":         {Kind: entities.KindCountry, Code: "SWE", Form: "adjective"},
	"Syrian":          {Kind: entities.KindCountry, Code: "SYR", Form: "adjective"},
	"North Korea":     {Kind: entities.KindCountry, Code: "PRK", Form: "name"},
	"Lyon":            {Kind: entities.KindPlace, Code: "FRA", Form: "city"},
	"Anna Berg":       {Kind: entities.KindLeader, Code: "NOR", Name: "Anna Berg"},
	"German":          {Kind: entities.KindCountry, Code: "DEU", Form: "adjective"},
	"Japanese":        {Kind: entities.KindCountry, Code: "JPN", Form: "adjective"},
	"Kenyan":          {Kind: entities.KindCountry, Code: "KEN", Form: "adjective"},
	"President Ruto":  {Kind: entities.KindLeader, Code: "KEN", Name: "William Ruto"},
	"Chancellor Merz": {Kind: entities.KindLeader, Code: "DEU", Name: "Friedrich Merz"},
}

func findMentions(text string) []entities.Mention {
	var out []entities.Mention
	for name, m := range gazetteer {
		for i := 0; ; {
			k := strings.Index(text[i:], name)
			if k < 0 {
				break
			}
			s, e := i+k, i+k+len(name)
			i = e
			if (s > 0 && isLetter(text[s-1])) || (e < len(text) && isLetter(text[e])) {
				continue
			}
			mm := m
			mm.Span = entities.Span{Start: s, End: e}
			mm.Text = text[s:e]
			out = append(out, mm)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func isLetter(b byte) bool { return b < 0x80 && unicode.IsLetter(rune(b)) }

// splitSentences splits at ". " and newlines.
func splitSentences(text string) []entities.Span {
	var out []entities.Span
	start := 0
	for i := 0; i < len(text); i++ {
		end := -1
		switch {
		case text[i] == '\n':
			end = i
		case text[i] == '.' && (i+1 == len(text) || text[i+1] == ' '):
			end = i + 1
		}
		if end < 0 {
			continue
		}
		if end > start {
			out = append(out, entities.Span{Start: start, End: end})
		}
		start = i + 1
		for start < len(text) && text[start] == ' ' {
			start++
		}
		i = start - 1
	}
	if start < len(text) {
		out = append(out, entities.Span{Start: start, End: len(text)})
	}
	return out
}

// quoteVoices makes one voice per "…" pair, spoken by speaker.
func quoteVoices(text, speaker string) []Voice {
	var out []Voice
	for i := 0; ; {
		a := strings.IndexByte(text[i:], '"')
		if a < 0 {
			break
		}
		b := strings.IndexByte(text[i+a+1:], '"')
		if b < 0 {
			break
		}
		s, e := i+a+1, i+a+1+b
		out = append(out, Voice{Span: entities.Span{Start: s, End: e}, Actor: speaker})
		i = e + 1
	}
	return out
}

func stanceKeys(st []Stance) []string {
	var out []string
	for _, s := range st {
		out = append(out, s.Holder+">"+s.Target+":"+s.Polarity[:3])
	}
	sort.Strings(out)
	return out
}

func TestStances(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker string   // actor of the quoted passages, if any
		want    []string // holder>target:pos|neg, sorted
		not     []string // keys that must not appear
	}{
		{name: "condemned", text: "France condemned Germany's decision to close the border.", want: []string{"FRA>DEU:neg"}},
		{name: "praised policy", text: "Brazil praised Argentina's economic policy.", want: []string{"BRA>ARG:pos"}},
		{name: "thanked", text: "Kenya thanked Japan for its generous assistance.", want: []string{"KEN>JPN:pos"}},
		{name: "welcomed", text: "On Monday Chile warmly welcomed Peru's offer of talks.", want: []string{"CHL>PER:pos"}},
		{name: "accused", text: "Ghana accused Togo of harbouring rebels.", want: []string{"GHA>TGO:neg"}},
		{name: "backs", text: "Paris backs Chile in the dispute.", want: []string{"FRA>CHL:pos"}},
		{name: "leader holder", text: "President Ruto on Tuesday strongly criticized Chancellor Merz.", want: []string{"KEN>DEU:neg"}},
		{name: "participle", text: "Accusing Togo of interference, Ghana said it would recall its envoy.", want: []string{"GHA>TGO:neg"}},
		{name: "friendship both ways", text: "Vietnam and Laos confirmed their fraternal friendship.", want: []string{"LAO>VNM:pos", "VNM>LAO:pos"}},
		{name: "hyphen backed", text: "The talks included the Iranian-backed government of Syria.", want: []string{"IRN>SYR:pos"}},
		{name: "sanctions on", text: "Canada imposed new sanctions on Russia.", want: []string{"CAN>RUS:neg"}},
		{name: "measure compound", text: "Sweden welcomed the new EU Russia sanctions.", want: []string{"EU>RUS:neg"}, not: []string{"SWE>RUS:pos"}},
		{name: "negated attitude", text: "Peru did not condemn Chile.", want: nil},
		{name: "hedged still counts", text: "Ghana may soon praise Togo.", want: []string{"GHA>TGO:pos"}},
		{name: "self", text: "Russia praised Russia.", want: nil},
		{name: "place is no actor", text: "Lyon welcomed Germany's team.", want: nil},
		{name: "narrative without speaker", text: "Relations between Chile and Peru are cordial and warm.", want: nil},
		{name: "slammed for interfering", text: "China slammed the U.S. for interfering in its internal affairs.", want: []string{"CHN>USA:neg"}},
		{name: "accused of hegemony", text: "Beijing accused Washington of hegemony.", want: []string{"CHN>USA:neg"}},
		{name: "regret in reported speech", text: "The Kremlin said it regretted Finland's decision to join NATO.", want: []string{"RUS>FIN:neg"}},
		{name: "expressed concern", text: "Tokyo expressed deep concern over China's military buildup.", want: []string{"JPN>CHN:neg"}},
		{name: "summoned", text: "Turkey summoned the Swedish ambassador.", want: []string{"TUR>SWE:neg"}},
		{name: "gratitude to", text: "Washington expressed gratitude to Seoul.", want: []string{"USA>KOR:pos"}},
		{name: "ministry possessor", text: "Iran's foreign ministry condemned the Israeli strike on Syria.", want: []string{"IRN>ISR:neg"}},
		{name: "between parties", text: "The UN welcomed the ceasefire between Armenia and Azerbaijan.", want: nil},
		{name: "lashed out", text: "Turkey lashed out at Sweden over the protests.", want: []string{"TUR>SWE:neg"}},
		{name: "imposed sanctions", text: "The EU imposed sanctions on Iran.", want: []string{"EU>IRN:neg"}},
		{name: "group is no state", text: "Turkey has long supported the Syrian opposition.", want: nil},
		{name: "adjective names victims", text: "Canada said the Ukrainian genocide was a crime.", want: nil},
		{name: "possessor is the agent", text: "Canada condemned Russia's massacre in the village.", want: []string{"CAN>RUS:neg"}},
		{name: "rebels are no state", text: "Ghana welcomed the Togo rebels' offer.", want: nil},
		{name: "prefixed adjective", text: "Kenya praised the post-Soviet reforms.", want: nil},
		{name: "reversed evaluation", text: "Chile said Peru would stamp out illegal fishing.", want: nil},
		{name: "refusal to", text: "Japan refused to commit to any direct support for Russia.", want: nil},
		{name: "the accused", text: "The chief accused in the Kenya trial denied everything.", want: nil},
		{name: "unknown named subject", text: "In Chile, Mr. Smith criticized Peru.", want: nil},
		{name: "who", text: "The talks were hosted by Norway, which praised Sweden.", want: []string{"NOR>SWE:pos"}},
		{name: "accused of doing to a third", text: "Ghana accused the government of selling arms to Togo.", want: nil},
		{name: "relative object", text: "The talks failed because of Peru, which Chile accuses of bad faith.", want: []string{"CHL>PER:neg"}},
		{name: "participle after comma", text: "Chancellor Merz arrived in Paris on Monday, praising Chile as a model.", want: []string{"DEU>CHL:pos"}},
		{name: "coordinated objects", text: "Ghana condemned Togo and Kenya.", want: []string{"GHA>KEN:neg", "GHA>TGO:neg"}},
		{name: "own hostile act", text: "Iran said it would attack Israeli bases.", want: []string{"IRN>ISR:neg"}},
		{name: "anaphoric object", text: "Japan sent warships to the strait. China condemned the move.", want: []string{"CHN>JPN:neg"}},
		{name: "anaphoric object needs a prior subject", text: "Warships arrived in the strait. China condemned the move.", want: nil},
		{name: "deed noun refers to who performed it", text: "North Korea fired two rockets toward the sea on Friday. Sweden and Norway called for calm. Japan denounced the launch.", want: []string{"JPN>PRK:neg"}, not: []string{"JPN>SWE:neg", "JPN>NOR:neg"}},
		{name: "deed noun without a deed", text: "Russia and China blocked the resolution. Japan condemned the test.", want: nil},
		{name: "deed noun is not a verb after a determiner", text: "Canada praised the launch of talks. Japan condemned the launch.", want: nil},
		{name: "attack refers to the attacker", text: "Syrian forces shelled the border town overnight. Turkey condemned the attack.", want: []string{"TUR>SYR:neg"}},
		{name: "move needs a deed, not words", text: "The Russian ministry said the measures were illegal. Sweden welcomed the move.", want: nil},
		{name: "decision after a decision", text: "Iran decided to expel two diplomats. France criticized the decision.", want: []string{"FRA>IRN:neg"}},
		{name: "decision after mere words", text: "Germany said the talks would go on. Russia criticized the decision.", want: nil},
		{name: "remarks after speech", text: "Mexico said the border would stay closed. Canada criticized the remarks.", want: []string{"CAN>MEX:neg"}},
		{name: "visit after a visit", text: "Sweden's foreign minister visited the disputed island. China condemned the visit.", want: []string{"CHN>SWE:neg"}},
		{name: "visit after words", text: "Sweden's foreign minister said the island was safe. China condemned the visit.", want: nil},
		{name: "move after a planned deed", text: "Japan will close its embassy in Peru. Chile criticized the move.", want: []string{"CHL>JPN:neg"}},
		{name: "passive", text: "Peru, backed by Chile, rejected the plan.", want: []string{"CHL>PER:pos"}},
		{name: "victims of deplored acts", text: "Kenya deplored the senseless attacks against the French embassies in Ghana and Togo.", want: nil},
		{name: "threat against", text: "France threatened to impose restrictions against German goods.", want: []string{"FRA>DEU:neg"}},
		{name: "received pressure", text: "Japan faces mounting pressure from China.", want: []string{"CHN>JPN:neg"}},
		{name: "named war", text: "Canada said the Vietnam War memorial had been restored.", want: nil},
		{name: "unknown subject blocks", text: "Speaker after speaker condemned Chile.", want: nil},
		{name: "adjective before noun use", text: "Ghana lodged an official protest with Togo.", want: []string{"GHA>TGO:neg"}},
		{
			name: "joint statement we",
			text: "Joint Statement by Canada and Mexico\nWe condemn Russia's brutal aggression against Ukraine. We reaffirm our steadfast support for Ukraine.",
			want: []string{"CAN>RUS:neg", "CAN>UKR:pos", "MEX>RUS:neg", "MEX>UKR:pos"},
			not:  []string{"CAN>UKR:neg", "CAN>MEX:pos"},
		},
		{
			name: "we the leaders",
			text: "We, the leaders of Canada, Japan and Norway, stand with the Ukrainian people and condemn the attacks on Ukrainian cities by Russia.",
			want: []string{"CAN>RUS:neg", "CAN>UKR:pos", "JPN>RUS:neg", "JPN>UKR:pos", "NOR>RUS:neg", "NOR>UKR:pos"},
		},
		{
			name: "remarks of", text: "Remarks by Chancellor Merz at the Summit\nWe condemn Russia's aggression.",
			want: []string{"DEU>RUS:neg"},
		},
		{
			name: "possessive interview", text: "Foreign Minister Anna Berg's interview to a newspaper\nOur friends in Sweden have been steadfast and generous.",
			want: []string{"NOR>SWE:pos"},
		},
		{
			name: "transcript turns",
			text: "Foreign Minister Anna Berg's interview to a newspaper\nQUESTION: Is Chile a hostile and dangerous state?\nANNA BERG: Chile is a close and trusted friend.",
			want: []string{"NOR>CHL:pos"},
		},
		{
			name: "statement opened by its issuer", text: "Statement on the Annexation\nCanada condemns the annexation of Ukrainian territory by Russia. We will continue to support Ukraine.",
			want: []string{"CAN>RUS:neg", "CAN>UKR:pos"},
		},
		{
			name: "counterparts hail cooperation", text: "Chancellor Merz and his Kenyan counterpart praised their growing cooperation.",
			want: []string{"DEU>KEN:pos", "KEN>DEU:pos"},
		},
		{
			name: "victims are not targets", text: "Joint Statement by Canada\nWe condemn the barbaric attacks that Russia launched on Ukrainian cities.",
			want: []string{"CAN>RUS:neg"}, not: []string{"CAN>UKR:neg"},
		},
		{
			name: "quote evaluates", speaker: "SWE",
			text: `"We are grateful to Norway for its generous support," the minister said.`,
			want: []string{"SWE>NOR:pos"},
		},
		{
			name: "quote enemy", speaker: "RUS",
			text: `"Our common enemy is the hostile policy of Ukraine," he said.`,
			want: []string{"RUS>UKR:neg"},
		},
		{
			name: "co-victims", speaker: "PER",
			text: `"Peru and Chile have both suffered from unfair and illegal tariffs," the president said.`,
			want: nil,
		},
		{
			name: "partnership from a quote", speaker: "RUS",
			text: `"We discussed strengthening the Russian-Ukrainian strategic partnership," the Kremlin said.`,
			want: []string{"RUS>UKR:pos"},
		},
		{
			name: "reported speech", text: "Norway said the Swedish proposal was constructive. Norway said Sweden's stance was constructive and fruitful.",
			want: []string{"NOR>SWE:pos"},
		},
		{
			name: "he said", text: "Chancellor Merz visited Chile. He said Chile was a reliable and trusted friend.",
			want: []string{"DEU>CHL:pos"},
		},
		{
			name: "quote speaker is the holder, not the sentence", speaker: "FRA",
			text: `Germany said nothing. "Germany's stance is unacceptable," Paris said.`,
			want: []string{"FRA>DEU:neg"},
		},
	}
	l := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := findMentions(tt.text)
			var vs []Voice
			if tt.speaker != "" {
				vs = quoteVoices(tt.text, tt.speaker)
			}
			st := l.Stances(tt.text, splitSentences(tt.text), ms, vs)
			got := stanceKeys(st)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Stances(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for _, k := range tt.not {
				for _, g := range got {
					if g == k {
						t.Errorf("Stances(%q) has %s", tt.text, k)
					}
				}
			}
			checkStances(t, tt.text, st)
		})
	}
}

// checkStances holds the invariants of every Stance.
func checkStances(t *testing.T, text string, st []Stance) {
	t.Helper()
	seen := map[string]bool{}
	for _, s := range st {
		if s.Holder == s.Target || s.Holder == "" || s.Target == "" {
			t.Errorf("bad pair %+v", s)
		}
		if s.Polarity != Positive && s.Polarity != Negative {
			t.Errorf("bad polarity %+v", s)
		}
		if s.Score < -1 || s.Score > 1 || (s.Polarity == Positive) != (s.Score > 0) {
			t.Errorf("score %v does not match polarity %s", s.Score, s.Polarity)
		}
		e := s.Evidence
		if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
			t.Errorf("evidence %+v is not text[start:end]", e)
		}
		k := s.Holder + ">" + s.Target + ":" + s.Polarity
		if seen[k] {
			t.Errorf("duplicate stance %s", k)
		}
		seen[k] = true
	}
}

func TestStancesAggregate(t *testing.T) {
	text := "Chile praised Peru. Chile thanked Peru for its help. Chile said Peru's decision was a mistake."
	st := Default().Stances(text, splitSentences(text), findMentions(text), nil)
	if len(st) != 1 || st[0].Polarity != Positive || st[0].Holder != "CHL" || st[0].Target != "PER" {
		t.Fatalf("Stances = %+v, want one positive CHL>PER", st)
	}
	if st[0].Evidence.Text != "Chile praised Peru." {
		t.Errorf("evidence = %q, want the strongest sentence", st[0].Evidence.Text)
	}
	b, err := json.Marshal(st[0])
	if err != nil {
		t.Fatal(err)
	}
	want := `{"holder":"CHL","target":"PER","polarity":"positive","score":`
	if !strings.HasPrefix(string(b), want) || !strings.Contains(string(b), `"evidence":{"text":"Chile praised Peru.","start":0,"end":19}`) {
		t.Errorf("JSON = %s", b)
	}
}

func TestStancesDeterministic(t *testing.T) {
	text := "Joint Statement by Canada, Japan and Norway\nWe condemn Russia's aggression and support Ukraine. We welcome Sweden's help and thank Chile and Peru."
	l := Default()
	first := fmt.Sprint(l.Stances(text, splitSentences(text), findMentions(text), nil))
	for range 20 {
		if got := fmt.Sprint(l.Stances(text, splitSentences(text), findMentions(text), nil)); got != first {
			t.Fatalf("non-deterministic output:\n%s\n%s", got, first)
		}
	}
}

func TestStancesBadInput(t *testing.T) {
	text := "France condemned Germany."
	l := Default()
	bad := []entities.Mention{
		{Span: entities.Span{Start: -1, End: 3}, Code: "XXX", Kind: entities.KindCountry},
		{Span: entities.Span{Start: 20, End: 99}, Code: "YYY", Kind: entities.KindCountry},
		{Span: entities.Span{Start: 5, End: 2}, Code: "ZZZ", Kind: entities.KindCountry},
	}
	ms := append(findMentions(text), bad...)
	sents := []entities.Span{{Start: 0, End: 200}, {Start: 10, End: 5}}
	vs := []Voice{{Span: entities.Span{Start: -5, End: 1000}, Actor: "FRA"}}
	st := l.Stances(text, sents, ms, vs)
	checkStances(t, text, st)
	if got := l.Stances("", nil, nil, nil); got != nil {
		t.Errorf("Stances(\"\") = %v", got)
	}
	if got := l.Stances(text, nil, findMentions(text), nil); len(got) != 1 {
		t.Errorf("Stances without sentences = %v, want one", got)
	}
}

func FuzzStances(f *testing.F) {
	f.Add("France condemned Germany's aggression. Joint Statement by Canada\nWe support Ukraine.", 3)
	f.Add(`"We thank Norway," Sweden said.`, 0)
	f.Add("Iranian-backed Syria; Russian- and Iranian-backed forces", 7)
	l := Default()
	f.Fuzz(func(t *testing.T, text string, shift int) {
		ms := findMentions(text)
		sents := splitSentences(text)
		vs := quoteVoices(text, "SWE")
		if shift%5 == 1 && len(ms) > 0 {
			ms[0].End += shift // an invalid span must not break anything
		}
		checkStances(t, text, l.Stances(text, sents, ms, vs))
	})
}

func BenchmarkStances(b *testing.B) {
	text := strings.Repeat("Joint Statement by Canada and Mexico\nWe condemn Russia's brutal aggression against Ukraine. "+
		"We reaffirm our steadfast support for Ukraine. Chile praised Peru's constructive policy. "+
		`"We are grateful to Norway for its generous support," Sweden said. `, 10)
	ms := findMentions(text)
	sents := splitSentences(text)
	vs := quoteVoices(text, "SWE")
	l := Default()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		l.Stances(text, sents, ms, vs)
	}
}
