package timex

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// wed is a Wednesday used as the reference date of most cases.
var wed = time.Date(2022, 12, 28, 9, 30, 0, 0, time.UTC)

type want struct {
	text, typ, value string
}

func check(t *testing.T, text string, ref time.Time, wants []want) {
	t.Helper()
	got := Find(text, ref)
	var g []string
	for _, e := range got {
		g = append(g, fmt.Sprintf("%s|%s|%s", e.Text, e.Type, e.Value))
	}
	var w []string
	for _, e := range wants {
		w = append(w, fmt.Sprintf("%s|%s|%s", e.text, e.typ, e.value))
	}
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("Find(%q)\n got: %q\nwant: %q", text, g, w)
	}
	checkInvariants(t, text, got)
}

func checkInvariants(t *testing.T, text string, got []Expr) {
	t.Helper()
	prev := 0
	for _, e := range got {
		if e.Start < prev || e.Start > e.End || e.End > len(text) {
			t.Fatalf("bad offsets %d..%d (prev end %d, len %d) in %q", e.Start, e.End, prev, len(text), text)
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("text[%d:%d] = %q, Text = %q", e.Start, e.End, text[e.Start:e.End], e.Text)
		}
		prev = e.End
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"weekday past", "The ministers met on Wednesday in Brussels.", []want{{"Wednesday", "DATE", "2022-12-28"}}},
		{"weekday past earlier", "Talks were held on Friday.", []want{{"Friday", "DATE", "2022-12-23"}}},
		{"weekday future", "Talks are scheduled for Friday.", []want{{"Friday", "DATE", "2022-12-30"}}},
		{"weekday will", "The envoy will travel to Kyiv on Monday.", []want{{"Monday", "DATE", "2023-01-02"}}},
		{"last weekday", "The talks broke down last Wednesday.", []want{{"last Wednesday", "DATE", "2022-12-21"}}},
		{"next weekday", "They meet again next Tuesday.", []want{{"next Tuesday", "DATE", "2023-01-03"}}},
		{"weekday night", "The Kremlin said on Tuesday night that talks would continue.", []want{{"Tuesday night", "DATE", "2022-12-27TNI"}}},
		{"range dash", "The summit took place November 19-22 this year.", []want{{"November 19-22 this year", "DATE", "2022-11-19/2022-11-22"}}},
		{"range to", "The summit ran from November 19 to 22.", []want{{"November 19 to 22", "DATE", "2022-11-19/2022-11-22"}}},
		{"range day first", "Delegates gathered 19 to 22 November in Geneva.", []want{{"19 to 22 November", "DATE", "2022-11-19/2022-11-22"}}},
		{"range years", "Output rose between 2006 and 2019.", []want{{"2006 and 2019", "DATE", "2006/2019"}}},
		{"range months", "The exercise lasted from March to May.", []want{{"March to May", "DATE", "2022-03/2022-05"}}},
		{"range year dash", "The 2014-2016 campaign failed.", []want{{"2014-2016", "DATE", "2014/2016"}}},
		{"range across new year", "The truce ran from Dec. 28 to Jan. 3.", []want{{"Dec. 28 to Jan. 3", "DATE", "2022-12-28/2023-01-03"}}},
		{"range weekdays", "From Monday to Wednesday the talks stalled.", []want{{"Monday to Wednesday", "DATE", "2022-12-26/2022-12-28"}}},
		{"last month", "Last month, the envoy resigned.", []want{{"Last month", "DATE", "2022-11"}}},
		{"this year", "This year the council met twice.", []want{{"This year", "DATE", "2022"}}},
		{"next year", "Elections are due next year.", []want{{"next year", "DATE", "2023"}}},
		{"last week", "Protests spread last week.", []want{{"last week", "DATE", "2022-W51"}}},
		{"earlier this week", "Earlier this week the council met.", []want{{"Earlier this week", "DATE", "2022-W52"}}},
		{"past decades", "Over the past six decades, the alliance has grown.", []want{{"the past six decades", "DURATION", "P60Y"}}},
		{"month day", "The treaty was signed on December 28.", []want{{"December 28", "DATE", "2022-12-28"}}},
		{"abbrev month", "The ceasefire was agreed on Dec. 28.", []want{{"Dec. 28", "DATE", "2022-12-28"}}},
		{"month day year", "It was ratified on March 3, 2021.", []want{{"March 3, 2021", "DATE", "2021-03-03"}}},
		{"day month year", "It was signed on 28 Dec 2022 in Paris.", []want{{"28 Dec 2022", "DATE", "2022-12-28"}}},
		{"iso", "The accord dated 1996-08-22 expired.", []want{{"1996-08-22", "DATE", "1996-08-22"}}},
		{"us and european", "The memo of 12/28/2022 and the note of 28.12.2022 differ.", []want{{"12/28/2022", "DATE", "2022-12-28"}, {"28.12.2022", "DATE", "2022-12-28"}}},
		{"month year", "Fighting resumed in July 1997.", []want{{"July 1997", "DATE", "1997-07"}}},
		{"month alone past", "The envoy resigned in October.", []want{{"October", "DATE", "2022-10"}}},
		{"month alone future", "A new round of talks will open in February.", []want{{"February", "DATE", "2023-02"}}},
		{"month day future", "A summit is planned for Jan. 5.", []want{{"Jan. 5", "DATE", "2023-01-05"}}},
		{"ordinal day", "The vote is due on the 28th.", []want{{"the 28th", "DATE", "2022-12-28"}}},
		{"year", "The republic was founded in 1991.", []want{{"1991", "DATE", "1991"}}},
		{"mid year", "The deal was reached in mid-1996 and revised in early 2001.", []want{{"mid-1996", "DATE", "1996"}, {"early 2001", "DATE", "2001"}}},
		{"fiscal", "Exports grew in fiscal 1998 and FY2001.", []want{{"fiscal 1998", "DATE", "1998"}, {"FY2001", "DATE", "2001"}}},
		{"quarters", "Growth slowed in the third quarter; Q4 2021 was better.", []want{{"the third quarter", "DATE", "2022-Q3"}, {"Q4 2021", "DATE", "2021-Q4"}}},
		{"hyphen quarter", "The ministry reported third-quarter figures.", []want{{"third-quarter", "DATE", "2022-Q3"}}},
		{"half", "Sales in the first half of 2022 fell.", []want{{"the first half of 2022", "DATE", "2022-H1"}}},
		{"seasons", "Talks resume next spring; they stalled last summer.", []want{{"next spring", "DATE", "2023-SP"}, {"last summer", "DATE", "2022-SU"}}},
		{"season year", "The offensive began in the winter of 1994.", []want{{"the winter of 1994", "DATE", "1994-WI"}}},
		{"decades", "In the 1990s and the '80s, the bloc expanded.", []want{{"the 1990s", "DATE", "199"}, {"the '80s", "DATE", "198"}}},
		{"century", "The border dates from the 19th century.", []want{{"the 19th century", "DATE", "18"}}},
		{"sets", "Prices rise every year; the bulletin appears weekly and fees are paid annually.", []want{{"every year", "SET", "P1Y"}, {"weekly", "SET", "P1W"}, {"annually", "SET", "P1Y"}}},
		{"set weekday", "The council meets each Thursday.", []want{{"each Thursday", "SET", "XXXX-WXX-4"}}},
		{"times", "The meeting starts at 3 p.m. and ends at 15:00.", []want{{"3 p.m.", "TIME", "2022-12-28T15:00"}, {"15:00", "TIME", "2022-12-28T15:00"}}},
		{"glued times", "They met at 10am and again at 4.30pm.", []want{{"10am", "TIME", "2022-12-28T10:00"}, {"4.30pm", "TIME", "2022-12-28T16:30"}}},
		{"lap times are not times", "Alesi finished in 1:55.101, Hill in 1:55.333.", nil},
		{"weekday as a surname", "Mr. Sunday, the envoy, arrived.", nil},
		{"hyphenated quarter", "The firm posted a third-quarter loss.", []want{{"third-quarter", "DATE", "2022-Q3"}}},
		{"time weekday", "Gunfire was heard at 10 p.m. Tuesday.", []want{{"10 p.m. Tuesday", "TIME", "2022-12-27T22:00"}}},
		{"noon", "The deadline expired at noon Monday.", []want{{"noon Monday", "TIME", "2022-12-26T12:00"}}},
		{"tonight", "The president will speak tonight.", []want{{"tonight", "TIME", "2022-12-28TNI"}}},
		{"this morning", "The minister spoke this morning.", []want{{"this morning", "TIME", "2022-12-28TMO"}}},
		{"refs", "Now the plan is currently stalled; recently it was revised.", []want{{"Now", "DATE", "PRESENT_REF"}, {"currently", "DATE", "PRESENT_REF"}, {"recently", "DATE", "PAST_REF"}}},
		{"future", "Sanctions may be lifted in the future.", []want{{"the future", "DATE", "FUTURE_REF"}}},
		{"ago", "He arrived two days ago.", []want{{"two days ago", "DATE", "2022-12-26"}}},
		{"years ago", "The accord was signed five years ago.", []want{{"five years ago", "DATE", "2017"}}},
		{"in two weeks", "The troops will leave in two weeks.", []want{{"two weeks", "DURATION", "P2W"}}},
		{"durations", "The siege lasted 60 years, three days and 2 hours.", []want{{"60 years", "DURATION", "P60Y"}, {"three days", "DURATION", "P3D"}, {"2 hours", "DURATION", "PT2H"}}},
		{"for days", "Fighting raged for days.", []want{{"days", "DURATION", "PXD"}}},
		{"six months", "The mandate runs for six months.", []want{{"six months", "DURATION", "P6M"}}},
		{"vague durations", "The war lasted for years; talks took several months.", []want{{"years", "DURATION", "PXY"}, {"several months", "DURATION", "PXM"}}},
		{"hyphen duration", "They agreed a two-year truce.", []want{{"two-year", "DURATION", "P2Y"}}},
		{"half duration", "The talks lasted 2 1/2 years.", []want{{"2 1/2 years", "DURATION", "P2Y6M"}}},
		{"today yesterday", "Yesterday the army withdrew; today it returned.", []want{{"Yesterday", "DATE", "2022-12-27"}, {"today", "DATE", "2022-12-28"}}},
		{"tomorrow", "The cabinet meets tomorrow.", []want{{"tomorrow", "DATE", "2022-12-29"}}},
		{"weekend", "Clashes erupted over the weekend.", []want{{"the weekend", "DATE", "2022-W51-WE"}}},
		{"christmas", "The truce held over Christmas.", []want{{"Christmas", "DATE", "2022-12-25"}}},
		{"year ago quarter", "Profit rose in the third quarter from a year earlier.", []want{{"the third quarter", "DATE", "2022-Q3"}, {"a year earlier", "DATE", "2021-Q3"}}},
		{"the quarter anaphora", "Revenue rose in the second quarter. In the quarter, exports fell.", []want{{"the second quarter", "DATE", "2022-Q2"}, {"the quarter", "DATE", "2022-Q2"}}},
		{"ages not durations", "A 6-year-old boy and his 52-year-old father were 40 years old.", nil},
		{"quantities not years", "He commanded 2,000 troops and paid $1990 for 1990 shares.", nil},
		{"may as a name", "Theresa May said the talks may resume.", nil},
		{"may as a month", "Talks resumed in May and ended May 5.", []want{{"May", "DATE", "2022-05"}, {"May 5", "DATE", "2022-05-05"}}},
		{"curly quotes and non-ASCII", "“We’ll meet on Friday,” said Ségolène Royal in Zürich — in 2019.", []want{{"Friday", "DATE", "2022-12-30"}, {"2019", "DATE", "2019"}}},
		{"wrapped line and attribution", "The text of the accord will be published after the\nsigning ceremony on Friday, a spokesman told reporters.", []want{{"Friday", "DATE", "2022-12-30"}}},
		{"crlf", "Signed in 1991.\r\nRatified last year.\r\n", []want{{"1991", "DATE", "1991"}, {"last year", "DATE", "2021"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, wed, tc.want) })
	}
}

