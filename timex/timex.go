// Package timex finds temporal expressions in English news text and
// normalizes them to TIMEX3 values (the TimeML standard used by TempEval and
// TimeBank): dates ("December 28", "last month", "the third quarter"), times
// ("3 p.m. Wednesday", "tonight"), durations ("the past six decades") and sets
// ("every year", "weekly"). Ranges ("November 19-22", "between 2006 and
// 2019") are one expression whose value is START/END.
//
// Relative expressions are resolved against a reference date, normally the
// document's publication date; with a zero reference they keep their span and
// type and get an empty value. The tense of the sentence decides the
// direction of what the text leaves open: a weekday is the most recent such
// day up to the reference date (the reference date itself when it is that
// weekday) unless the sentence looks forward ("will", "next", "is expected
// to"); a month or a day of a month without a year is the nearest such one in
// the direction of the tense, and, when the tense says nothing, the past one
// unless it falls within the next few months. "The quarter" and "a year
// earlier" in an earnings report refer to the quarter mentioned last.
//
// The text is tokenized once; only numbers and the words that can start an
// expression are tried against the rules. The package keeps no mutable global
// state beyond a sync.Pool of scratch buffers, and is safe for concurrent use.
package timex

import (
	"math"
	"slices"
	"strings"
	"sync"
	"time"
)

// Expr is one temporal expression found in a text.
type Expr struct {
	Start, End int    // byte offsets into the input text; text[Start:End] == Text
	Text       string // the expression as written
	Type       string // "DATE", "TIME", "DURATION" or "SET"
	Value      string // TIMEX3 value; "" when it needs a reference date and ref is zero
}

// Expression types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Find returns the temporal expressions of text in order of position, normalized
// against ref (the document's reference date; the zero time.Time means unknown).
// The expressions do not overlap. An expression, with the words after it that
// decide its value, is read within 192 tokens of its first word, so the cost
// of a text grows in proportion to its length.
func Find(text string, ref time.Time) []Expr {
	if len(text) > math.MaxInt32 {
		return nil // offsets are kept in 32 bits
	}
	p := newParser(text, ref)
	out := p.run()
	p.release()
	return out
}

