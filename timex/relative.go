package timex

// day is the reference date shifted by off days.
func (p *parser) day(off int) string { return p.fmtDate(p.ref.AddDate(0, 0, off)) }

// partOfDay reads "morning", "afternoon", "evening", "night" at i.
func (p *parser) partOfDay(i int) (string, int, bool) {
	if c := p.info(i).part; c != "" {
		return c, i + 1, true
	}
	return "", i, false
}

// mDeictic: "today", "yesterday morning", "late yesterday", "tonight", "this morning",
// "last night", "the day before yesterday".
func (p *parser) mDeictic(i int) (res, bool) {
	j := i
	switch p.w(j) {
	case "early", "late", "earlier", "later":
		j++
	}
	r := res{typ: tDate, rel: true}
	off, part := 0, ""
	switch w := p.w(j); w {
	case "today":
		j++
	case "yesterday":
		off = -1
		j++
	case "tomorrow":
		off = 1
		j++
	case "tonight":
		part = "NI"
		j++
	case "this":
		c, k, ok := p.partOfDay(j + 1)
		if !ok {
			return res{}, false
		}
		part, j = c, k
	case "last":
		if p.w(j+1) != "night" {
			return res{}, false
		}
		off, part, j = -1, "NI", j+2
	case "the":
		if k := p.seq(j, "the", "day", "before", "yesterday"); k > 0 {
			off, j = -2, k
		} else if k := p.seq(j, "the", "day", "after", "tomorrow"); k > 0 {
			off, j = 2, k
		} else if c, k, ok := p.partOfDay(j + 1); ok && j == i && p.w(k) != "of" && p.w(k) != "after" && p.w(k) != "before" {
			part, j = c, k
		} else {
			return res{}, false
		}
	case "midday", "noon":
		if j != i {
			return res{}, false
		}
		part = "MI"
		j++
		if w == "noon" {
			return res{}, false // handled by mTime
		}
	case "mid-afternoon":
		part = "AF"
		j++
	case "mid":
		if p.w(j+1) == "-" {
			j++
		}
		if p.w(j+1) != "afternoon" && p.w(j+1) != "morning" {
			return res{}, false
		}
		part = p.info(j + 1).part
		j += 2
	default:
		return res{}, false
	}
	if part == "" {
		if c, k, ok := p.partOfDay(j); ok {
			part, j = c, k
		}
	}
	r.end = j
	if part != "" {
		r.typ = tTime
	}
	if !p.hasRef {
		return r, true
	}
	r.val = p.day(off)
	if part != "" {
		r.val = p.cat(r.val, "T", part)
	}
	return r, true
}

// weekdayWord reads a weekday name (or plural) at i.
func (p *parser) weekdayWord(i int) (wd int, plural, ok bool) {
	if i >= len(p.toks) || p.toks[i].kind != kWord {
		return 0, false, false
	}
	in := p.info(i)
	if in.weekday > 0 {
		return in.weekday, false, true
	}
	if in.weekdays > 0 {
		return in.weekdays, true, true
	}
	return 0, false, false
}

