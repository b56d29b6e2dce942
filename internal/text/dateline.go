package text

// This file matches the dateline grammar by hand. It is the grammar of the
// regular expression kept in dateline_test.go as datelineRE, and
// FuzzDatelineMatch checks that both give the same submatches on any line.
// The hand matcher exists for speed: the expression needs Go's NFA with
// captures, about 5 µs for a Reuters dateline, which was 5% of Parse.
//
// The expression is anchored and everything after the place is optional,
// so a backtracking engine never returns into an element once the element
// has matched: each element below takes the first way it can match, in the
// expression's order of preference, or matches nothing.
//
//	^[ \t]*
//	(PLACE)                         [A-Z][A-Z'.\-]*(?: [A-Z][A-Z'.\-]*){0,3}
//	(?:,? (DATE)|, (REGION)(?:,? (DATE))?)?
//	\.?[ \t]*
//	(AGENCY)?                       /[A-Za-z][A-Za-z\- ]{0,20}/\.?  or  \([A-Z][A-Za-z\-]*(?: [A-Za-z\-]+){0,3}\)
//	[ \t]*(-{1,3}|:)?[ \t]*
//
// DATE is MONTH\.? \d{1,2}(?:, \d{4})? or \d{1,2} MONTH\.?(?: \d{4})? or
// \d{4}-\d{2}-\d{2}; MONTH is an English month name or its abbreviation
// (Jan, Sep, Sept, ...) in any case. REGION is [A-Z][A-Za-z]{0,5}\.
// optionally followed by  ?[A-Z][a-z]?\.  ("Va.", "N.Y.", "D. C.") or one
// or two capitalised words ("Texas", "New Mexico").

// datelineMatch returns the submatch indexes the dateline expression would
// give for line: m[0:2] the whole match, then place, first date, region,
// second date, agency and dash, each -1,-1 when absent; ok is false when
// the line does not open with a place.
func datelineMatch(line string) (m [14]int, ok bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i >= len(line) || !isUpperASCII(line[i]) {
		return m, false
	}
	m = [14]int{0, 0, i, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}
	// PLACE: a word of capitals, and up to three more.
	p := placeWord(line, i+1)
	for k := 0; k < 3 && p+1 < len(line) && line[p] == ' ' && isUpperASCII(line[p+1]); k++ {
		p = placeWord(line, p+2)
	}
	m[3] = p
	// Date, or region and date.
	switch {
	case p+1 < len(line) && line[p] == ',' && line[p+1] == ' ':
		if e := dateAt(line, p+2); e >= 0 {
			m[4], m[5], p = p+2, e, e
		} else if e := regionAt(line, p+2); e >= 0 {
			m[6], m[7], p = p+2, e, e
			if q, e := optDate(line, p); e >= 0 {
				m[8], m[9], p = q, e, e
			}
		}
	case p < len(line) && line[p] == ' ':
		if e := dateAt(line, p+1); e >= 0 {
			m[4], m[5], p = p+1, e, e
		}
	}
	if p < len(line) && line[p] == '.' {
		p++
	}
	p = skipBlanks(line, p)
	if e := agencyAt(line, p); e >= 0 {
		m[10], m[11], p = p, e, e
	}
	p = skipBlanks(line, p)
	switch {
	case p < len(line) && line[p] == '-':
		e := p + 1
		for e < len(line) && e < p+3 && line[e] == '-' {
			e++
		}
		m[12], m[13], p = p, e, e
	case p < len(line) && line[p] == ':':
		m[12], m[13], p = p, p+1, p+1
	}
	m[1] = skipBlanks(line, p)
	return m, true
}

// placeWord returns the end of [A-Z'.\-]* from i.
func placeWord(s string, i int) int {
	for i < len(s) && (isUpperASCII(s[i]) || s[i] == '\'' || s[i] == '.' || s[i] == '-') {
		i++
	}
	return i
}

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func isDigitASCII(b byte) bool { return b >= '0' && b <= '9' }