// ParseDate reads an absolute or partial date such as "December 28",
// "28 Dec 2022", "1996-08-22" or "March 3" (a dateline date, possibly with
// its place: "GENEVA, March 3") against ref and reports whether it could. A
// date without a year gets the most recent year that does not put it more
// than a few days after ref; with a zero ref only dates with a year can be
// read.
func ParseDate(s string, ref time.Time) (time.Time, bool) {
	p := newParser(s, ref)
	p.dateline = true
	trimmed := strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == ',' || r == '.' || r == ':' || r == '-' || r == '(' || r == ')'
	})
	if trimmed == "" {
		return time.Time{}, false
	}
	exprs := p.run()
	p.release()
	for _, e := range exprs {
		if e.Type != TypeDate || len(e.Value) != 10 {
			continue
		}
		if !strings.Contains(trimmed, e.Text) {
			continue
		}
		if t, err := time.Parse("2006-01-02", e.Value); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parser holds the state of one scan.
type parser struct {
	text     string
	toks     []tok
	cands    []int32 // the indices of the tokens whose cand is set, in order
	ref      time.Time
	hasRef   bool
	dateline bool // ParseDate: no tense, allow a few days after ref

	qAnchor    int // absolute quarter index of the last quarter mentioned
	qAnchorTok int // token index of that mention in the text; -1 when none
	base       int // the index in the text of toks[0] (see run)
	yAnchor    int // the last year mentioned; 0 when none

	arena arena // the strings built during the scan

	out   []Expr      // the expressions found so far (reused between scans)
	ph    *phraseTabs // the phrase tables
	infos []*wordInfo // the word infos by word id (wordTab.infos)
}

// parsers recycles the parsers and their token buffers between calls.
var parsers = sync.Pool{New: func() any { return new(parser) }}

// maxPooledToks bounds the token buffer a released parser keeps.
const maxPooledToks = 1 << 18

// newParser takes a parser from the pool for text; run tokenizes and scans
// it, and release gives it back.
func newParser(text string, ref time.Time) *parser {
	p := parsers.Get().(*parser)
	toks, cands := p.toks, p.cands
	*p = parser{text: text, toks: toks[:0], cands: cands[:0], qAnchorTok: -1, out: p.out[:0], ph: phrases(), infos: wordTable().infos}
	p.arena.hint = len(text)/32 + 32
	if !ref.IsZero() {
		p.ref = civil(ref.Year(), int(ref.Month()), ref.Day())
		p.hasRef = okYear(ref.Year()) && ref.Year() > 0
	}
	return p
}

// release returns p to the pool; p must not be used afterwards.
func (p *parser) release() {
	if cap(p.toks) > maxPooledToks {
		return
	}
	clear(p.toks) // drop the references into the text
	clear(p.out)
	*p = parser{toks: p.toks[:0], cands: p.cands[:0], out: p.out[:0]}
	parsers.Put(p)
}

// sentBreak reports whether a sentence ends between tokens x-1 and x
// (0 < x < len(p.toks)): a rough split after . ! ? ; and at line breaks
// that do not merely wrap a sentence. A "." ends its sentence when it does
// not follow an abbreviation and whitespace follows it.
func (p *parser) sentBreak(x int) bool {
	if p.toks[x].nl && !wrapped(p.toks, x) {
		return true
	}
	if prev := &p.toks[x-1]; prev.kind == kPunct {
		switch prev.s {
		case "!", "?", ";":
			return true
		case ".":
			return x > 1 && !p.toks[x-2].abbr && p.toks[x].space
		}
	}
	return false
}

// sameSent reports whether tokens a <= b are in the same sentence.
func (p *parser) sameSent(a, b int) bool {
	for x := a + 1; x <= b; x++ {
		if p.sentBreak(x) {
			return false
		}
	}
	return true
}

// wrapped reports whether the line break before token i only wraps a
// sentence: a word, number or comma before it and a lower-case word after it.
func wrapped(toks []tok, i int) bool {
	prev, next := &toks[i-1], &toks[i]
	if prev.kind == kPunct && prev.s != "," {
		return false
	}
	return next.kind == kWord && !next.cap || next.kind == kNum
}

var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"u": true, "s": true, "a": true, "m": true, "p": true, "inc": true, "co": true, "corp": true,
	"jr": true, "lt": true, "col": true, "capt": true, "no": true, "vs": true, "mt": true,
	"ft": true, "sgt": true, "maj": true, "adm": true, "prof": true, "rev": true,
}

// A long text is scanned a window of tokens at a time, so that the tokens
// stay in the processor's caches and their array does not grow with the
// text: each window matches the candidates of chunkToks tokens, with
// lookBack tokens kept before them and lookAhead tokens read after them.
// A match reads at most lookAhead tokens from its first (see match), on a
// text of any length, and the rules look back fifteen tokens at most, so
// a text has the same expressions whether it is scanned whole or in
// windows (TestWindows checks it).
const (
	chunkToks = 4096
	lookBack  = 64
	lookAhead = 192
	// wholeText is the longest text tokenized at once.
	wholeText = 64 << 10
)

// run tokenizes the text, scans its tokens once and returns the
// expressions found.
func (p *parser) run() []Expr {
	return p.runWindows(wholeText, chunkToks)
}

