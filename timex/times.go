package timex

import (
	"strings"
)

// ampm reads "a.m.", "p.m.", "am", "pm" at i; pm is 1 for p.m.
func (p *parser) ampm(i int) (pm, end int, ok bool) {
	switch p.w(i) {
	case "am":
		return 0, i + 1, true
	case "pm":
		return 1, i + 1, true
	case "a", "p":
		if p.w(i+1) == "." && p.w(i+2) == "m" && p.glued(i+1) && p.glued(i+2) {
			end = i + 3
			if p.w(end) == "." && p.glued(end) {
				end++
			}
			if p.w(i) == "p" {
				pm = 1
			}
			return pm, end, true
		}
	}
	return 0, i, false
}

// mTime: "3 p.m.", "10:35 a.m. Wednesday", "15:00", "noon Thursday", "around 7:15 p.m.",
// "5 p.m. EST Nov. 9", "1500 GMT", "4 in the morning".
func (p *parser) mTime(i int) (res, bool) {
	j := i
	for _, c := range itemsAt(p, p.ph.timeHedges, j) {
		if k := p.seq(j, c...); k > 0 {
			j = k
			break
		}
	}
	h, m, k := -1, 0, j
	if j < len(p.toks) {
		t := &p.toks[j]
		switch {
		case t.kind == kNum && len(t.s) <= 2:
			h, k = int(t.num()), j+1
			if p.w(k) == ":" && p.glued(k) && k+1 < len(p.toks) && p.toks[k+1].kind == kNum && len(p.toks[k+1].s) == 2 && p.glued(k+1) {
				m, k = int(p.toks[k+1].num()), k+2
				if m > 59 {
					return res{}, false
				}
			} else if p.w(k) == "." && p.glued(k) && k+1 < len(p.toks) && p.toks[k+1].kind == kNum && len(p.toks[k+1].s) == 2 && p.glued(k+1) {
				if _, _, ok := p.ampm(k + 2); ok {
					m, k = int(p.toks[k+1].num()), k+2
				}
			}
			glued := "" // "4.30pm", "4:30am"
			if (p.w(k) == ":" || p.w(k) == ".") && p.glued(k) && p.glued(k+1) && k+1 < len(p.toks) && p.toks[k+1].kind == kAlnum {
				if s := p.toks[k+1].s; len(s) == 4 && isDigits(s[:2]) && (s[2:] == "am" || s[2:] == "pm") && atoi(s[:2]) < 60 {
					m, k, glued = atoi(s[:2]), k+2, s[2:]
				}
			}
			if glued != "" {
				if h < 1 || h > 12 {
					return res{}, false
				}
				if glued == "pm" && h < 12 {
					h += 12
				} else if glued == "am" && h == 12 {
					h = 0
				}
			} else if pm, k2, ok := p.ampm(k); ok {
				if h < 1 || h > 12 {
					return res{}, false
				}
				if pm == 1 && h < 12 {
					h += 12
				} else if pm == 0 && h == 12 {
					h = 0
				}
				k = k2
			} else if k2 := p.seq(k, "o", "'", "clock"); k2 > 0 {
				k = k2
			} else if k2 := p.seq(k, "in", "the"); k2 > 0 && (p.w(k2) == "morning" || p.w(k2) == "afternoon" || p.w(k2) == "evening") && h >= 1 && h <= 12 {
				if p.w(k2) != "morning" && h < 12 {
					h += 12
				}
				k = k2 + 1
			} else if k == j+3 && h < 24 && !(i > 0 && p.toks[i-1].kind == kNum) {
				// 24-hour "15:00"; not a score, ratio or lap time ("1:55.101")
				if n := p.w(k); (n == ":" || n == "." || n == "-") && p.glued(k) && p.glued(k+1) && k+1 < len(p.toks) && p.toks[k+1].kind == kNum {
					return res{}, false
				}
				switch p.w(j - 1) {
				case "at", "around", "about", "by", "until", "till", "from", "before", "after", "since":
				default:
					if len(t.s) != 2 && !p.info(k).zone && p.w(k) != "local" && p.w(k) != "hours" && p.w(k) != "hrs" {
						return res{}, false
					}
				}
			} else {
				return res{}, false
			}
		case t.kind == kNum && len(t.s) == 4 && p.info(j+1).zone:
			h, m, k = int(t.num()/100), int(t.num()%100), j+1
			if h > 24 || m > 59 {
				return res{}, false
			}
		case t.kind == kAlnum && (strings.HasSuffix(t.s, "am") || strings.HasSuffix(t.s, "pm")) && isDigits(t.s[:len(t.s)-2]) && len(t.s) <= 4:
			h, k = atoi(t.s[:len(t.s)-2]), j+1
			if h < 1 || h > 12 {
				return res{}, false
			}
			if t.s[len(t.s)-2] == 'p' && h < 12 {
				h += 12
			} else if t.s[len(t.s)-2] == 'a' && h == 12 {
				h = 0
			}
		case t.s == "noon" || t.s == "midday":
			h, k = 12, j+1
		case t.s == "midnight":
			h, k = 24, j+1
		default:
			return res{}, false
		}
	}
	if h < 0 || h > 24 {
		return res{}, false
	}
	if p.info(k).zone {
		k++
	} else if k2 := p.seq(k, "local", "time"); k2 > 0 {
		k = k2
	}
	// the day: "Wednesday", "today", "Nov. 9", ", Nov. 6"
	date := ""
	dk := k
	if p.w(dk) == "," || p.w(dk) == "on" {
		dk++
	}
	dayRel := true
	for _, f := range []func(int) (res, bool){p.mMonthDate, p.mDayMonth, p.mWeekday, p.mDeictic} {
		if r, ok := f(dk); ok && r.typ == tDate && !strings.HasPrefix(p.w(dk), "early") && p.w(dk) != "late" && p.w(dk) != "this" && p.w(dk) != "the" {
			k = r.end
			if len(r.val) >= 10 {
				date = r.val[:10]
			}
			dayRel = r.rel
			break
		}
	}
	r := res{end: k, typ: tTime, rel: dayRel}
	if date == "" {
		if !p.hasRef {
			return r, true
		}
		date = p.fmtDate(p.ref)
	}
	r.val = p.cat(date, "T", pad(h, 2), ":", pad(m, 2))
	return r, true
}

// timeHedges lists hedges before a clock time ("at about", "shortly after") (indexed by first word).
var timeHedges = byFirst([][]string{{"at", "about"}, {"at", "around"}, {"shortly", "after"}, {"shortly", "before"}, {"just", "after"}, {"just", "before"}, {"around"}, {"about"}, {"approximately"}})
