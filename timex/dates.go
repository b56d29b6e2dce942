package timex

import (
	"strings"
)

// mMonthDate: "December 28", "Dec. 28, 2022", "Friday, Oct. 23", "July 1997",
// "January this year", "mid-November", "November 19-22".
func (p *parser) mMonthDate(i int) (res, bool) {
	j := p.edge(i)
	if p.info(j).weekday > 0 {
		k := j + 1
		if p.w(k) == "," {
			k++
		}
		if _, _, _, ok := p.month(k); ok {
			j = k
		}
	}
	mod := ""
	switch p.w(j) {
	case "last", "this", "next", "past", "coming":
		if _, _, _, ok := p.month(j + 1); ok {
			mod = p.w(j)
			j++
		}
	}
	m, k, full, ok := p.month(j)
	if !ok {
		return res{}, false
	}
	// Month day [– day] [, year]
	if d, k2, ok := p.dayNum(k); ok && mod == "" {
		end, d2 := k2, 0
		if c := p.w(end); c == "-" || c == "to" || c == "through" || c == "until" || c == "till" || (c == "and" && p.w(i-1) == "between") {
			if dd, k3, ok := p.dayNum(end + 1); ok && dd > d {
				if _, _, _, isMonth := p.month(k3); !isMonth {
					d2, end = dd, k3
				}
			}
		}
		r := res{end: end, typ: tDate, kind: kindMonthDay}
		if y, k4, rel, ok := p.yearSuffix(end, false); ok {
			r.end = k4
			r.rel = rel
			if rel && !p.hasRef {
				return r, true
			}
			if !validYMD(y, m, d) {
				return res{}, false
			}
			p.setDays(&r, y, m, d, d2)
			return r, true
		}
		r.rel = true
		if !p.hasRef {
			return r, true
		}
		y := p.inferMonthDay(m, d, i, end)
		if !validYMD(y, m, d) {
			r.val = p.cat("XXXX-", pad(m, 2), "-", pad(d, 2))
			return r, true
		}
		p.setDays(&r, y, m, d, d2)
		return r, true
	}
	// Month year
	if y, k2, rel, ok := p.yearSuffix(k, true); ok && mod == "" {
		r := res{end: k2, typ: tDate, kind: kindMonth, rel: rel}
		r.setYM(y, m)
		if !rel || p.hasRef {
			r.val = p.fmtYM(y, m)
		}
		return r, true
	}
	if !full {
		return res{}, false
	}
	// a month alone: "May" and "March" need a calendar context
	if (p.w(j) == "may" || p.w(j) == "march") && mod == "" && j == i {
		switch p.w(i - 1) {
		case "in", "since", "until", "till", "by", "during", "before", "after", "from", "through",
			"to", "of", "between", "and", "or", "last", "next", "this", "early", "late", "mid", "-", "each", "every", "the":
		default:
			return res{}, false
		}
	}
	r := res{end: k, typ: tDate, kind: kindMonth, rel: true}
	r.setYM(0, m)
	if !p.hasRef {
		return r, true
	}
	ry, rm := p.ref.Year(), int(p.ref.Month())
	y := ry
	switch mod {
	case "last", "past":
		if m >= rm {
			y--
		}
	case "next", "coming":
		if m <= rm {
			y++
		}
	case "this":
	default:
		switch t := p.tense(i, k); {
		case t > 0:
			if m < rm {
				y++
			}
		case t < -1:
			if m > rm {
				y--
			}
		default: // the past, unless the month is one of the next two
			if fd := (m - rm + 12) % 12; fd > 0 && fd <= 2 {
				if m < rm {
					y++
				}
			} else if m > rm {
				y--
			}
		}
	}
	r.setYM(y, m)
	r.val = p.fmtYM(y, m)
	return r, true
}