// runWindows is run with the window sizes as parameters, for the tests.
func (p *parser) runWindows(whole, chunk int) []Expr {
	out := p.out[:0]
	next := 0 // the first token (of the text) not yet consumed by an expression
	if len(p.text) <= whole {
		p.toks, p.cands = tokenize(p.toks, p.cands, p.text, &p.arena)
		out, _ = p.match(out, 0, len(p.toks), next)
	} else {
		if want := chunk + lookBack + 2*lookAhead; cap(p.toks) < want {
			p.toks = make([]tok, 0, want)
		}
		z := tokenizer{space: true, nl: true}
		from := 0 // the first token of the window to match
		for {
			p.toks, p.cands = z.next(p.toks, p.cands, p.text, &p.arena, from+chunk+lookAhead)
			to := len(p.toks)
			done := z.pos >= len(p.text)
			if !done {
				to -= lookAhead
			}
			out, next = p.match(out, from, to, next)
			if done {
				break
			}
			// Slide: keep lookBack tokens before the next window.
			drop := max(0, to-lookBack)
			n := copy(p.toks, p.toks[drop:])
			clear(p.toks[n:]) // drop the references into the text
			p.toks = p.toks[:n]
			c := p.cands[:0]
			for _, k := range p.cands {
				if int(k) >= to {
					c = append(c, k-int32(drop))
				}
			}
			p.cands = c
			p.base += drop
			from = to - drop
		}
	}
	p.out = out
	if len(out) == 0 {
		return nil
	}
	return append([]Expr(nil), out...)
}

// match tries the candidate tokens in [from, to) of toks that no
// expression consumed (next is the first token of the text that is not
// consumed) and appends the expressions found to out; it returns out and
// the new next.
func (p *parser) match(out []Expr, from, to, next int) ([]Expr, int) {
	full := p.toks
	for _, c := range p.cands {
		i := int(c)
		if i < from || p.base+i < next {
			continue
		}
		if i >= to {
			break
		}
		// Only the candidate tokens are tried (matchAt would reject the
		// others at once).
		p.toks = full[:min(len(full), i+lookAhead)]
		r, ok := p.matchAt(i)
		if ok {
			r = p.extendRange(i, r)
		}
		p.toks = full
		if !ok {
			continue
		}
		start, end := int(p.toks[i].start), int(p.toks[r.end-1].end)
		if start < 0 || end > len(p.text) || start >= end {
			continue
		}
		if !p.hasRef && r.rel {
			r.val = ""
		}
		if len(out) == cap(out) {
			out = slices.Grow(out, len(out)+8) // double
		}
		out = append(out, Expr{Start: start, End: end, Text: p.text[start:end], Type: typeNames[r.typ], Value: r.val})
		p.noteAnchors(i, r)
		next = p.base + r.end
	}
	p.toks = full
	return out, next
}

// res is one match: tokens [i, end) with its type and value. It is kept
// to eight machine words, so that the matchers return it in registers
// (with their ok) instead of through memory.
type res struct {
	end    int
	val    string
	ym     int // for month dates: the resolved year and month (ranges), see setYM
	typ    xtype
	rel    bool // the value depends on the reference date
	kind   uint8
	anchor bool // an explicit quarter that later "the quarter" refers to
}

// setYM records the resolved year and month (0: none) of a month date.
func (r *res) setYM(y, m int) { r.ym = y<<4 | m&15 }

// year is the year recorded by setYM (0 when none).
func (r *res) year() int { return r.ym >> 4 }

// month is the month recorded by setYM (0 when none).
func (r *res) month() int { return r.ym & 15 }

// xtype is the type of a match: an index into typeNames.
type xtype uint8

// Match types.
const (
	tNone xtype = iota
	tDate
	tTime
	tDuration
	tSet
)

// typeNames maps the match types to the expression types.
var typeNames = [...]string{tNone: "", tDate: TypeDate, tTime: TypeTime, tDuration: TypeDuration, tSet: TypeSet}

// Match kinds used to build ranges.
const (
	kindOther uint8 = iota
	kindYear
	kindMonth
	kindMonthDay
	kindWeekday
)

func (p *parser) noteAnchors(i int, r res) {
	v := r.val
	if r.anchor && len(v) == 7 && v[4] == '-' && v[5] == 'Q' && isDigits(v[:4]) && '1' <= v[6] && v[6] <= '4' {
		y := atoi(v[:4])
		p.qAnchor = y*4 + int(v[6]-'1')
		p.qAnchorTok = p.base + i
	}
	if len(v) >= 4 && isDigits(v[:4]) && (len(v) == 4 || v[4] == '-') && r.typ == tDate {
		p.yAnchor = atoi(v[:4])
	}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// w is the lower-cased text of token i, or "" out of range.
func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].s
}