// mWeekday: "Wednesday", "last Friday", "Wednesday night", "early Tuesday", "Mondays".
func (p *parser) mWeekday(i int) (res, bool) {
	j := i
	switch p.w(j) {
	case "early", "late", "earlier", "later":
		j++
	}
	mod := ""
	for _, c := range itemsAt(p, p.ph.weekdayMods, j) {
		if k := p.seq(j, c...); k > 0 {
			if _, _, ok := p.weekdayWord(k); ok {
				mod = p.join(c)
				j = k
				break
			}
		}
	}
	wd, plural, ok := p.weekdayWord(j)
	if !ok || titles[p.w(j-1)] || p.w(j-1) == "." && titles[p.w(j-2)] {
		return res{}, false // "Mr. Sunday"
	}
	j++
	part := ""
	if c, k, ok := p.partOfDay(j); ok {
		part, j = c, k
	} else if k := p.seq(j, "nights"); k > 0 {
		part, j, plural = "NI", k, true
	} else if k := p.seq(j, "mornings"); k > 0 {
		part, j, plural = "MO", k, true
	}
	if plural {
		if mod != "" {
			return res{}, false
		}
		v := weekdaySet(wd)
		if part != "" {
			v = p.cat(v, "T", part)
		}
		return res{end: j, typ: tSet, val: v}, true
	}
	r := res{end: j, typ: tDate, rel: true, kind: kindWeekday}
	if !p.hasRef {
		return r, true
	}
	rw := weekdayOf(p.ref)
	back := (rw - wd + 7) % 7 // days back to the most recent such day (0 = ref)
	fwd := (wd - rw + 7) % 7
	var off int
	switch mod {
	case "last", "past", "this past", "the previous", "previous":
		off = -back
		if back == 0 {
			off = -7
		}
	case "next", "the next", "the following", "coming", "this coming":
		off = fwd
		if fwd == 0 {
			off = 7
		}
	case "this":
		if p.future(i, j) || !p.pastCue(i, j) {
			off = fwd
		} else {
			off = -back
		}
	default:
		if p.future(i, j) {
			off = fwd
		} else {
			off = -back
		}
	}
	r.val = p.day(off)
	if part != "" {
		r.val = p.cat(r.val, "T", part)
	}
	return r, true
}

// pastCue reports an explicit past cue near [i, j).
func (p *parser) pastCue(i, j int) bool {
	return p.tense(i, j) < 0
}

// mRelUnit: "last week", "this year", "next month", "the past year", "earlier this week",
// "the end of the year", "the weekend", "this century", "that year", "year-end".
func (p *parser) mRelUnit(i int) (res, bool) {
	j := p.edge(i)
	edged := j > i
	mod := ""
	for _, c := range itemsAt(p, p.ph.unitMods, j) {
		if k := p.seq(j, c...); k > 0 {
			if in := p.info(k); in.isUnit && !in.unit.plural {
				mod = p.join(c)
				j = k
				break
			}
		}
	}
	u := p.w(j)
	if mod == "" {
		// "year-end", "year end", "year's end"
		if u == "year" {
			for _, s := range itemsAt(p, p.ph.yearEndForms, j) {
				if k := p.seq(j, s...); k > 0 {
					r := res{end: k, typ: tDate, rel: true}
					if p.hasRef {
						y := p.ref.Year()
						if p.w(i-1) == "since" || p.w(i-1) == "from" {
							y--
						}
						r.val = fmtY(y)
					}
					return r, true
				}
			}
		}
		return res{}, false
	}
	un, ok := p.info(j).unit, p.info(j).isUnit
	if !ok || un.plural {
		return res{}, false
	}
	end := j + 1
	if p.w(end) == "-" { // "the year-earlier", "last year's" is fine
		return res{}, false
	}
	r := res{end: end, typ: tDate, rel: true}
	back := mod == "last" || mod == "the last" || mod == "the past" || mod == "past" || mod == "previous" || mod == "the previous" || mod == "this past" || mod == "the prior"
	fwd := mod == "next" || mod == "the next" || mod == "the coming" || mod == "coming" || mod == "following" || mod == "the following" || mod == "this coming"
	anaph := mod == "that" || mod == "the same" || mod == "the following" || mod == "the previous"
	switch un.code {
	case "Y":
		if mod == "the" && !edged {
			switch p.w(end) {
			case "ended", "ending", "ends", "to", "through", "earlier", "ago", "before":
				return res{end: end, typ: tDuration, val: "P1Y"}, true
			}
			if _, _, ok := p.spokenYear(end); ok {
				return res{}, false
			}
		}
		if !p.hasRef && !(anaph && p.yAnchor > 0) {
			return r, true
		}
		y := p.ref.Year()
		if anaph && p.yAnchor > 0 {
			y = p.yAnchor
		}
		switch {
		case mod == "that" || mod == "the same":
		case back:
			y--
		case fwd:
			y++
		}
		r.val = fmtY(y)
	case "M":
		if mod == "that" || mod == "the same" {
			return res{}, false
		}
		if !p.hasRef {
			return r, true
		}
		y, m := p.ref.Year(), int(p.ref.Month())
		if back {
			m--
		} else if fwd {
			m++
		}
		t := civil(y, m, 1)
		r.val = p.fmtYM(t.Year(), int(t.Month()))
	case "W":
		if mod == "that" || mod == "the same" {
			return res{}, false
		}
		if !p.hasRef {
			return r, true
		}
		off := 0
		switch {
		case mod == "this past" && weekdayOf(p.ref) >= 5:
			// "this past week" written at the end of a week is that week
		case back:
			off = -7
		case fwd:
			off = 7
		}
		r.val = p.fmtWeek(p.ref.AddDate(0, 0, off))
	case "WE":
		if !p.hasRef {
			return r, true
		}
		rw := weekdayOf(p.ref)
		off := 0
		switch {
		case back:
			off = -7
		case fwd:
			off = 7
		case mod == "this":
		default:
			if rw < 6 && !p.future(i, end) {
				off = -7
			}
		}
		r.val = p.cat(p.fmtWeek(p.ref.AddDate(0, 0, off)), "-WE")
	case "Q":
		return res{}, false // mQuarter
	case "DE":
		if mod == "the past" || mod == "past" {
			return res{end: end, typ: tDuration, val: "P10Y"}, true
		}
		if !p.hasRef {
			return r, true
		}
		d := p.ref.Year() / 10
		if back {
			d--
		} else if fwd {
			d++
		}
		r.val = pad(d, 3)
	case "CE":
		if mod == "the past" || mod == "past" {
			return res{end: end, typ: tDuration, val: "P100Y"}, true
		}
		if !p.hasRef {
			return r, true
		}
		c := p.ref.Year() / 100
		if back {
			c--
		} else if fwd {
			c++
		}
		r.val = pad(c, 2)
	case "D":
		if mod == "that" || mod == "the same" {
			if k := p.seq(end, "day"); k > 0 {
				return res{}, false
			}
			return res{}, false
		}
		return res{}, false
	default:
		return res{}, false
	}
	return r, true
}

