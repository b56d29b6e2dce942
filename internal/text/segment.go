package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End).
type Span struct{ Start, End int }

// Dateline is a wire dateline such as "MOSCOW, December 28. /TASS/." or
// "KOKOMO, Ind., March 3 -". Spans are in the original text; Place and
// Region are the folded strings ("KOKOMO", "Ind."); DateText is the folded
// date text ("December 28") or "".
type Dateline struct {
	Span      Span
	PlaceSpan Span
	Place     string
	Region    string
	DateText  string
	DateSpan  Span
}

// Segments is the layout of a text. Every span is in the original text.
type Segments struct {
	Headline   Span // zero when the text has none
	HasHead    bool
	Dateline   *Dateline
	Paragraphs []Span
	Sentences  []Span
}

// linesPool holds the line spans of Segment, which do not outlive it.
var linesPool = sync.Pool{New: func() any { return new([]Span) }}

// Segment finds the headline, dateline, paragraphs and sentences of v.
func Segment(v *View) Segments { return SegmentAppend(v, nil, nil) }

// SegmentAppend is Segment appending the paragraphs to paras[:0] and the
// sentences to sents[:0], so that a caller can reuse their storage.
func SegmentAppend(v *View, paras, sents []Span) Segments {
	var seg Segments
	f := v.Fold
	lp := linesPool.Get().(*[]Span)
	lines := splitLines((*lp)[:0], f)
	defer func() {
		*lp = lines
		linesPool.Put(lp)
	}()
	wrapped := isHardWrapped(f, lines)

	bodyStart := 0
	// Headline: the first non-empty line without sentence-final punctuation.
	for _, ln := range lines {
		t := strings.TrimSpace(f[ln.Start:ln.End])
		if t == "" {
			continue
		}
		if !endsSentence(t) && len(lines) > 1 {
			s := ln.Start + strings.Index(f[ln.Start:ln.End], t)
			seg.Headline = Span{s, s + len(t)}
			seg.HasHead = true
			bodyStart = ln.End
		}
		break
	}
	// Dateline: on one of the first three non-empty lines of the body.
	seen := 0
	for _, ln := range lines {
		if ln.Start < bodyStart {
			continue
		}
		t := f[ln.Start:ln.End]
		if strings.TrimSpace(t) == "" {
			continue
		}
		if d, ok := matchDateline(f, ln); ok {
			seg.Dateline = d
			bodyStart = d.Span.End
			break
		}
		seen++
		if seen >= 3 {
			break
		}
	}
	if seg.Dateline != nil {
		d := seg.Dateline
		d.Span.Start, d.Span.End = v.OrigSpan(d.Span.Start, d.Span.End)
		d.PlaceSpan.Start, d.PlaceSpan.End = v.OrigSpan(d.PlaceSpan.Start, d.PlaceSpan.End)
		if d.DateSpan.End > d.DateSpan.Start {
			d.DateSpan.Start, d.DateSpan.End = v.OrigSpan(d.DateSpan.Start, d.DateSpan.End)
		}
	}

	// Paragraphs and sentences.
	paras = paras[:0]
	if seg.HasHead {
		paras = append(paras, seg.Headline)
	}
	paraStart := -1
	flush := func(end int) {
		if paraStart >= 0 {
			s, e := trimSpan(f, paraStart, end)
			if e > s {
				paras = append(paras, Span{s, e})
			}
		}
		paraStart = -1
	}
	for i, ln := range lines {
		if ln.End <= bodyStart {
			continue
		}
		start := ln.Start
		if start < bodyStart {
			start = bodyStart
		}
		t := f[start:ln.End]
		if strings.TrimSpace(t) == "" {
			flush(start)
			continue
		}
		if paraStart < 0 {
			paraStart = start
		} else if !wrapped || indented(t) {
			flush(start)
			paraStart = start
		}
		_ = i
	}
	if len(lines) > 0 {
		flush(len(f))
	}
	seg.Sentences = sents[:0]
	if seg.Sentences == nil {
		seg.Sentences = make([]Span, 0, len(f)/100+len(paras))
	}
	for _, p := range paras {
		n := len(seg.Sentences)
		seg.Sentences = splitSentences(seg.Sentences, f, p)
		for i := n; i < len(seg.Sentences); i++ {
			a, b := v.OrigSpan(seg.Sentences[i].Start, seg.Sentences[i].End)
			seg.Sentences[i] = Span{a, b}
		}
	}
	for i, p := range paras {
		a, b := v.OrigSpan(p.Start, p.End)
		paras[i] = Span{a, b}
	}
	seg.Paragraphs = paras
	if seg.HasHead {
		seg.Headline.Start, seg.Headline.End = v.OrigSpan(seg.Headline.Start, seg.Headline.End)
	}
	return seg
}