// seq matches the words at i and returns the index after them, or -1.
func (p *parser) seq(i int, words ...string) int {
	for _, w := range words {
		if i < 0 || i >= len(p.toks) {
			return -1
		}
		// the first byte settles most comparisons without a call
		if s := p.toks[i].s; len(s) != len(w) || len(w) > 0 && s[0] != w[0] || s != w {
			return -1
		}
		i++
	}
	return i
}

// glued reports whether token i directly follows token i-1 (no space).
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// num reads a number at i: digits, number words ("twenty-four", "a hundred"),
// or a vague quantity ("several", "a few": n = -1). half reports "2 1/2".
func (p *parser) num(i int) (n int, half bool, end int, ok bool) {
	if i >= len(p.toks) {
		return 0, false, i, false
	}
	t := p.toks[i]
	if t.kind == kNum {
		if t.num() < 0 || len(t.s) > 6 {
			return 0, false, i, false
		}
		// reject decimals and thousands separators: "1.5", "2,000"
		if i+2 < len(p.toks) && (p.w(i+1) == "." || p.w(i+1) == ",") && p.glued(i+1) && p.glued(i+2) && p.toks[i+2].kind == kNum {
			return 0, false, i, false
		}
		if i > 1 && (p.w(i-1) == "." || p.w(i-1) == ",") && p.glued(i) && p.glued(i-1) && p.toks[i-2].kind == kNum {
			return 0, false, i, false
		}
		end = i + 1
		if j := p.seq(end, "1", "/", "2"); j > 0 && p.glued(end+1) {
			return int(t.num()), true, j, true
		}
		if p.w(end) == "½" {
			return int(t.num()), true, end + 1, true
		}
		return int(t.num()), false, end, true
	}
	switch t.s {
	case "several", "few", "many", "some", "numerous", "countless":
		return -1, false, i + 1, true
	case "a", "an":
		if j := p.seq(i+1, "few"); j > 0 {
			return -1, false, j, true
		}
		if j := p.seq(i+1, "couple", "of"); j > 0 {
			return 2, false, j, true
		}
		if j := p.seq(i+1, "couple"); j > 0 {
			return 2, false, j, true
		}
		if j := p.seq(i+1, "number", "of"); j > 0 {
			return -1, false, j, true
		}
		if j := p.seq(i+1, "dozen"); j > 0 {
			return 12, false, j, true
		}
		if j := p.seq(i+1, "hundred"); j > 0 {
			return 100, false, j, true
		}
		if j := p.seq(i+1, "thousand"); j > 0 {
			return 1000, false, j, true
		}
		if j := p.seq(i+1, "half"); j > 0 {
			return 0, true, j, true
		}
		return 1, false, i + 1, true
	case "half":
		if j := p.seq(i+1, "a"); j > 0 {
			return 0, true, j, true
		}
		return 0, false, i, false
	case "couple":
		if j := p.seq(i+1, "of"); j > 0 {
			return 2, false, j, true
		}
	}
	v, isNum := p.info(i).number, p.info(i).hasNumber
	if !isNum || t.s == "a" || t.s == "an" {
		return 0, false, i, false
	}
	end = i + 1
	if v >= 20 && v%10 == 0 && v < 100 {
		k := end
		if p.w(k) == "-" && p.glued(k) {
			k++
		}
		if in := p.info(k); in.hasNumber && in.number >= 1 && in.number <= 9 && p.w(k) != "a" && p.w(k) != "an" {
			u := in.number
			v += u
			end = k + 1
		}
	}
	if p.w(end) == "hundred" {
		v *= 100
		end++
	}
	if p.w(end) == "thousand" {
		v *= 1000
		end++
	}
	return v, false, end, true
}

// cueAt is +1 for a future cue at token k, -1 for a past cue, 0 otherwise.
func (p *parser) cueAt(k int) int {
	c := p.cueWord(k)
	if c < 0 && (p.w(k-1) == "be" || p.w(k-1) == "being") {
		return 1 // "to be held", "will be released"
	}
	return c
}

