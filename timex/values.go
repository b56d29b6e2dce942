package timex

import (
	"strconv"
	"strings"
	"time"
)

// Calendar helpers. All dates are civil dates at midnight UTC.

func civil(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// validYMD reports whether y-m-d is a real calendar date.
func validYMD(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := civil(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

// digits4 holds "0000", "0001", … "9999" back to back, so that pad can slice
// small numbers out of it instead of allocating.
var digits4 = onceValue(func() string {
	b := make([]byte, 0, 4*10000)
	for n := range 10000 {
		b = append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	return string(b)
})

// pad formats n in decimal, left-padded with zeros to width digits.
func pad(n, width int) string {
	if 0 <= n && n < 10000 && width <= 4 {
		d := 1
		for x := n; x >= 10; x /= 10 {
			d++
		}
		d = max(d, width)
		return digits4()[4*n+4-d : 4*n+4]
	}
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func okYear(y int) bool { return 0 <= y && y <= 9999 }

func fmtY(y int) string {
	if !okYear(y) {
		return ""
	}
	return pad(y, 4)
}

// arena holds the strings built during one scan (values, lower-cased
// words) back to back: one allocation per scan, usually, instead of one per
// string. It only ever appends, so the strings it returned stay valid when
// it grows (a strings.Builder leaves the old buffer to them), and each scan
// starts a new one; the strings may thus outlive the scan, in the values
// Find returns.
type arena struct {
	b    strings.Builder
	hint int // the capacity to allocate at the first string
}

// reserve makes room for n more bytes, at least doubling the arena when it
// grows (a strings.Builder left to itself grows by less past 256 bytes).
func (a *arena) reserve(n int) {
	if a.b.Cap()-a.b.Len() < n {
		a.b.Grow(max(a.hint, n)) // to 2*cap + max(hint, n)
	}
}

// cat returns the concatenation of parts, stored in the arena.
func (a *arena) cat(parts ...string) string {
	n := 0
	for _, s := range parts {
		n += len(s)
	}
	a.reserve(n)
	start := a.b.Len()
	for _, s := range parts {
		a.b.WriteString(s)
	}
	return a.b.String()[start:]
}

// lower returns the lower-case form of the ASCII word raw, stored in the arena.
func (a *arena) lower(raw string) string {
	a.reserve(len(raw))
	start := a.b.Len()
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		a.b.WriteByte(c)
	}
	return a.b.String()[start:]
}

// cat returns the concatenation of parts, stored in the arena of the scan.
func (p *parser) cat(parts ...string) string { return p.arena.cat(parts...) }

func (p *parser) fmtYM(y, m int) string {
	if !okYear(y) || m < 1 || m > 12 {
		return ""
	}
	return p.cat(pad(y, 4), "-", pad(m, 2))
}

func (p *parser) fmtDate(t time.Time) string {
	y, m, d := t.Date()
	if !okYear(y) {
		return ""
	}
	return p.cat(pad(y, 4), "-", pad(int(m), 2), "-", pad(d, 2))
}

func (p *parser) fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	if !okYear(y) {
		return ""
	}
	return p.cat(pad(y, 4), "-W", pad(w, 2))
}

// fmtQ formats the quarter with absolute index qi = year*4 + (quarter-1).
func (p *parser) fmtQ(qi int) string {
	y, q := floorDiv(qi, 4), qi-floorDiv(qi, 4)*4+1
	if !okYear(y) {
		return ""
	}
	return p.cat(pad(y, 4), "-Q", pad(q, 1))
}

// fmtH formats the half year with absolute index hi = year*2 + (half-1).
func (p *parser) fmtH(hi int) string {
	y, h := floorDiv(hi, 2), hi-floorDiv(hi, 2)*2+1
	if !okYear(y) {
		return ""
	}
	return p.cat(pad(y, 4), "-H", pad(h, 1))
}

var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

// fmtSeason formats the season with absolute index si = year*4 + index
// (spring 0, summer 1, fall 2, winter 3).
func (p *parser) fmtSeason(si int) string {
	y := floorDiv(si, 4)
	if !okYear(y) {
		return ""
	}
	return p.cat(pad(y, 4), "-", seasonCodes[si-y*4])
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// seasonIndex is the absolute season index of t (January and February
// belong to the previous year's winter).
func seasonIndex(t time.Time) int {
	y, m := t.Year(), int(t.Month())
	switch {
	case m <= 2:
		return (y-1)*4 + 3
	case m <= 5:
		return y * 4
	case m <= 8:
		return y*4 + 1
	case m <= 11:
		return y*4 + 2
	default:
		return y*4 + 3
	}
}

func quarterIndex(t time.Time) int { return t.Year()*4 + (int(t.Month())-1)/3 }

// weekdayOf is the ISO weekday (Monday 1 … Sunday 7).
func weekdayOf(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// nthWeekday is the n-th (1-based; n<0 counts from the end) weekday wd of a month.
func nthWeekday(y, m, wd, n int) time.Time {
	if n > 0 {
		t := civil(y, m, 1)
		off := (wd - weekdayOf(t) + 7) % 7
		return t.AddDate(0, 0, off+7*(n-1))
	}
	t := civil(y, m+1, 1).AddDate(0, 0, -1)
	off := (weekdayOf(t) - wd + 7) % 7
	return t.AddDate(0, 0, -off+7*(n+1))
}

// easter is Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil(y, month, day)
}

// durVal formats a duration of n units (n < 0: unspecified), plus half a unit.
func (p *parser) durVal(n int, half bool, u string) string {
	num := "X"
	if n >= 0 {
		num = itoa(n)
	}
	switch u {
	case "DE":
		if n < 0 {
			return "PXY"
		}
		return p.cat("P", itoa(10*n), "Y")
	case "CE":
		if n < 0 {
			return "PXC"
		}
		return p.cat("P", itoa(100*n), "Y")
	case "WE":
		if n < 0 {
			return "PXWE"
		}
		return p.cat("P", itoa(2*n), "D")
	case "H", "MIN", "S":
		c := u
		if u == "MIN" {
			c = "M"
		}
		suffix := ""
		if half && n >= 0 {
			switch u {
			case "H":
				suffix = "30M"
			case "MIN":
				suffix = "30S"
			}
		}
		return p.cat("PT", num, c, suffix)
	}
	suffix := ""
	if half && n >= 0 {
		switch u {
		case "Y":
			suffix = "6M"
		case "D":
			suffix = "T12H"
		case "M":
			suffix = "15D"
		}
	}
	return p.cat("P", num, u, suffix)
}

// weekdaySetVals holds the values of the weekly sets "every Monday" … "every Sunday".
var weekdaySetVals = [...]string{"", "XXXX-WXX-1", "XXXX-WXX-2", "XXXX-WXX-3", "XXXX-WXX-4", "XXXX-WXX-5", "XXXX-WXX-6", "XXXX-WXX-7"}

// weekdaySet is the value of the set of the ISO weekday wd (1…7).
func weekdaySet(wd int) string {
	if 1 <= wd && wd < len(weekdaySetVals) {
		return weekdaySetVals[wd]
	}
	return "XXXX-WXX-" + string(rune('0'+wd))
}

// join returns the words of the phrase ph separated by spaces
// (strings.Join(ph, " ")), the phrases of more than one word stored in the
// arena.
func (p *parser) join(ph []string) string {
	switch len(ph) {
	case 0:
		return ""
	case 1:
		return ph[0]
	case 2:
		return p.cat(ph[0], " ", ph[1])
	}
	return p.cat(strings.Join(ph, " "))
}