func TestFindNoReference(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"relative keeps span", "Last month the envoy resigned.", []want{{"Last month", "DATE", ""}}},
		{"weekday", "The ministers met on Wednesday.", []want{{"Wednesday", "DATE", ""}}},
		{"absolute keeps value", "It was signed on March 3, 2021.", []want{{"March 3, 2021", "DATE", "2021-03-03"}}},
		{"duration", "The siege lasted three days.", []want{{"three days", "DURATION", "P3D"}}},
		{"christmas", "They met at Christmas.", []want{{"Christmas", "DATE", "XXXX-12-25"}}},
		{"ref word", "Talks are currently stalled.", []want{{"currently", "DATE", "PRESENT_REF"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, time.Time{}, tc.want) })
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ref  time.Time
		want string
		ok   bool
	}{
		{"month day", "December 28", wed, "2022-12-28", true},
		{"dateline a few days ahead", "December 30", wed, "2022-12-30", true},
		{"dateline last year", "March 3", time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC), "2022-03-03", true},
		{"day month year", "28 Dec 2022", time.Time{}, "2022-12-28", true},
		{"iso", "1996-08-22", time.Time{}, "1996-08-22", true},
		{"abbrev", "Dec. 28", wed, "2022-12-28", true},
		{"with year no ref", "March 3, 2021", time.Time{}, "2021-03-03", true},
		{"no year no ref", "March 3", time.Time{}, "", false},
		{"dateline with place", "GENEVA, March 3 (Reuters)", time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC), "2023-03-03", true},
		{"garbage", "the weather", wed, "", false},
		{"empty", "", wed, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ParseDate(tc.in, tc.ref)
			if ok != tc.ok {
				t.Fatalf("ParseDate(%q) ok = %v, want %v (got %v)", tc.in, ok, tc.ok, got)
			}
			if ok && got.Format("2006-01-02") != tc.want {
				t.Errorf("ParseDate(%q) = %s, want %s", tc.in, got.Format("2006-01-02"), tc.want)
			}
		})
	}
}