// inferMonthDay picks the year of a month-day without one.
func (p *parser) inferMonthDay(m, d, i, end int) int {
	y := p.ref.Year()
	if !validYMD(y, m, d) {
		return y
	}
	cand := civil(y, m, d)
	t := p.tense(i, end)
	if p.dateline {
		if cand.After(p.ref.AddDate(0, 0, 7)) {
			return y - 1
		}
		return y
	}
	// News gives the year of a date more than a few months away, so a date
	// without one is near the reference date: in the past when the sentence
	// looks back, ahead when it looks forward, otherwise the past unless it
	// falls within the next four months.
	days := cand.Sub(p.ref).Hours() / 24
	switch {
	case t > 0:
		if days < -120 {
			return y + 1
		}
	case t < 0:
		// a date a few weeks ahead in a past-tense report is usually a
		// deadline or a scheduled event ("said the bid expires Nov. 16")
		if days > 90 {
			return y - 1
		}
	case days > 120:
		return y - 1
	case days < -245:
		return y + 1
	}
	return y
}

// mDayMonth: "28 Dec 2022", "19 November", "19 to 22 November", "the 28th of December".
func (p *parser) mDayMonth(i int) (res, bool) {
	j := i
	if p.w(j) == "the" {
		j++
	}
	d, k, ok := p.dayNum(j)
	if !ok {
		return res{}, false
	}
	d2 := 0
	if c := p.w(k); c == "-" || c == "to" || c == "through" || c == "until" || c == "and" {
		if dd, k2, ok := p.dayNum(k + 1); ok && dd > d {
			if _, _, _, isMonth := p.month(k2); isMonth || p.w(k2) == "of" {
				d2, k = dd, k2
			}
		}
	}
	if p.w(k) == "of" {
		k++
	} else if j > i {
		return res{}, false // "the 28th December" is unusual; require "of"
	}
	m, k2, _, ok := p.month(k)
	if !ok {
		return res{}, false
	}
	r := res{end: k2, typ: tDate, kind: kindMonthDay}
	y := 0
	if yy, k3, rel, ok := p.yearSuffix(k2, false); ok {
		r.end, r.rel, y = k3, rel, yy
		if rel && !p.hasRef {
			return r, true
		}
	} else {
		r.rel = true
		if !p.hasRef {
			return r, true
		}
		y = p.inferMonthDay(m, d, i, k2)
	}
	if !validYMD(y, m, d) {
		return res{}, false
	}
	p.setDays(&r, y, m, d, d2)
	return r, true
}

// setDays gives r the valid date y-m-d, and the range to day d2 of the
// same month when d2 > 0 is a valid day ("March 3-5").
func (p *parser) setDays(r *res, y, m, d, d2 int) {
	r.setYM(y, m)
	r.val = p.fmtDate(civil(y, m, d))
	if d2 > 0 && validYMD(y, m, d2) {
		r.val = p.cat(r.val, "/", p.fmtDate(civil(y, m, d2)))
	}
}

// mOrdDay: "on the 28th" (a day of the reference month).
func (p *parser) mOrdDay(i int) (res, bool) {
	if p.w(i) != "the" {
		return res{}, false
	}
	switch p.w(i - 1) {
	case "on", "since", "until", "till", "by", "before", "after", "from":
	default:
		return res{}, false
	}
	if i+1 >= len(p.toks) || p.toks[i+1].kind != kAlnum {
		return res{}, false
	}
	d := ordinalDigits(p.toks[i+1].s)
	if d < 1 || d > 31 {
		return res{}, false
	}
	if i+2 < len(p.toks) && p.toks[i+2].kind == kWord {
		return res{}, false // "the 50th anniversary"
	}
	r := res{end: i + 2, typ: tDate, rel: true}
	if !p.hasRef {
		return r, true
	}
	y, m := p.ref.Year(), int(p.ref.Month())
	fut := p.future(i, i+2)
	if fut && d < p.ref.Day() {
		m++
	} else if !fut && d > p.ref.Day()+1 {
		m--
	}
	t := civil(y, m, 1)
	if !validYMD(t.Year(), int(t.Month()), d) {
		return res{}, false
	}
	r.val = p.fmtDate(civil(t.Year(), int(t.Month()), d))
	return r, true
}