func matchDateline(f string, ln Span) (*Dateline, bool) {
	line := f[ln.Start:ln.End]
	// Cheap test first: a dateline opens with a word in capitals.
	t := strings.TrimLeft(line, " \t")
	if len(t) < 3 || !isUpperASCII(t[0]) || !isUpperASCII(t[1]) || !(isUpperASCII(t[2]) || t[2] == ' ' || t[2] == '.' || t[2] == '\'') {
		return nil, false
	}
	if len(line) > 160 {
		// A dateline is short: match only the start of a long line (cut
		// at a byte that starts a rune).
		cut := 160
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut]
	}
	m, ok := datelineMatch(line)
	if !ok {
		return nil, false
	}
	place := line[m[2]:m[3]]
	date := [2]int{m[4], m[5]}
	if date[0] < 0 {
		date = [2]int{m[8], m[9]}
	}
	hasRegion := m[6] >= 0
	hasDate := date[0] >= 0
	hasAgency := m[10] >= 0
	hasDash := m[12] >= 0
	letters := 0
	for _, r := range place {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 || len(place) > 30 {
		return nil, false
	}
	rest := strings.TrimSpace(line[m[1]:])
	switch {
	case hasDate || hasAgency:
	case hasDash && (hasRegion || rest != ""):
	default:
		return nil, false
	}
	// A date alone on the line, or text after a dash/agency: a dateline.
	if !hasDash && !hasAgency && rest != "" && hasDate {
		// "BRUSSELS 1996-08-22" stands alone on its line; a date followed
		// by running text without a dash is a sentence, not a dateline.
		if !strings.HasSuffix(strings.TrimSpace(line[:m[1]]), ".") {
			return nil, false
		}
	}
	d := &Dateline{
		Span:      Span{ln.Start + m[2], ln.Start + m[1]},
		PlaceSpan: Span{ln.Start + m[2], ln.Start + m[3]},
		Place:     place,
	}
	if hasRegion {
		d.Region = line[m[6]:m[7]]
	}
	if hasDate {
		d.DateText = line[date[0]:date[1]]
		d.DateSpan = Span{ln.Start + date[0], ln.Start + date[1]}
	}
	// Trim trailing spaces from the dateline span.
	for d.Span.End > d.Span.Start && (f[d.Span.End-1] == ' ' || f[d.Span.End-1] == '\t') {
		d.Span.End--
	}
	return d, true
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

func splitLines(out []Span, f string) []Span {
	start := 0
	for i := 0; i < len(f); i++ {
		if f[i] == '\n' {
			end := i
			if end > start && f[end-1] == '\r' {
				end--
			}
			out = append(out, Span{start, end})
			start = i + 1
		}
	}
	if start <= len(f) {
		out = append(out, Span{start, len(f)})
	}
	return out
}

// isHardWrapped reports whether the text's lines are wrapped at a fixed width
// (as in old wire copy), so that a line break alone does not end a paragraph.
func isHardWrapped(f string, lines []Span) bool {
	cont, total := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		a := strings.TrimSpace(f[lines[i].Start:lines[i].End])
		b := strings.TrimSpace(f[lines[i+1].Start:lines[i+1].End])
		if a == "" || b == "" {
			continue
		}
		total++
		r, _ := utf8.DecodeRuneInString(b)
		if !endsSentence(a) && (unicode.IsLower(r) || unicode.IsDigit(r)) {
			cont++
		}
	}
	return total >= 3 && cont*4 >= total
}

func indented(line string) bool {
	return strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t")
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \t\"')]")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

func trimSpan(f string, s, e int) (int, int) {
	for s < e && isSpace(f[s]) {
		s++
	}
	for e > s && isSpace(f[e-1]) {
		e--
	}
	return s, e
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// titleAbbrevs never end a sentence: a name or number follows them.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "maj": true, "gov": true,
	"sen": true, "rep": true, "reps": true, "sens": true, "st": true, "ste": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true,
	"pres": true, "rev": true, "hon": true, "amb": true, "messrs": true, "fig": true,
}