func TestConcurrent(t *testing.T) {
	text := "Last month, the envoy met on Wednesday; talks ran November 19-22."
	want := Find(text, wed)
	done := make(chan []Expr)
	for range 8 {
		go func() { done <- Find(text, wed) }()
	}
	for range 8 {
		got := <-done
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("concurrent result differs: %v vs %v", got, want)
		}
	}
}

func ExampleFind() {
	ref := time.Date(2022, 12, 28, 0, 0, 0, 0, time.UTC)
	text := "Last month the ministers met on Wednesday; talks ran November 19-22 and the truce held over the past six decades."
	for _, e := range Find(text, ref) {
		fmt.Printf("%s %s %s\n", e.Text, e.Type, e.Value)
	}
	// Output:
	// Last month DATE 2022-11
	// Wednesday DATE 2022-12-28
	// November 19-22 DATE 2022-11-19/2022-11-22
	// the past six decades DURATION P60Y
}

func ExampleParseDate() {
	ref := time.Date(2022, 12, 28, 0, 0, 0, 0, time.UTC)
	d, ok := ParseDate("March 3", ref)
	fmt.Println(d.Format("2006-01-02"), ok)
	// Output:
	// 2022-03-03 true
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Last month, the envoy met on Wednesday.",
		"November 19-22 this year; 12/28/2022; 28.12.2022; 1996-08-22",
		"at 3 p.m. EST Nov. 9, the 1990s, the '80s, Q3 2022, FY1998",
		"“We’ll meet on Friday,” said Ségolène — in 2019.\r\n",
		"between 2006 and 2019 from March to May 19 to 22 November",
		"\xff\xfe 2 1/2 years twenty-four hours the 28th",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ref := range []time.Time{{}, wed, time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC)} {
			got := Find(s, ref)
			prev := 0
			for _, e := range got {
				if e.Start < prev || e.Start > e.End || e.End > len(s) || s[e.Start:e.End] != e.Text {
					t.Fatalf("bad expression %+v (prev end %d) in %q", e, prev, s)
				}
				prev = e.End
			}
			// The windows of a long text (here of a few tokens) find the
			// same expressions as one scan of the whole text.
			if w := windowed(s, ref, 1+len(s)%7); !slices.Equal(got, w) {
				t.Fatalf("%q: windows find %+v, the whole text %+v", s, w, got)
			}
			_, _ = ParseDate(s, ref)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("The foreign ministers met on Wednesday in Brussels and said talks would resume "+
		"next month, after the summit held November 19-22 this year. Trade has grown over the past six "+
		"decades, the ministry said, and exports rose 3 percent in the third quarter from a year earlier. ", 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, wed)
	}
}