// mNumeric: "2022-12-28", "12/28/2022", "28.12.2022", "2022/12/28".
func (p *parser) mNumeric(i int) (res, bool) {
	if i+4 >= len(p.toks) || p.toks[i].kind != kNum {
		return res{}, false
	}
	a, s1, b, s2, c := &p.toks[i], p.w(i+1), &p.toks[i+2], p.w(i+3), &p.toks[i+4]
	if s1 != s2 || b.kind != kNum || c.kind != kNum || !p.glued(i+1) || !p.glued(i+2) || !p.glued(i+3) || !p.glued(i+4) {
		return res{}, false
	}
	if len(b.s) > 2 {
		return res{}, false
	}
	var y, m, d int
	switch {
	case len(a.s) == 4 && (s1 == "-" || s1 == "/" || s1 == ".") && len(c.s) <= 2:
		y, m, d = int(a.num()), int(b.num()), int(c.num())
	case len(a.s) <= 2 && (len(c.s) == 4 || len(c.s) == 2 && s1 == "/") && (s1 == "/" || s1 == "." || s1 == "-"):
		y = int(c.num())
		if len(c.s) == 2 {
			if y < 50 {
				y += 2000
			} else {
				y += 1900
			}
		}
		if s1 == "/" && a.num() <= 12 { // US order
			m, d = int(a.num()), int(b.num())
		} else {
			d, m = int(a.num()), int(b.num())
		}
	default:
		return res{}, false
	}
	if !validYMD(y, m, d) {
		return res{}, false
	}
	// not part of a longer number sequence such as a phone number
	if n := p.w(i + 5); (n == "-" || n == "/" || n == ".") && p.glued(i+5) && i+6 < len(p.toks) && p.toks[i+6].kind == kNum && p.glued(i+6) {
		return res{}, false
	}
	return res{end: i + 5, typ: tDate, val: p.fmtDate(civil(y, m, d)), kind: kindOther}, true
}

var notAfterYear = map[string]bool{
	"%": true, "percent": true, "per": true, "km": true, "kilometers": true, "kilometres": true,
	"miles": true, "meters": true, "metres": true, "feet": true, "people": true, "troops": true,
	"soldiers": true, "tons": true, "tonnes": true, "barrels": true, "dollars": true, "euros": true,
	"yuan": true, "rubles": true, "roubles": true, "hours": true, "hrs": true, "gmt": true, "utc": true,
	"local": true, "cases": true, "deaths": true, "refugees": true, "migrants": true, "civilians": true,
	"points": true, "units": true, "shares": true, "votes": true, "seats": true, "members": true,
	"workers": true, "jobs": true, "cars": true, "vehicles": true, "aircraft": true, "missiles": true,
	"rockets": true, "men": true, "women": true, "children": true, "families": true, "homes": true,
	"houses": true, "pounds": true, "yen": true, "marks": true, "francs": true, "lire": true,
	"est": true, "edt": true, "bst": true, "cet": true, "times": true, "mw": true, "kg": true,
}

var notBeforeYear = map[string]bool{
	"$": true, "#": true, "£": true, "€": true, "¥": true, "no": true, "number": true, "flight": true,
	"route": true, "highway": true, "resolution": true, "resolutions": true, "article": true,
	"paragraph": true, "section": true, "chapter": true, "room": true, "page": true, "pages": true,
	"vol": true, "volume": true, "item": true, "bill": true, "code": true, "model": true, "version": true,
	"rule": true, "decree": true, "us$": true, "rs": true, "about": true, "some": true, "nearly": true,
	"approximately": true, "than": true, "over": true, "almost": true, "at": true,
}

// plainYear reads a standalone year with sanity checks at i.
func (p *parser) plainYear(i int) (y, end int, ok bool) {
	y, end, ok = p.yearNum(i)
	if !ok || p.toks[i].kind != kNum {
		return 0, i, false
	}
	if p.toks[i].s[0] == '0' {
		return 0, i, false
	}
	prev, next := p.w(i-1), p.w(end)
	if notBeforeYear[prev] && !(prev == "and" && p.w(i-3) == "between") {
		return 0, i, false
	}
	if notAfterYear[next] {
		return 0, i, false
	}
	if (prev == "," || prev == "." || prev == "-" || prev == "/" || prev == ":") && p.glued(i) && i >= 2 && p.toks[i-2].kind == kNum {
		if prev != "-" || len(p.toks[i-2].s) != 4 {
			return 0, i, false
		}
	}
	if y < 1800 || y > 2099 {
		switch prev {
		case "in", "since", "of", "from", "until", "till", "by", "to", "before", "after", "around", "year", "c", "circa", "-", "early", "late", "mid":
		default:
			return 0, i, false
		}
		if y > 2099 && y-p.ref.Year() > 100 {
			return 0, i, false
		}
	}
	// a round number followed by a plural noun is a quantity ("2000 soldiers")
	if y%100 == 0 && end < len(p.toks) && p.toks[end].kind == kWord && !p.toks[end].cap && strings.HasSuffix(next, "s") && len(next) > 3 {
		return 0, i, false
	}
	return y, end, true
}