// approx consumes a quantity hedge such as "nearly", "more than", "at least".
func (p *parser) approx(i int) int {
	for _, c := range itemsAt(p, p.ph.hedges, i) {
		if k := p.seq(i, c...); k > 0 {
			if c[0] == "some" && p.w(k) == "time" || c[0] == "over" && p.w(k) == "the" {
				continue
			}
			return k
		}
	}
	return i
}

// mAgo: "two years ago", "a year earlier", "six weeks ago", "several years ago".
func (p *parser) mAgo(i int) (res, bool) {
	j := p.approx(i)
	n, _, k, ok := p.num(j)
	if !ok {
		return res{}, false
	}
	u, ok := p.info(k).unit, p.info(k).isUnit
	if !ok || u.code == "S" && (p.w(j) == "a" || p.w(j) == "an") {
		return res{}, false
	}
	k++
	if x := p.seq(k, "or", "so"); x > 0 {
		k = x
	}
	dir := 0
	switch p.w(k) {
	case "ago", "back":
		dir = -1
	case "earlier":
		if n != 1 {
			return res{}, false // "three days earlier" is a duration in TimeML
		}
		dir = -2
	case "hence":
		dir = 2
	case "from":
		if p.w(k+1) != "now" {
			return res{}, false
		}
		k++
		dir = 1
	default:
		return res{}, false
	}
	end := k + 1
	r := res{end: end, typ: tDate, rel: true}
	if n < 0 {
		if dir < 0 {
			r.val = "PAST_REF"
		} else {
			r.val = "FUTURE_REF"
		}
		r.rel = false
		return r, true
	}
	if !p.hasRef {
		return r, true
	}
	if dir == -2 || dir == 2 {
		// "a year earlier" in a report about a quarter: the same quarter a year before
		if u.code == "Y" && n == 1 && dir == -2 && p.qAnchorTok >= 0 && p.base+i-p.qAnchorTok < 400 {
			r.val = p.fmtQ(p.qAnchor - 4)
			return r, true
		}
		if dir == 2 && u.code == "Y" && p.yAnchor > 0 {
			r.val = fmtY(p.yAnchor + n)
			return r, true
		}
	}
	s := 1
	if dir < 0 {
		s = -1
	}
	if u.code == "Y" && n == 1 && dir == -1 && p.qAnchorTok >= 0 && p.base+i-p.qAnchorTok < 400 {
		r.val = p.fmtQ(p.qAnchor - 4)
		return r, true
	}
	ref := p.ref
	switch u.code {
	case "Y":
		r.val = fmtY(ref.Year() + s*n)
	case "M":
		t := civil(ref.Year(), int(ref.Month())+s*n, 1)
		r.val = p.fmtYM(t.Year(), int(t.Month()))
	case "W":
		r.val = p.fmtWeek(ref.AddDate(0, 0, 7*s*n))
	case "D":
		r.val = p.fmtDate(ref.AddDate(0, 0, s*n))
	case "H", "MIN", "S":
		r.val = p.fmtDate(ref)
		r.typ = tTime
	case "Q":
		r.val = p.fmtQ(quarterIndex(ref) + s*n)
	case "DE":
		r.val = fmtY(ref.Year() + s*10*n)
	case "CE":
		r.val = fmtY(ref.Year() + s*100*n)
	default:
		return res{}, false
	}
	return r, true
}

