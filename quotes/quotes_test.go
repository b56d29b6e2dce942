package quotes

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/google/go-cmp/cmp"
)

// want is a compact expected quote: its text, speaker and actor.
type want struct {
	Text, Speaker, Actor string
}

func compact(qs []Quote) []want {
	var out []want
	for _, q := range qs {
		out = append(out, want{q.Text, q.Speaker, q.Actor})
	}
	return out
}

// mention builds a mention of the first occurrence of surface in text.
func mention(text, surface string, kind entities.Kind, code, name string) entities.Mention {
	i := strings.Index(text, surface)
	if i < 0 {
		panic("no " + surface)
	}
	return entities.Mention{Span: entities.Span{Start: i, End: i + len(surface)}, Text: surface, Kind: kind, Code: code, Name: name}
}

func TestFindStyles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "straight",
			text: `"The talks were useful and we will meet again," the minister said.`,
			want: []want{{"The talks were useful and we will meet again,", "the minister", ""}},
		},
		{
			name: "curly",
			text: "“The border will stay open for trade,” Foreign Minister Ana Ruiz said on Monday.",
			want: []want{{"The border will stay open for trade,", "Foreign Minister Ana Ruiz", ""}},
		},
		{
			name: "single inside double",
			text: `"They called it a 'historic step' for the region," said Paolo Neri.`,
			want: []want{{"They called it a 'historic step' for the region,", "Paolo Neri", ""}},
		},
		{
			name: "German low-high",
			text: "Der Kanzler sagte: „Wir stehen fest an der Seite unserer Partner.“",
			want: []want{{"Wir stehen fest an der Seite unserer Partner.", "Der Kanzler", ""}},
		},
		{
			name: "guillemets",
			text: "Le ministre Paul Martin a déclaré : « Nous resterons fermes sur ce dossier. »",
			want: []want{{"Nous resterons fermes sur ce dossier.", "", ""}},
		},
		{
			name: "typewriter backticks",
			text: "``We have no plans to expel the envoy,'' the spokeswoman told reporters.",
			want: []want{{"We have no plans to expel the envoy,", "the spokeswoman", ""}},
		},
		{
			name: "typewriter double apostrophes",
			text: "''The ceasefire must hold for the aid to arrive,'' said Senator Joan Park.",
			want: []want{{"The ceasefire must hold for the aid to arrive,", "Senator Joan Park", ""}},
		},
		{
			name: "ellipsis inside",
			text: `"We discussed trade... and the situation at sea was also raised," Ambassador Lee said.`,
			want: []want{{"We discussed trade... and the situation at sea was also raised,", "Ambassador Lee", ""}},
		},
		{
			name: "scare quotes are skipped",
			text: `The minister called the deal a "betrayal" and left the room.`,
		},
		{
			name: "title of a work is skipped",
			text: `She wrote a memoir titled "Nights in the Old Embassy" after retiring.`,
		},
		{
			name: "partial quotation in reported speech is skipped",
			text: `The envoy said the plan was "not acceptable in its present form" and left.`,
		},
		{
			name: "short standalone quotation",
			text: "He paused.\n\"Never again.\"\nThe hall fell silent.",
			want: []want{{"Never again.", "", ""}},
		},
		{
			name: "short quotation that opens a sentence",
			text: "The clerk closed the ledger.\n\"Not yet,\" was all the clerk would say.",
			want: []want{{"Not yet,", "", ""}},
		},
		{
			name: "ellipsis at the start of a paragraph quotation",
			text: "\"… and the talks will go on,\" the mediator said.",
			want: []want{{"… and the talks will go on,", "the mediator", ""}},
		},
		{
			name: "partial quotation after that is skipped",
			text: `The minister said that "the region will not accept foreign troops on its soil" and left.`,
		},
		{
			name: "unclosed quotation is dropped",
			text: "\"This sentence never closes\n\nAnd the next paragraph is plain.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compact(Find(tt.text, nil))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestFindAttribution(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "speaker then verb after the quote",
			text: `"We will not accept new tariffs," Trade Minister Olga Petrov said.`,
			want: []want{{"We will not accept new tariffs,", "Trade Minister Olga Petrov", ""}},
		},
		{
			name: "verb then speaker after the quote",
			text: `"The embassy remains open to visitors," said Maria Gomez, a spokeswoman for the mission.`,
			want: []want{{"The embassy remains open to visitors,", "Maria Gomez", ""}},
		},
		{
			name: "speaker and colon before the quote",
			text: `Prime Minister Jan Novak said: "Our doors remain open to dialogue."`,
			want: []want{{"Our doors remain open to dialogue.", "Prime Minister Jan Novak", ""}},
		},
		{
			name: "told reporters",
			text: `"There is no military solution," Kofi Mensah told reporters in Geneva.`,
			want: []want{{"There is no military solution,", "Kofi Mensah", ""}},
		},
		{
			name: "according to",
			text: `"Both sides agreed to continue the talks next month," according to the foreign ministry.`,
			want: []want{{"Both sides agreed to continue the talks next month,", "the foreign ministry", ""}},
		},
		{
			name: "interrupted quotation",
			text: `"We are ready," Ahmed Saleh said, "to continue the negotiations in good faith."`,
			want: []want{
				{"We are ready,", "Ahmed Saleh", ""},
				{"to continue the negotiations in good faith.", "Ahmed Saleh", ""},
			},
		},
		{
			name: "pronoun resolves to the last speaker",
			text: "\"The vote was fair,\" Governor Alan Brooks said.\n\n\"We expect the result to stand,\" he added.",
			want: []want{
				{"The vote was fair,", "Governor Alan Brooks", ""},
				{"We expect the result to stand,", "Governor Alan Brooks", ""},
			},
		},
		{
			name: "next sentence continues the speaker",
			text: `"The sanctions hurt ordinary people," Elena Sorokina said. "They must be lifted without delay."`,
			want: []want{
				{"The sanctions hurt ordinary people,", "Elena Sorokina", ""},
				{"They must be lifted without delay.", "Elena Sorokina", ""},
			},
		},
		{
			name: "quotation over two paragraphs",
			text: "Ambassador Chen said: \"We have waited long enough for an answer.\n\n\"Now the council must act.\"",
			want: []want{{"We have waited long enough for an answer.\n\n\"Now the council must act.", "Ambassador Chen", ""}},
		},
		{
			name: "participle takes the subject of the sentence",
			text: `Senator Ruth Kagame issued a statement on Friday saying, "This agreement protects our farmers."`,
			want: []want{{"This agreement protects our farmers.", "Senator Ruth Kagame", ""}},
		},
		{
			name: "speaker after the verb inside an interrupted quotation",
			text: `"The summit," said Chancellor Weber, "was a success for all of us."`,
			want: []want{
				{"The summit,", "Chancellor Weber", ""},
				{"was a success for all of us.", "Chancellor Weber", ""},
			},
		},
		{
			name: "relative clause after the speaker",
			text: `Lena Dahl, who chaired the committee until March, told the press, "We found no evidence of fraud."`,
			want: []want{{"We found no evidence of fraud.", "Lena Dahl", ""}},
		},
		{
			name: "parenthetical after the speaker",
			text: `"The bill protects workers," Senator Max Ortiz (D-Calif.) said in a statement.`,
			want: []want{{"The bill protects workers,", "Senator Max Ortiz", ""}},
		},
		{
			name: "adverbial before the inverted verb",
			text: `"The harvest will be late this year" in the north, said Carlos Ruiz, the head of the growers' union.`,
			want: []want{{"The harvest will be late this year", "Carlos Ruiz", ""}},
		},
		{
			name: "colon after a sentence without a verb of saying",
			text: `Mayor Tom Reyes gave the plan a cautious welcome on Friday: "It is a start, but only a start."`,
			want: []want{{"It is a start, but only a start.", "Mayor Tom Reyes", ""}},
		},
		{
			name: "any verb after a quotation ending with a comma",
			text: `"You will not regret this," Mr. Adler assured the delegates.`,
			want: []want{{"You will not regret this,", "Mr. Adler", ""}},
		},
		{
			name: "British single quotation marks",
			text: "‘We will not back down on this,’ the foreign secretary told MPs. ‘Our position is clear and shared by our allies.’",
			want: []want{
				{"We will not back down on this,", "the foreign secretary", ""},
				{"Our position is clear and shared by our allies.", "the foreign secretary", ""},
			},
		},
		{
			name: "apostrophes are not quotation marks",
			text: "Officials in the ’90s said the voters’ mood was grim and the party’s leaders didn’t disagree.",
		},
		{
			name: "straight quotation inside a straight quotation",
			text: `"They told me "no" and that was the end of it," the envoy said.`,
			want: []want{{`They told me "no" and that was the end of it,`, "the envoy", ""}},
		},
		{
			name: "missing closing mark before the attribution",
			text: `"Without a vote in parliament, she added, "the budget cannot pass this year."`,
			want: []want{{"the budget cannot pass this year.", "", ""}},
		},
		{
			name: "hard-wrapped text",
			text: "OSLO, May 9 - The two governments agreed on Tuesday to reopen the\n" +
				"fishing talks that broke down last winter over quotas for cod.\n" +
				"    \"We now have a basis for a fair settlement of the quota\n" +
				"question,\" the fisheries minister told a news conference.\n" +
				"    Negotiators from both sides will meet again in Bergen later\n" +
				"this month to draft the text of a new accord on the quotas.\n",
			want: []want{{"We now have a basis for a fair settlement of the quota\nquestion,", "the fisheries minister", ""}},
		},
		{
			name: "appositive speaker",
			text: `"The region needs calm," Omar Haddad, the head of the observer mission, said.`,
			want: []want{{"The region needs calm,", "Omar Haddad", ""}},
		},
		{
			// An adverb and a comma before the speaker once left an empty
			// display name and an index out of range.
			name: "adverb and comma before the speaker",
			text: `"The talks have stalled," privately, officials said.`,
			want: []want{{"The talks have stalled,", "officials", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compact(Find(tt.text, nil))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestFindWithMentions(t *testing.T) {
	text := "Ukraine and Poland discussed grain exports, the Polish government said on Monday.\n" +
		"\"Both sides agreed to keep the corridor open through the winter,\" Warsaw said.\n" +
		"\"Further talks will take place in Kyiv next month,\" the statement said.\n" +
		"Polish Foreign Minister Adam Nowicki told reporters: \"We stand with our neighbours.\"\n" +
		"\"It is a matter of principle,\" he said."
	ms := []entities.Mention{
		mention(text, "Ukraine", entities.KindCountry, "UKR", ""),
		mention(text, "Poland", entities.KindCountry, "POL", ""),
		mention(text, "Polish government", entities.KindCountry, "POL", ""),
		mention(text, "Warsaw", entities.KindCountry, "POL", ""),
		mention(text, "Kyiv", entities.KindCountry, "UKR", ""),
		mention(text, "Polish Foreign Minister Adam Nowicki", entities.KindLeader, "POL", "Adam Nowicki"),
	}
	want := []want{
		{"Both sides agreed to keep the corridor open through the winter,", "Warsaw", "POL"},
		{"Further talks will take place in Kyiv next month,", "Warsaw", "POL"},
		{"We stand with our neighbours.", "Adam Nowicki", "POL"},
		{"It is a matter of principle,", "Adam Nowicki", "POL"},
	}
	got := Find(text, ms)
	if diff := cmp.Diff(want, compact(got)); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
	for _, q := range got {
		if text[q.Start:q.End] != q.Text {
			t.Errorf("span [%d,%d) does not hold %q", q.Start, q.End, q.Text)
		}
		if q.SpeakerSpan.End > len(text) || q.SpeakerSpan.Start > q.SpeakerSpan.End {
			t.Errorf("bad speaker span %+v", q.SpeakerSpan)
		}
	}
}

func TestFindActors(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions func(text string) []entities.Mention
		want     []want
	}{
		{
			name: "spokesperson for an organization",
			text: `"The mission will stay as long as it is needed," a spokesperson for the U.N. said.`,
			mentions: func(text string) []entities.Mention {
				return []entities.Mention{mention(text, "U.N.", entities.KindOrganization, "UN", "")}
			},
			want: []want{{"The mission will stay as long as it is needed,", "a spokesperson for the U.N.", "UN"}},
		},
		{
			name: "verb first with a country adjective",
			text: `"We see no reason to change course," said a spokesman for the Russian Foreign Ministry.`,
			mentions: func(text string) []entities.Mention {
				return []entities.Mention{mention(text, "Russian", entities.KindCountry, "RUS", "")}
			},
			want: []want{{"We see no reason to change course,", "a spokesman for the Russian Foreign Ministry", "RUS"}},
		},
		{
			name: "affiliation in an appositive",
			text: `"The new port will be ready by spring," said Juan Ortega, an adviser to the Argentine transport ministry.`,
			mentions: func(text string) []entities.Mention {
				return []entities.Mention{mention(text, "Argentine", entities.KindCountry, "ARG", "")}
			},
			want: []want{{"The new port will be ready by spring,", "Juan Ortega", "ARG"}},
		},
		{
			name: "pronoun skips a body and a subordinate clause",
			text: "Prime Minister Ana Lopes met the envoy on Monday, the government said.\n" +
				"\"We agreed on the next steps,\" Lopes said.\n" +
				"She said the plan was drafted after a meeting at which the Brazilian minister demanded changes.\n" +
				"\"The door remains open,\" she said.",
			mentions: func(text string) []entities.Mention {
				return []entities.Mention{
					mention(text, "Prime Minister Ana Lopes", entities.KindLeader, "PRT", "Ana Lopes"),
					mention(text, "Lopes said", entities.KindLeader, "PRT", "Ana Lopes"),
					mention(text, "Brazilian", entities.KindCountry, "BRA", ""),
				}
			},
			want: []want{
				{"We agreed on the next steps,", "Ana Lopes", "PRT"},
				{"The door remains open,", "Ana Lopes", "PRT"},
			},
		},
		{
			name: "statement of a body named in the same paragraph",
			text: "ANKARA, June 2 - Turkey and Greece signed a shipping accord.\n" +
				"In Nicosia, Cyprus said it would not accept the deal. A Foreign Ministry statement said: \"This deal has no legal basis for us.\"",
			mentions: func(text string) []entities.Mention {
				return []entities.Mention{
					mention(text, "ANKARA", entities.KindCountry, "TUR", ""),
					mention(text, "Turkey", entities.KindCountry, "TUR", ""),
					mention(text, "Greece", entities.KindCountry, "GRC", ""),
					mention(text, "Nicosia", entities.KindCountry, "CYP", ""),
					mention(text, "Cyprus", entities.KindCountry, "CYP", ""),
				}
			},
			want: []want{{"This deal has no legal basis for us.", "Cyprus", "CYP"}},
		},
		{
			name: "role phrase refers to the leader named before",
			text: "President Ana Reyes said on Monday that the treaty would be signed. The envoys will return next week, the president said.\n" +
				"\"My door stays open to the opposition,\" she said.",
			mentions: func(text string) []entities.Mention {
				m := mention(text, "President Ana Reyes", entities.KindLeader, "CHL", "Ana Reyes")
				m.Title = "President"
				return []entities.Mention{m}
			},
			want: []want{{"My door stays open to the opposition,", "Ana Reyes", "CHL"}},
		},
		{
			name: "unqualified ministry in a dateline story",
			text: "PARIS, May 4 - France objected on Monday to the new landing fees.\n" +
				"\"These landing fees break the bilateral agreement of 2019,\" the ministry statement added.",
			mentions: func(text string) []entities.Mention {
				return []entities.Mention{
					mention(text, "PARIS", entities.KindCountry, "FRA", ""),
					mention(text, "France", entities.KindCountry, "FRA", ""),
				}
			},
			want: []want{{"These landing fees break the bilateral agreement of 2019,", "the ministry statement", "FRA"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compact(Find(tt.text, tt.mentions(tt.text)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestFindAdjectiveActor(t *testing.T) {
	text := `"We will answer any provocation," Cuban Foreign Minister Luis Soto said.`
	ms := []entities.Mention{mention(text, "Cuban", entities.KindCountry, "CUB", "")}
	got := compact(Find(text, ms))
	want := []want{{"We will answer any provocation,", "Cuban Foreign Minister Luis Soto", "CUB"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

func TestQuoteJSON(t *testing.T) {
	q := Quote{Text: "Yes.", Speaker: "Anna Berg", Actor: "SWE", Span: entities.Span{Start: 1, End: 5}, SpeakerSpan: entities.Span{Start: 7, End: 16}}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"text":"Yes.","speaker":"Anna Berg","actor":"SWE","start":1,"end":5}`
	if string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
}

func TestFindBadMentions(t *testing.T) {
	text := `"We are ready to talk," the envoy said.`
	ms := []entities.Mention{
		{Span: entities.Span{Start: 30, End: 999}, Kind: entities.KindCountry, Code: "XXX"},
		{Span: entities.Span{Start: 5, End: 2}, Kind: entities.KindCountry, Code: "YYY"},
		{Span: entities.Span{Start: 24, End: 33}, Kind: entities.KindOrganization, Code: "UN"},
	}
	got := Find(text, ms)
	if len(got) != 1 || got[0].Actor != "UN" {
		t.Errorf("Find with bad mentions = %+v", got)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`"A," he said, "B."`,
		"“Quote” — ‘inner’ „x“ «y» ``z'' ''w''",
		"\"open\n\n\"continued\"",
		`She said: "x`,
		"\"\"\"''''``",
		"\xff\"\xfe\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range Find(text, nil) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("span [%d,%d) out of bounds for %d bytes", q.Start, q.End, len(text))
			}
			if text[q.Start:q.End] != q.Text {
				t.Fatalf("text %q != text[%d:%d] %q", q.Text, q.Start, q.End, text[q.Start:q.End])
			}
			if s := q.SpeakerSpan; s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("speaker span %+v out of bounds", s)
			}
		}
	})
}

var benchText = strings.Repeat("Ukraine and Poland discussed grain exports on Monday, officials said.\n"+
	"\"Both sides agreed to keep the corridor open through the winter,\" Foreign Minister Adam Nowicki said. "+
	"\"We stand with our neighbours.\"\n"+
	"The minister called the plan a \"lifeline\" for farmers.\n"+
	"\"It is a matter of principle,\" he told reporters, \"and we will not bargain over it.\"\n", 20)

func BenchmarkFind(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Find(benchText, nil)
	}
}

// BenchmarkFindAdversarial runs Find on inputs built to defeat it: many
// dropped scare quotes, unmatched opening marks, and no paragraph breaks.
func BenchmarkFindAdversarial(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"scare", strings.Repeat(`He called it "a" thing and `, 4000)},
		{"unmatched", strings.Repeat(`“x “y `, 10000)},
		{"quotes", strings.Repeat(`"Yes," he said. `, 4000)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				Find(bc.text, nil)
			}
		})
	}
}