// mYear: "1990", "mid-1996", "early 1990", "the end of 1990", "fiscal 1989", "FY1998",
// "the 1988 period", spoken "nineteen ninety-six", "the year two thousand".
func (p *parser) mYear(i int) (res, bool) {
	j := p.edge(i)
	switch {
	case p.w(j) == "fiscal" || p.w(j) == "calendar":
		j++
		if p.w(j) == "-" {
			j++
		}
		if p.w(j) == "year" {
			j++
		}
	case p.w(j) == "fy":
		j++
	case p.w(j) == "the" && (p.w(j+1) == "year" || p.w(j+1) == "fiscal"):
		k := j + 1
		if p.w(k) == "fiscal" {
			k++
		}
		if p.w(k) == "year" {
			k++
		}
		if _, _, ok := p.yearNum(k); ok {
			j = k
		} else if _, _, ok := p.spokenYear(k); ok {
			j = k
		}
	case p.w(j) == "year":
		if _, _, ok := p.yearNum(j + 1); ok {
			j++
		}
	}
	if t := p.w(j); len(t) == 6 && strings.HasPrefix(t, "fy") && isDigits(t[2:]) {
		y := atoi(t[2:])
		return res{end: j + 1, typ: tDate, val: fmtY(y), kind: kindYear}, true
	}
	if t := p.w(j); len(t) == 4 && strings.HasPrefix(t, "fy") && isDigits(t[2:]) {
		y := atoi(t[2:])
		if y < 50 {
			y += 2000
		} else {
			y += 1900
		}
		return res{end: j + 1, typ: tDate, val: fmtY(y), kind: kindYear}, true
	}
	y, end, ok := p.plainYear(j)
	if !ok {
		if j > i || p.w(i) == "nineteen" || p.w(i) == "two" {
			if yy, k, ok := p.spokenYear(j); ok {
				return res{end: k, typ: tDate, val: fmtY(yy), kind: kindYear}, true
			}
		}
		return res{}, false
	}
	if j == i+1 && p.w(i) == "the" {
		return res{}, false
	}
	r := res{end: end, typ: tDate, val: fmtY(y), kind: kindYear}
	r.setYM(y, 0)
	if p.w(i) == "the" && j == i+1 {
		return res{}, false
	}
	// "the 1988 period"
	if p.w(i) == "the" && j == i {
		return res{}, false
	}
	if k := p.seq(end, "or", "later"); k > 0 {
		r.end = k
	} else if k := p.seq(end, "and", "beyond"); k > 0 {
		r.end = k
	}
	return r, true
}

// spokenYear reads "nineteen ninety-six", "nineteen eighty", "two thousand (and) three".
func (p *parser) spokenYear(i int) (y, end int, ok bool) {
	switch p.w(i) {
	case "nineteen", "eighteen":
		base := 1900
		if p.w(i) == "eighteen" {
			base = 1800
		}
		in := p.info(i + 1)
		t, ok := in.number, in.hasNumber
		if !ok || t < 10 || t%10 != 0 && t > 19 {
			if p.w(i+1) == "hundred" {
				return base, i + 2, true
			}
			return 0, i, false
		}
		end = i + 2
		if t >= 20 {
			k := end
			if p.w(k) == "-" {
				k++
			}
			if in := p.info(k); in.hasNumber && in.number >= 1 && in.number <= 9 && p.w(k) != "a" && p.w(k) != "an" {
				t += in.number
				end = k + 1
			}
		}
		return base + t, end, true
	case "two":
		if p.w(i+1) != "thousand" {
			return 0, i, false
		}
		end = i + 2
		k := end
		if p.w(k) == "and" {
			k++
		}
		if n, _, e, ok := p.num(k); ok && n > 0 && n < 100 && p.w(k) != "a" && p.w(k) != "an" && p.toks[k].kind == kWord {
			return 2000 + n, e, true
		}
		return 2000, end, true
	}
	return 0, i, false
}