// abbrevs end a sentence only when a typical sentence opener follows.
var abbrevs = map[string]bool{
	"inc": true, "corp": true,
	"co": true, "ltd": true, "jr": true, "sr": true, "vs": true,
	"v": true, "approx": true, "dept": true, "est": true, "e.g": true, "i.e": true,
	"ft": true, "ave": true, "blvd": true, "calif": true, "ind": true, "ill": true, "mass": true,
	"conn": true, "fla": true, "ga": true, "md": true, "mich": true, "minn": true, "mo": true,
	"n.y": true, "pa": true, "tenn": true, "va": true, "wash": true, "wis": true, "ariz": true,
	"ark": true, "colo": true, "del": true, "kan": true, "ky": true, "la": true, "miss": true,
	"mont": true, "neb": true, "nev": true, "okla": true, "ore": true, "vt": true, "wyo": true,
}

// sentenceStarters are words that, capitalized after an abbreviation such
// as "U.S.", begin a new sentence.
var sentenceStarters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"But": true, "This": true, "That": true, "In": true, "A": true, "An": true, "His": true,
	"Her": true, "Their": true, "There": true, "On": true, "At": true, "Its": true, "And": true,
}

// sentenceByte marks the bytes splitSentences stops at.
var sentenceByte = [256]bool{'(': true, ')': true, '.': true, '!': true, '?': true}

// splitSentences appends the sentences of the folded paragraph p to out.
func splitSentences(out []Span, f string, p Span) []Span {
	start := p.Start
	depth := 0 // inside parentheses
	for i := p.Start; i < p.End; i++ {
		// Skip to the next bracket or sentence-final mark. (In a
		// hard-wrapped paragraph a newline is a space.)
		for i < p.End && !sentenceByte[f[i]] {
			i++
		}
		if i >= p.End {
			break
		}
		c := f[i]
		switch c {
		case '(':
			depth++
			continue
		case ')':
			if depth > 0 {
				depth--
			}
			continue
		}
		j := i + 1
		for j < p.End && (f[j] == '.' || f[j] == '!' || f[j] == '?') {
			j++
		}
		// closing quotes and brackets belong to this sentence
		for j < p.End && (f[j] == '"' || f[j] == '\'' || f[j] == ')' || f[j] == ']') {
			j++
		}
		if j >= p.End {
			break
		}
		if !isSpace(f[j]) {
			i = j - 1
			continue
		}
		k := j
		for k < p.End && isSpace(f[k]) {
			k++
		}
		if k >= p.End {
			break
		}
		r, _ := utf8.DecodeRuneInString(f[k:])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == '(' || r == '[' || r == '-') {
			i = j - 1
			continue
		}
		if c == '.' && j == i+1 && isAbbrev(f, p.Start, i, k) {
			continue
		}
		s, e := trimSpan(f, start, j)
		if e > s {
			out = append(out, Span{s, e})
		}
		start = k
		i = k - 1
	}
	s, e := trimSpan(f, start, p.End)
	if e > s {
		out = append(out, Span{s, e})
	}
	return out
}

// isAbbrev reports whether the period at dot ends an abbreviation rather
// than a sentence. next is the start of the following word.
func isAbbrev(f string, lo, dot, next int) bool {
	w := dot
	for w > lo && (isWordByte(f[w-1]) || f[w-1] == '.') {
		w--
	}
	word := f[w:dot]
	if word == "" {
		return false
	}
	nextWord := f[next:]
	if k := strings.IndexAny(nextWord, " \t\n,.;:"); k >= 0 {
		nextWord = nextWord[:k]
	}
	// Lower-case a short ASCII word on the stack (a map index with
	// string(b) does not allocate); anything else through strings.ToLower.
	var buf [16]byte
	lw := ""
	if len(word) <= len(buf) && firstNonASCII(word) == len(word) {
		b := buf[:len(word)]
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if titleAbbrevs[string(b)] {
			return true // "Gen. Smith", "Dec. 28": never the end of a sentence
		}
		if abbrevs[string(b)] {
			return !sentenceStarters[nextWord]
		}
	} else {
		lw = strings.ToLower(word)
	}
	if lw != "" && titleAbbrevs[lw] {
		return true
	}
	if lw != "" && abbrevs[lw] {
		return !sentenceStarters[nextWord]
	}
	// Initials and dotted acronyms: "U.S.", "J.", "U.N."
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' || strings.Contains(word, ".") && len(word) <= 6 {
		return !sentenceStarters[nextWord]
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= utf8.RuneSelf
}
