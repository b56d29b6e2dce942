package timex

// mDuration: "two years", "the past six decades", "the first nine months", "a 30-year",
// "several weeks", "recent months", "2 1/2 years", "years".
func (p *parser) mDuration(i int) (res, bool) {
	j := p.approx(i)
	det := ""
	for _, c := range itemsAt(p, p.ph.durationDets, j) {
		if k := p.seq(j, c...); k > 0 {
			det = p.join(c)
			j = k
			break
		}
	}
	if det == "" {
		j = p.approx(j)
	} else if k := p.approx(j); k > j && det != "the" {
		j = k
	}
	n, half, k, hasNum := p.num(j)
	if hasNum && p.w(k) == "to" { // "two to three weeks", "12 to 18 months"
		if _, _, k2, ok := p.num(k + 1); ok {
			k = k2
		}
	}
	if hasNum && p.w(k) == "or" { // "weeks or months", "two or three days"
		if _, _, k2, ok := p.num(k + 1); ok {
			if p.info(k2).isUnit {
				k = k2
			}
		}
	}
	if hasNum && p.w(k) == "more" {
		k++
	}
	if !hasNum {
		k = j
		n = -1
	}
	hy := false
	if hasNum && p.w(k) == "-" && p.glued(k) {
		k++
		hy = true
	}
	u, ok := p.info(k).unit, p.info(k).isUnit
	if !ok || u.code == "WE" {
		return res{}, false
	}
	end := k + 1
	if p.w(end) == "-" && p.glued(end) && p.w(end+1) != "long" && p.w(end+1) != "old" {
		return res{}, false // "a year-earlier loss", "year-end"
	}
	numWord := ""
	if hasNum {
		numWord = p.w(j)
	}
	switch {
	case hy:
		if u.plural && p.w(end) != "-" || det != "" {
			return res{}, false // "the five-year plan": the span starts at "five"
		}
		if p.w(end) == "-" && p.w(end+1) == "old" {
			return res{}, false // an age: "a 6-year-old boy"
		}
		if p.w(end) == "-" && p.w(end+1) == "long" {
			end += 2
		}
	case !hasNum:
		// "years", "recent months", "the coming weeks", "the first hours"
		if !u.plural {
			return res{}, false
		}
		switch u.code {
		case "Y", "M", "W", "DE", "CE":
		case "D", "H", "Q":
			if det == "" && !(p.w(i-1) == "for" && u.code != "Q") { // "for days"
				return res{}, false
			}
		default:
			return res{}, false
		}
		if det == "the" || det == "the last" && p.w(end) != "," {
			if det == "the" {
				return res{}, false
			}
		}
		if i > 0 && p.toks[i-1].kind == kNum && j == i {
			return res{}, false
		}
		if det == "recent" && u.code == "Y" || det == "past" && u.code == "Y" {
			return res{end: end, typ: tDate, val: "PAST_REF"}, true
		}
		if p.w(end) == "-" && p.w(end+1) == "long" {
			end += 2
		}
		if p.w(end) == "ago" {
			return res{end: end + 1, typ: tDate, val: "PAST_REF"}, true
		}
	default:
		if (numWord == "a" || numWord == "an") && u.plural && n == 1 {
			return res{}, false
		}
		if (numWord == "a" || numWord == "an" || numWord == "one") && (u.code == "S" || u.code == "Q") && det == "" {
			return res{}, false
		}
		if u.code == "S" && p.toks[j].kind != kNum && numWord != "a" && numWord != "one" && n != 30 && !u.plural {
			return res{}, false
		}
		if j < len(p.toks) && p.toks[j].kind == kNum && len(p.toks[j].s) == 4 && !u.plural {
			return res{}, false
		}
	}
	if p.w(end) == "old" && u.code == "Y" {
		return res{}, false // an age: "52 years old"
	}
	if k := p.seq(end, "and", "a", "half"); k > 0 && hasNum {
		half, end = true, k
	}
	if k := p.seq(end, "or", "so"); k > 0 {
		end = k
	}
	if p.w(end) == "ago" || p.w(end) == "earlier" && p.w(end+1) != "this" {
		return res{}, false // mAgo
	}
	v := p.durVal(n, half, u.code)
	if n == 0 && half {
		switch u.code {
		case "H":
			v = "PT30M"
		case "Y":
			v = "P6M"
		case "D":
			v = "PT12H"
		case "MIN":
			v = "PT30S"
		}
	}
	if u.code == "Q" && n > 0 {
		v = p.cat("P", itoa(3*n), "M")
	}
	return res{end: end, typ: tDuration, val: v}, true
}