// mDecade: "the 1990s", "1980s", "the '80s", "the nineties", "the early 1990s", "the mid-1990s".
func (p *parser) mDecade(i int) (res, bool) {
	j := i
	the := false
	if p.w(j) == "the" {
		j++
		the = true
	}
	j = p.edge(j)
	t := p.w(j)
	switch {
	case len(t) == 5 && t[4] == 's' && isDigits(t[:4]):
		y := atoi(t[:4])
		if y%10 != 0 || y < 1000 {
			return res{}, false
		}
		if y%100 == 0 {
			return res{end: j + 1, typ: tDate, val: pad(y/100, 2)}, true
		}
		return res{end: j + 1, typ: tDate, val: pad(y/10, 3)}, true
	case len(t) == 3 && t[2] == 's' && isDigits(t[:2]) && (p.w(j-1) == "'" && p.glued(j) || the):
		d := atoi(t[:2])
		if d%10 != 0 {
			return res{}, false
		}
		if d >= 30 {
			return res{end: j + 1, typ: tDate, val: pad(190+d/10, 3)}, true
		}
		return res{end: j + 1, typ: tDate, val: pad(200+d/10, 3)}, true
	case t == "'" && p.glued(j+1):
		u := p.w(j + 1)
		if len(u) == 3 && u[2] == 's' && isDigits(u[:2]) {
			d := atoi(u[:2])
			if d%10 != 0 {
				return res{}, false
			}
			if d >= 30 {
				return res{end: j + 2, typ: tDate, val: pad(190+d/10, 3)}, true
			}
			return res{end: j + 2, typ: tDate, val: pad(200+d/10, 3)}, true
		}
	case the:
		if v, ok := decadeWords[t]; ok && p.w(i+1) != "mid" {
			return res{end: j + 1, typ: tDate, val: pad(v, 3)}, true
		}
	}
	return res{}, false
}

// mCentury: "the 20th century", "the twenty-first century", "11th-century".
func (p *parser) mCentury(i int) (res, bool) {
	j := i
	if p.w(j) == "the" {
		j++
	}
	j = p.edge(j)
	n := 0
	if j < len(p.toks) && p.toks[j].kind == kAlnum {
		n = ordinalDigits(p.toks[j].s)
		j++
	} else if d, k, ok := p.dayNum(j); ok && p.toks[j].kind == kWord {
		n, j = d, k
	}
	if n < 1 || n > 30 {
		return res{}, false
	}
	if p.w(j) == "-" {
		j++
	}
	if p.w(j) != "century" {
		return res{}, false
	}
	return res{end: j + 1, typ: tDate, val: pad(n-1, 2)}, true
}