func (p *parser) cueWord(k int) int {
	s := p.toks[k].s
	switch s {
	case "will", "shall", "ll", "upcoming", "next", "tomorrow", "would", "ahead", "coming":
		return 1
	case "soon", "early":
		if p.w(k-1) == "as" {
			return 1
		}
		return 0
	case "wo":
		if p.w(k+1) == "n" {
			return 1
		}
		return 0
	case "expected", "expects", "expect", "scheduled", "due", "set", "planned", "plans", "plan",
		"planning", "intends", "aims", "hopes", "going", "slated", "payable", "expire", "expires", "effective":
		switch p.w(k - 1) {
		case "had", "been":
			return -1
		}
		switch s {
		case "plan", "plans", "planned", "set", "going":
			if p.w(k+1) != "to" && p.w(k+1) != "for" {
				return 0
			}
		}
		return 1
	case "to":
		if b := p.w(k - 1); b == "is" || b == "are" || b == "am" {
			return 1
		}
		return 0
	case "said", "says", "was", "were", "had", "did", "ago", "last", "yesterday", "earlier",
		"been", "told", "met", "began", "took", "made", "came", "went", "left", "won", "lost",
		"fell", "rose", "saw", "gave", "held", "killed", "died", "sent", "sold", "paid", "seen",
		"found", "known", "taken", "given", "shown", "thought", "brought", "caught", "fought",
		"bought", "became", "wrote", "written", "spoke", "spoken", "broke", "broken", "chose", "ran",
		"struck", "hit", "led", "fled", "flew", "arrived":
		return -1
	}
	return 0
}

// weakPast reports a regular past form ("announced") at token k.
func (p *parser) weakPast(k int) bool {
	s := p.toks[k].s
	switch s {
	case "planned", "scheduled", "expected", "slated", "proposed", "intended":
		return false
	}
	return len(s) > 4 && strings.HasSuffix(s, "ed") && p.toks[k].kind == kWord && p.w(k-1) != "be"
}

// future reports whether the sentence around tokens [i, j) looks forward.
func (p *parser) future(i, j int) bool { return p.tense(i, j) > 0 }

// tense is positive when the nearest tense cue around tokens [i, j) in the
// same sentence looks forward, negative when it looks back (-2 for an
// auxiliary or irregular verb, -1 for a regular "-ed" form), 0 when there is none.
func (p *parser) tense(i, j int) int {
	if p.dateline || i >= len(p.toks) {
		return 0
	}
	// back and fwd walk away from i as the loop looks at tokens further
	// out; backSame and fwdSame report whether no sentence ends between i
	// and them.
	back, backSame := i, true
	fwd, fwdSame := i, true
	weak, weakD := 0, 0
	ahead := true // looking past a comma after the expression reaches the attribution
	cue := func(k, d int) int {
		if c := p.cueAt(k); c != 0 {
			if weak != 0 && weakD <= 2 {
				return weak // a regular verb right next to the expression governs it
			}
			return 2 * c
		}
		if weak == 0 && p.weakPast(k) {
			weak, weakD = -1, d
		}
		return 0
	}
	for d := 1; d <= 12; d++ {
		if k := i - d; k >= 0 && backSame {
			for ; back > k && backSame; back-- {
				backSame = !p.sentBreak(back)
			}
			if backSame {
				if c := cue(k, d); c != 0 {
					return c
				}
			}
		}
		if k := j - 1 + d; ahead && k < len(p.toks) && k >= 0 {
			if k <= i {
				if !p.sameSent(k, i) {
					continue
				}
			} else {
				for ; fwd < k && fwdSame; fwd++ {
					fwdSame = !p.sentBreak(fwd + 1)
				}
				if !fwdSame {
					continue
				}
			}
			if p.toks[k].kind == kPunct && (p.toks[k].s == "," || p.toks[k].s == "\"" || p.toks[k].s == "'") {
				ahead = false
				continue
			}
			if c := cue(k, d); c != 0 {
				return c
			}
		}
	}
	return weak
}
