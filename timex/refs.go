package timex

import (
	"strings"
	"time"
)

type holiday struct {
	words []string
	month int
	day   int
	calc  func(y int) time.Time // movable feasts
}

var holidays = onceValue(func() []holiday {
	return []holiday{
		{words: []string{"christmas", "eve"}, month: 12, day: 24},
		{words: []string{"christmas", "day"}, month: 12, day: 25},
		{words: []string{"christmas"}, month: 12, day: 25},
		{words: []string{"new", "year", "'", "s", "eve"}, month: 12, day: 31},
		{words: []string{"new", "year", "'", "s", "day"}, month: 1, day: 1},
		{words: []string{"new", "year", "'", "s"}, month: 1, day: 1},
		{words: []string{"boxing", "day"}, month: 12, day: 26},
		{words: []string{"valentine", "'", "s", "day"}, month: 2, day: 14},
		{words: []string{"halloween"}, month: 10, day: 31},
		{words: []string{"bastille", "day"}, month: 7, day: 14},
		{words: []string{"veterans", "day"}, month: 11, day: 11},
		{words: []string{"armistice", "day"}, month: 11, day: 11},
		{words: []string{"may", "day"}, month: 5, day: 1},
		{words: []string{"thanksgiving", "day"}, calc: func(y int) time.Time { return nthWeekday(y, 11, 4, 4) }},
		{words: []string{"thanksgiving"}, calc: func(y int) time.Time { return nthWeekday(y, 11, 4, 4) }},
		{words: []string{"labor", "day"}, calc: func(y int) time.Time { return nthWeekday(y, 9, 1, 1) }},
		{words: []string{"memorial", "day"}, calc: func(y int) time.Time { return nthWeekday(y, 5, 1, -1) }},
		{words: []string{"election", "day"}, calc: func(y int) time.Time { return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1) }},
		{words: []string{"easter", "sunday"}, calc: easter},
		{words: []string{"easter", "monday"}, calc: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
		{words: []string{"easter"}, calc: easter},
		{words: []string{"good", "friday"}, calc: func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }},
	}
})

// mHoliday: "Christmas", "last Thanksgiving", "Easter 2021", "New Year's Day".
func (p *parser) mHoliday(i int) (res, bool) {
	j := i
	mod := ""
	switch p.w(j) {
	case "last", "this", "next":
		mod = p.w(j)
		j++
	}
	if j >= len(p.toks) || !p.toks[j].cap {
		return res{}, false
	}
	hs := holidays()
	for _, hi := range itemsAt(p, p.ph.holidays, j) {
		h := hs[hi]
		k := p.seq(j, h.words...)
		if k < 0 {
			continue
		}
		r := res{end: k, typ: tDate, rel: true}
		at := func(y int) time.Time {
			if h.calc != nil {
				return h.calc(y)
			}
			return civil(y, h.month, h.day)
		}
		if y, k2, ok := p.yearNum(k); ok {
			r.end, r.rel = k2, false
			r.val = p.fmtDate(at(y))
			return r, true
		}
		if !p.hasRef {
			if h.calc == nil {
				r.val = p.cat("XXXX-", pad(h.month, 2), "-", pad(h.day, 2))
				r.rel = false
			}
			return r, true
		}
		y := p.ref.Year()
		t := at(y)
		switch {
		case mod == "last":
			if !t.Before(p.ref) {
				t = at(y - 1)
			}
		case mod == "next":
			if !t.After(p.ref) {
				t = at(y + 1)
			}
		case mod == "this":
		case p.future(i, k):
			if t.Before(p.ref) {
				t = at(y + 1)
			}
		default:
			if t.After(p.ref) {
				t = at(y - 1)
			}
		}
		r.val = p.fmtDate(t)
		return r, true
	}
	return res{}, false
}