// mQuarter: "the third quarter", "third-quarter", "Q3 2022", "the fourth quarter of 1990",
// "this year's third quarter", "the quarter", "the year-ago quarter", "the first half".
func (p *parser) mQuarter(i int) (res, bool) {
	j := i
	det := ""
	yDelta, explicitY, hasY := 0, 0, false
	switch p.w(j) {
	case "the", "this", "last", "next", "that", "a":
		det = p.w(j)
		j++
	}
	// "this year's", "last year's", "1989's"
	if det == "this" || det == "last" || det == "next" {
		if k := p.seq(j, "year", "'", "s"); k > 0 {
			switch det {
			case "last":
				yDelta = -1
			case "next":
				yDelta = 1
			}
			hasY = true
			det = "the"
			j = k
		}
	}
	if det == "the" || det == "" {
		if y, k, ok := p.yearNum(j); ok && p.toks[j].kind == kNum {
			explicitY, hasY = y, true
			j = k
			if k2 := p.seq(j, "'", "s"); k2 > 0 {
				j = k2
			}
		}
	}
	ago, rel := false, ""
	for {
		switch p.w(j) {
		case "fiscal", "comparable", "corresponding", "same", "calendar", "flat", "strong", "weak", "disappointing":
			j++
			if p.w(j) == "-" {
				j++
			}
			continue
		case "latest", "current", "previous", "recent", "most", "final", "past", "coming", "following", "prior":
			if det != "" && det != "a" {
				if rel == "" {
					rel = p.w(j)
				}
				j++
				continue
			}
		case "year":
			if k := p.seq(j, "year", "-", "earlier"); k > 0 {
				ago, j = true, k
				continue
			}
			if k := p.seq(j, "year", "-", "ago"); k > 0 {
				ago, j = true, k
				continue
			}
			if k := p.seq(j, "year", "earlier"); k > 0 {
				ago, j = true, k
				continue
			}
		}
		break
	}
	// ordinal
	ord, half := 0, false
	if t := p.w(j); t != "" {
		if in := p.info(j); in.hasOrdinal && in.ordinal <= 4 {
			n := in.ordinal
			ord = n
			j++
		} else if n := ordinalDigits(t); n >= 1 && n <= 4 {
			ord = n
			j++
		} else if (t == "last" || t == "final") && det == "the" {
			ord = -1
			j++
		}
	}
	if ord != 0 && p.w(j) == "-" {
		j++
	}
	if ord != 0 && p.w(j) == "fiscal" {
		j++
	}
	unitW := p.w(j)
	if ord != 0 && (det == "a" || det == "the") && p.w(j-1) == "-" && p.glued(j-1) {
		return res{}, false // "a third-quarter loss": the span starts at "third"
	}
	switch unitW {
	case "quarter":
	case "half":
		if ord == 0 || ord > 2 {
			return res{}, false
		}
		half = true
	case "period":
		if ord != 0 || !(ago || rel == "latest" || rel == "same" || rel == "comparable" || rel == "corresponding" || rel == "current" || hasY) {
			return res{}, false
		}
	case "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2", "1h", "2h":
		if det != "" || ord != 0 || j != i {
			return res{}, false
		}
		n := int(unitW[0] - '0')
		if unitW[0] == 'q' || unitW[0] == 'h' {
			n = int(unitW[1] - '0')
		}
		half = unitW[0] == 'h' || unitW[1] == 'h'
		if !p.toks[j].cap && p.toks[j].kind != kAlnum {
			return res{}, false
		}
		r := res{end: j + 1, typ: tDate, anchor: true}
		y := 0
		if yy, k, ok := p.yearNum(j + 1); ok {
			y, r.end = yy, k
		} else if !p.hasRef {
			r.rel = true
			return r, true
		} else {
			r.rel = true
			y = p.inferPart(n, half, i, j+1)
		}
		if half {
			r.val = p.fmtH(y*2 + n - 1)
		} else {
			r.val = p.fmtQ(y*4 + n - 1)
		}
		return r, true
	default:
		return res{}, false
	}
	if det == "" && ord == 0 && !ago {
		return res{}, false
	}
	if det == "a" && ord == 0 {
		return res{}, false
	}
	end := j + 1
	if ord == -1 {
		ord = 4
		if half {
			ord = 2
		}
	}
	// "of 1990", "of this year", "of fiscal 1990", "1990"
	if !hasY && ord != 0 {
		if y, k, relY, ok := p.yearSuffix(end, true); ok && p.w(end) != "," {
			end = k
			if relY {
				if !p.hasRef {
					return res{end: end, typ: tDate, rel: true}, true
				}
				explicitY, hasY = y, true
			} else {
				explicitY, hasY = y, true
			}
		}
	}
	if !hasY && det == "" && ord == 0 {
		return res{}, false
	}
	r := res{end: end, typ: tDate}
	if hasY && explicitY == 0 && !p.hasRef {
		r.rel = true
		return r, true
	}
	if explicitY == 0 && hasY {
		explicitY = p.ref.Year() + yDelta
	}
	if !hasY && !p.hasRef {
		r.rel = true
		return r, true
	}
	if half {
		var hi int
		if hasY {
			hi = explicitY*2 + ord - 1
		} else {
			r.rel = true
			hi = p.inferPart(ord, true, i, end)*2 + ord - 1
		}
		if ago {
			hi -= 2
		}
		r.val = p.fmtH(hi)
		return r, true
	}
	var qi int
	switch {
	case ord > 0 && hasY:
		qi = explicitY*4 + ord - 1
		r.anchor = !ago
	case ord > 0:
		r.rel = true
		qi = p.inferPart(ord, false, i, end)*4 + ord - 1
		r.anchor = !ago
	default:
		r.rel = true
		refQ := quarterIndex(p.ref)
		switch {
		case det == "this" || rel == "current":
			qi = refQ
		case det == "last" || rel == "previous" || rel == "past" || rel == "prior":
			qi = refQ - 1
		case det == "next" || rel == "coming" || rel == "following":
			qi = refQ + 1
		case hasY && explicitY != 0:
			// "the 1988 period": the anchor quarter in that year
			qi = explicitY*4 + (refQ-1)%4
			if p.qAnchorTok >= 0 {
				qi = explicitY*4 + p.qAnchor%4
			}
		case p.qAnchorTok >= 0 && p.base+i-p.qAnchorTok < 400:
			qi = p.qAnchor
		default:
			qi = refQ - 1
		}
	}
	if ago {
		qi -= 4
	}
	r.val = p.fmtQ(qi)
	return r, true
}

