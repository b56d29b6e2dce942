package text

import (
	"regexp"
	"slices"
	"testing"
)

// datelineRE is the dateline grammar as a regular expression: the oracle
// of the hand matcher in dateline.go.
var datelineRE = func() *regexp.Regexp {
	months := `(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
	date := months + `\.? \d{1,2}(?:, \d{4})?|\d{1,2} ` + months + `\.?(?: \d{4})?|\d{4}-\d{2}-\d{2}`
	return regexp.MustCompile(`^[ \t]*([A-Z][A-Z'.\-]*(?: [A-Z][A-Z'.\-]*){0,3})` +
		`(?:,? (` + date + `)|, ((?:[A-Z][A-Za-z]{0,5}\.(?: ?[A-Z][a-z]?\.)?)|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?))(?:,? (` + date + `))?)?` +
		`\.?[ \t]*((?:/[A-Za-z][A-Za-z\- ]{0,20}/\.?)|(?:\((?:[A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,3})\)))?[ \t]*(-{1,3}|:)?[ \t]*`)
}()

var datelineLines = []string{
	"MOSCOW, December 28. /TASS/. The talks",
	"WASHINGTON (Reuters) - The envoy said",
	"UNITED NATIONS, Oct 3 - Delegates",
	"KOKOMO, Ind., March 2 - A plant",
	"SANTA FE, New Mexico, Jan. 4, 1999 -- Officials",
	"SAN JOSE, Calif. - The firm",
	"WASHINGTON, D. C. - x",
	"WASHINGTON, D.C., Sept. 9 - x",
	"BRUSSELS 1996-08-22",
	"GENEVA, 12 FEBRUARY 2024: The council",
	"PARIS, 5 Sept - x",
	"PARIS, 5 Septimus",
	"PARIS, Sept 123 - x",
	"PARIS, Feb 3, 19 - x",
	"PARIS, 123 Feb - x",
	"PARIS, 1 Feb. 20245 - x",
	"PARIS, Feb.5 - x",
	"PARIS, Au\u017fgust 5 - x",
	"PARIS, Mayo 5 - x",
	"LONDON, Jun - x",
	"TOKYO /Kyodo News/ - x",
	"TOKYO /Kyodo News Agency of Japan today/ - x",
	"TOKYO (Kyodo World Service Japan) - x",
	"TOKYO (Kyodo World Service Japan Today) - x",
	"TOKYO ( Kyodo) - x",
	"N'DJAMENA - x",
	"A B C D E F - x",
	"Ab",
	"  \tLIMA --- x",
	"LIMA ---- x",
	"LIMA, Peru, 3 - x",
	"LIMA, Pe. R. - x",
	"LIMA, Pe.Ra. - x",
	"LIMA, Peruvia. - x",
	"LIMA,  Peru",
	"LIMA, New york",
	"\xffLIMA",
	"LIMA, 2024-1-05",
	"",
}

// match is datelineMatch in the form of FindStringSubmatchIndex.
func match(line string) []int {
	m, ok := datelineMatch(line)
	if !ok {
		return nil
	}
	return m[:]
}

func TestDatelineMatchesExpression(t *testing.T) {
	for _, line := range datelineLines {
		t.Run(line, func(t *testing.T) {
			want := datelineRE.FindStringSubmatchIndex(line)
			if got := match(line); !slices.Equal(got, want) {
				t.Errorf("datelineMatch(%q)\n got %v\nwant %v", line, got, want)
			}
		})
	}
}

func FuzzDatelineMatch(f *testing.F) {
	for _, line := range datelineLines {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		want := datelineRE.FindStringSubmatchIndex(line)
		if got := match(line); !slices.Equal(got, want) {
			t.Errorf("datelineMatch(%q)\n got %v\nwant %v", line, got, want)
		}
	})
}