func itoa(n int) string { return pad(n, 1) }

// mSet: "daily", "every year", "each Thursday", "twice a week", "$5 a year", "per month".
func (p *parser) mSet(i int) (res, bool) {
	w := p.w(i)
	if v := p.info(i).set; v != "" {
		return res{end: i + 1, typ: tSet, val: v}, true
	}
	j := i
	switch w {
	case "every", "each":
		j++
		n := 1
		if p.w(j) == "other" {
			n = 2
			j++
		} else if nn, _, k, ok := p.num(j); ok && nn > 1 {
			n, j = nn, k
		}
		if in := p.info(j); in.isUnit && in.unit.code != "WE" && in.unit.code != "S" {
			u := in.unit
			return res{end: j + 1, typ: tSet, val: p.durVal(n, false, u.code)}, true
		}
		if wd, plural, ok := p.weekdayWord(j); ok && !plural {
			v := weekdaySet(wd)
			end := j + 1
			if c, k, ok := p.partOfDay(end); ok {
				v = p.cat(v, "T", c)
				end = k
			}
			return res{end: end, typ: tSet, val: v}, true
		}
		if m, k, _, ok := p.month(j); ok {
			return res{end: k, typ: tSet, val: p.cat("XXXX-", pad(m, 2))}, true
		}
		if c := p.info(j).season; c != "" {
			return res{end: j + 1, typ: tSet, val: p.cat("XXXX-", c)}, true
		}
		if c, k, ok := p.partOfDay(j); ok {
			return res{end: k, typ: tSet, val: p.cat("XXXX-XX-XXT", c)}, true
		}
		return res{}, false
	case "twice", "once", "thrice":
		j++
	default:
		if n, _, k, ok := p.num(i); ok && n > 0 && p.w(k) == "times" && p.w(i) != "a" {
			j = k + 1
		}
	}
	k := j
	switch p.w(k) {
	case "a", "an", "per":
	default:
		return res{}, false
	}
	u, ok := p.info(k+1).unit, p.info(k+1).isUnit
	if !ok || u.plural || u.code == "WE" || u.code == "S" {
		return res{}, false
	}
	if j == i {
		// "a year" must follow a quantity: "$5 a year", "3 percent a year"
		prev := p.w(i - 1)
		q := i > 0 && p.toks[i-1].kind == kNum
		switch prev {
		case "%", "percent", "million", "billion", "trillion", "dollars", "cents", "euros", "pounds", "yen",
			"barrels", "tons", "tonnes", "people", "times", "hours", "days":
			q = true
		}
		if !q {
			return res{}, false
		}
	}
	return res{end: k + 2, typ: tSet, val: p.durVal(1, false, u.code)}, true
}

// durationDets lists determiners of a duration ("the past", "the first", "another") (indexed by first word).
var durationDets = byFirst([][]string{{"the", "past"}, {"the", "last"}, {"the", "next"}, {"the", "first"}, {"the", "final"},
	{"the", "coming"}, {"the", "latest"}, {"the", "previous"}, {"the", "following"}, {"the", "remaining"},
	{"the", "entire"}, {"the", "whole"}, {"the", "full"}, {"the", "early"}, {"the", "initial"}, {"the", "last", "few"},
	{"an", "additional"}, {"another"}, {"the"}, {"past"}, {"last"}, {"next"}, {"first"}, {"recent"}, {"coming"},
	{"several", "more"}, {"each", "of", "the", "past"}, {"each", "of", "the", "last"}})