// mRefWord: "now", "currently", "recently", "the past", "the future", "soon", "the near term".
func (p *parser) mRefWord(i int) (res, bool) {
	for _, c := range itemsAt(p, p.ph.refPhrases, i) {
		k := p.seq(i, c.words...)
		if k < 0 {
			continue
		}
		switch c.words[len(c.words)-1] {
		case "past", "future":
			// "the past two months" and "the past year" are durations or dates
			if _, _, _, ok := p.num(k); ok && p.w(k) != "a" && p.w(k) != "an" {
				return res{}, false
			}
			if p.info(k).isUnit {
				return res{}, false
			}
			if c.words[0] == "past" || c.words[0] == "future" {
				if in := p.info(k); !in.isUnit || !in.unit.plural {
					if c.words[0] == "past" {
						return res{}, false
					}
				}
			}
			if p.w(k) == "-" {
				return res{}, false
			}
		case "current":
			switch p.w(k) {
			case "account", "accounts", "affairs", "events", "-", "assets", "liabilities":
				return res{}, false
			}
			if in := p.info(k); in.isUnit && !in.unit.plural {
				return res{}, false
			}
		case "recent":
			if p.info(k).isUnit {
				return res{}, false
			}
		case "now":
			if p.w(i-1) == "'" || p.w(k) == "-" {
				return res{}, false
			}
		}
		return res{end: k, typ: tDate, val: c.val}, true
	}
	return res{}, false
}

type refPhrase struct {
	words []string
	val   string
}

var refPhrases = onceValue(func() map[string][]refPhrase {
	var out []refPhrase
	add := func(val string, phrases ...string) {
		for _, ph := range phrases {
			out = append(out, refPhrase{words: strings.Fields(ph), val: val})
		}
	}
	add("PRESENT_REF", "right now", "just now", "now", "currently", "current", "presently", "at present",
		"the present", "these days", "nowadays", "at the moment")
	add("PAST_REF", "recently", "the past", "formerly", "lately", "past years", "once upon a time")
	add("FUTURE_REF", "the near future", "the foreseeable future", "the future",
		"the near term", "the short term", "the long term", "the longer term", "the medium term",
		"as soon as possible", "a later date", "the years ahead", "the months ahead", "coming months")
	// longest first so that "the near future" wins over "the future"
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && len(out[b].words) > len(out[b-1].words); b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	m := map[string][]refPhrase{}
	for _, ph := range out {
		m[ph.words[0]] = append(m[ph.words[0]], ph)
	}
	return m
})

// extendRange joins "March to May", "2006-2019", "between 2006 and 2019",
// "Wednesday to Friday" into one START/END expression.
func (p *parser) extendRange(i int, r res) res {
	if r.typ != tDate || r.end >= len(p.toks) || strings.Contains(r.val, "/") {
		return r
	}
	c := p.w(r.end)
	switch c {
	case "-", "to", "through", "until", "till":
	case "and":
		if p.w(i-1) != "between" {
			return r
		}
	default:
		return r
	}
	if c == "-" && r.kind != kindYear && r.kind != kindMonth && r.kind != kindMonthDay {
		return r
	}
	if r.end+1 >= len(p.toks) {
		return r
	}
	r2, ok := p.matchAt(r.end + 1)
	if !ok || r2.typ != tDate || r2.kind != r.kind || r.kind == kindOther {
		return r
	}
	if c == "-" && (!p.glued(r.end) || !p.glued(r.end+1)) && r.kind == kindYear {
		return r
	}
	out := r
	out.end = r2.end
	if r.val == "" || r2.val == "" {
		out.val = ""
		out.rel = true
		return out
	}
	v2 := r2.val
	if r.kind == kindMonth && r2.rel && r.year() > 0 && r2.month() > 0 {
		y := r.year()
		if r2.month() < r.month() {
			y++
		}
		v2 = p.fmtYM(y, r2.month())
	}
	if r.kind == kindMonthDay && r2.rel && r.year() > 0 && len(v2) == 10 && len(r.val) == 10 {
		// "Dec. 28-Jan. 3": the end takes the start's year, or the next one
		d2 := atoi(v2[8:10])
		y := r.year()
		if v2[5:] < r.val[5:] {
			y++
		}
		if validYMD(y, r2.month(), d2) {
			v2 = p.fmtDate(civil(y, r2.month(), d2))
		}
	}
	if r.kind == kindWeekday && len(v2) == 10 && len(r.val) == 10 {
		t1, err1 := time.Parse("2006-01-02", r.val)
		t2, err2 := time.Parse("2006-01-02", v2)
		if err1 == nil && err2 == nil {
			if t2.Before(t1) {
				t2 = t2.AddDate(0, 0, 7)
			}
			// a past-tense span ends by the reference date
			if t2.After(p.ref) && !p.future(i, r2.end) {
				t1, t2 = t1.AddDate(0, 0, -7), t2.AddDate(0, 0, -7)
			}
			out.val = p.cat(p.fmtDate(t1), "/", p.fmtDate(t2))
			return out
		}
	}
	if v2 <= r.val || len(v2) != len(r.val) {
		return r
	}
	out.val = p.cat(r.val, "/", v2)
	return out
}