// mYearAgo: "year-earlier", "year-ago", "the year-ago period".
func (p *parser) mYearAgo(i int) (res, bool) {
	j := i
	if p.w(j) == "the" {
		j++
	}
	for p.w(j) == "comparable" || p.w(j) == "same" || p.w(j) == "corresponding" {
		j++
	}
	k := p.seq(j, "year", "-", "earlier")
	if k < 0 {
		k = p.seq(j, "year", "-", "ago")
	}
	if k < 0 {
		return res{}, false
	}
	if p.w(k) == "period" || p.w(k) == "quarter" {
		k++
	} else if j > i {
		return res{}, false
	}
	r := res{end: k, typ: tDate, rel: true}
	if !p.hasRef {
		return r, true
	}
	if p.qAnchorTok >= 0 && p.base+i-p.qAnchorTok < 400 {
		r.val = p.fmtQ(p.qAnchor - 4)
	} else {
		r.val = fmtY(p.ref.Year() - 1)
	}
	return r, true
}

// weekdayMods lists modifiers of a weekday ("last Friday", "this coming Sunday") (indexed by first word).
var weekdayMods = byFirst([][]string{{"this", "coming"}, {"this", "past"}, {"the", "previous"}, {"the", "following"}, {"the", "next"}, {"this"}, {"last"}, {"next"}, {"past"}, {"coming"}, {"previous"}})

// unitMods lists modifiers of a calendar unit ("last week", "the past year") (indexed by first word).
var unitMods = byFirst([][]string{{"this", "past"}, {"this", "coming"}, {"the", "past"}, {"the", "last"}, {"the", "next"}, {"the", "coming"}, {"the", "current"}, {"the", "previous"}, {"the", "following"}, {"the", "same"}, {"the", "prior"}, {"last"}, {"this"}, {"next"}, {"past"}, {"coming"}, {"current"}, {"previous"}, {"following"}, {"that"}, {"the"}})

// yearEndForms lists spellings of the end of the year (indexed by first word).
var yearEndForms = byFirst([][]string{{"year", "-", "end"}, {"year", "end"}, {"year", "'", "s", "end"}})

// hedges lists quantity hedges that belong to a duration ("nearly", "more than") (indexed by first word).
var hedges = byFirst([][]string{{"a", "little", "more", "than"}, {"a", "little", "over"}, {"little", "more", "than"},
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"no", "more", "than"}, {"at", "least"}, {"at", "most"},
	{"up", "to"}, {"well", "over"}, {"nearly"}, {"almost"}, {"some"}, {"over"}, {"roughly"},
	{"around"}, {"approximately"}, {"exactly"}, {"precisely"}, {"fully"}, {"under"}})

// titles are abbreviations that make a following weekday a surname ("Mr. Sunday").
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "capt": true, "col": true, "lt": true, "maj": true, "sgt": true,
	"adm": true, "rev": true,
}