// inferPart picks the year of "the third quarter" or "the first half" without one.
func (p *parser) inferPart(n int, half bool, i, end int) int {
	y := p.ref.Year()
	cur := (int(p.ref.Month())-1)/3 + 1
	if half {
		cur = (int(p.ref.Month())-1)/6 + 1
	}
	if n > cur && !p.future(i, end) {
		return y - 1
	}
	return y
}

// mSeason: "last fall", "this summer", "next spring", "the winter of 1994", "summer 2022".
func (p *parser) mSeason(i int) (res, bool) {
	j := p.edge(i)
	mod := ""
	for _, c := range itemsAt(p, p.ph.seasonMods, j) {
		if k := p.seq(j, c...); k > 0 {
			if p.info(k).season != "" {
				mod = p.join(c)
				j = k
				break
			}
		}
	}
	code := p.info(j).season
	if code == "" {
		return res{}, false
	}
	idx := strings.Index("SPSUFAWI", code) / 2
	end := j + 1
	if p.w(end) == "-" { // "summer-long"
		return res{}, false
	}
	y, k, relY, hasY := p.yearSuffix(end, true)
	if hasY && p.w(end) == "," {
		hasY = false
	}
	if hasY {
		end = k
	}
	if !hasY {
		switch {
		case mod == "" && j == i:
			switch p.w(i - 1) {
			case "in", "during", "since", "until", "till", "by", "over", "through", "this", "last", "next", "early", "late", "mid", "-":
			default:
				return res{}, false
			}
			if i > 0 && p.toks[i].cap && p.toks[i-1].cap {
				return res{}, false
			}
		case mod == "the" && p.w(end) == "of":
			return res{}, false // "the fall of Rome"
		}
	}
	r := res{end: end, typ: tDate, rel: relY || !hasY}
	if hasY {
		if relY && !p.hasRef {
			return r, true
		}
		r.val = p.fmtSeason(y*4 + idx)
		return r, true
	}
	if !p.hasRef {
		return r, true
	}
	cur := seasonIndex(p.ref)
	cy := floorDiv(cur, 4)
	si := cy*4 + idx
	switch mod {
	case "last", "the last", "this past", "past", "the past":
		for si >= cur {
			si -= 4
		}
	case "next", "the next", "this coming", "coming", "the coming":
		for si <= cur {
			si += 4
		}
	case "this":
	default:
		if p.future(i, end) {
			for si < cur {
				si += 4
			}
		} else {
			for si > cur {
				si -= 4
			}
		}
	}
	r.val = p.fmtSeason(si)
	return r, true
}

// seasonMods lists modifiers of a season name ("last fall", "this past spring") (indexed by first word).
var seasonMods = byFirst([][]string{{"this", "past"}, {"this", "coming"}, {"the", "past"}, {"the", "coming"}, {"the", "last"}, {"the", "next"}, {"the", "early"}, {"the", "late"}, {"this"}, {"last"}, {"next"}, {"past"}, {"coming"}, {"the"}})

var decadeWords = map[string]int{"sixties": 196, "seventies": 197, "eighties": 198, "nineties": 199, "fifties": 195, "forties": 194, "thirties": 193}