func isLetterASCII(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func isLowerASCII(b byte) bool { return b >= 'a' && b <= 'z' }

// optDate matches (?:,? (DATE))? at i and returns the date's bounds, or
// -1, -1.
func optDate(s string, i int) (int, int) {
	if i+1 < len(s) && s[i] == ',' && s[i+1] == ' ' {
		if e := dateAt(s, i+2); e >= 0 {
			return i + 2, e
		}
		return -1, -1
	}
	if i < len(s) && s[i] == ' ' {
		if e := dateAt(s, i+1); e >= 0 {
			return i + 1, e
		}
	}
	return -1, -1
}

// digits returns the end of up to max ASCII digits from i.
func digits(s string, i, max int) int {
	e := i
	for e < len(s) && e-i < max && isDigitASCII(s[e]) {
		e++
	}
	return e
}

// dateAt matches DATE at i and returns its end, or -1.
func dateAt(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	// MONTH\.? \d{1,2}(?:, \d{4})?
	for _, e := range monthEnds(s, i) {
		if e < 0 {
			break
		}
		p := e
		if p < len(s) && s[p] == '.' && p+1 < len(s) && s[p+1] == ' ' {
			p++
		}
		if p < len(s) && s[p] == ' ' && p+1 < len(s) && isDigitASCII(s[p+1]) {
			d := digits(s, p+1, 2)
			if d+1 < len(s) && s[d] == ',' && s[d+1] == ' ' && digits(s, d+2, 4) == d+6 {
				return d + 6
			}
			return d
		}
	}
	if !isDigitASCII(s[i]) {
		return -1
	}
	// \d{1,2} MONTH\.?(?: \d{4})?
	if d := digits(s, i, 2); d < len(s) && s[d] == ' ' {
		if e := monthEnds(s, d+1)[0]; e >= 0 {
			if e < len(s) && s[e] == '.' {
				e++
			}
			if e < len(s) && s[e] == ' ' && digits(s, e+1, 4) == e+5 {
				e += 5
			}
			return e
		}
	}
	// \d{4}-\d{2}-\d{2}
	if digits(s, i, 4) == i+4 && i+10 <= len(s) && s[i+4] == '-' &&
		digits(s, i+5, 2) == i+7 && s[i+7] == '-' && digits(s, i+8, 2) == i+10 {
		return i + 10
	}
	return -1
}

// monthForms lists each month's spellings, longest first, as the
// expression's alternation prefers them.
var monthForms = [][]string{
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
	{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
	{"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
}

// monthEnds returns the ends of the spellings of one month that match at
// i, longest first, padded with -1. Case is ignored as (?i) ignores it,
// which also lets the long s (U+017F) stand for s.
func monthEnds(s string, i int) [3]int {
	ends := [3]int{-1, -1, -1}
	if i >= len(s) {
		return ends
	}
	for _, forms := range monthForms {
		n := 0
		for _, f := range forms {
			if e := foldPrefix(s, i, f); e >= 0 {
				ends[n] = e
				n++
			}
		}
		if n > 0 {
			return ends
		}
	}
	return ends
}

// foldPrefix reports the end of the lower-case ASCII word w matched at i
// of s ignoring case, or -1.
func foldPrefix(s string, i int, w string) int {
	for k := 0; k < len(w); k++ {
		if i >= len(s) {
			return -1
		}
		c := w[k]
		switch {
		case s[i]|0x20 == c && isLetterASCII(s[i]):
			i++
		case c == 's' && i+1 < len(s) && s[i] == 0xC5 && s[i+1] == 0xBF: // ſ
			i += 2
		default:
			return -1
		}
	}
	return i
}

// regionAt matches REGION at i and returns its end, or -1.
func regionAt(s string, i int) int {
	if i >= len(s) || !isUpperASCII(s[i]) {
		return -1
	}
	// [A-Z][A-Za-z]{0,5}\.(?: ?[A-Z][a-z]?\.)?
	e := i + 1
	for e < len(s) && e-i-1 < 5 && isLetterASCII(s[e]) {
		e++
	}
	if e < len(s) && s[e] == '.' {
		e++
		for _, sp := range [2]int{1, 0} {
			p := e
			if sp == 1 {
				if p >= len(s) || s[p] != ' ' {
					continue
				}
				p++
			}
			if p < len(s) && isUpperASCII(s[p]) {
				p++
				if p < len(s) && isLowerASCII(s[p]) && p+1 < len(s) && s[p+1] == '.' {
					return p + 2
				}
				if p < len(s) && s[p] == '.' {
					return p + 1
				}
			}
		}
		return e
	}
	// [A-Z][a-z]+(?: [A-Z][a-z]+)?
	e = i + 1
	for e < len(s) && isLowerASCII(s[e]) {
		e++
	}
	if e == i+1 {
		return -1
	}
	if e+2 < len(s) && s[e] == ' ' && isUpperASCII(s[e+1]) && isLowerASCII(s[e+2]) {
		e += 2
		for e < len(s) && isLowerASCII(s[e]) {
			e++
		}
	}
	return e
}

// agencyAt matches AGENCY at i and returns its end, or -1.
func agencyAt(s string, i int) int {
	if i+1 >= len(s) {
		return -1
	}
	switch s[i] {
	case '/':
		if !isLetterASCII(s[i+1]) {
			return -1
		}
		e := i + 2
		for e < len(s) && e-i-2 < 20 && (isLetterASCII(s[e]) || s[e] == '-' || s[e] == ' ') {
			e++
		}
		if e >= len(s) || s[e] != '/' {
			return -1
		}
		e++
		if e < len(s) && s[e] == '.' {
			e++
		}
		return e
	case '(':
		if !isUpperASCII(s[i+1]) {
			return -1
		}
		word := func(e int) int {
			for e < len(s) && (isLetterASCII(s[e]) || s[e] == '-') {
				e++
			}
			return e
		}
		e := word(i + 2)
		for k := 0; k < 3 && e+1 < len(s) && s[e] == ' ' && (isLetterASCII(s[e+1]) || s[e+1] == '-'); k++ {
			e = word(e + 1)
		}
		if e < len(s) && s[e] == ')' {
			return e + 1
		}
	}
	return -1
}
