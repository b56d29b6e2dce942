package timex

import (
	"strings"
)

// matchAt returns the longest expression starting at token i.
func (p *parser) matchAt(i int) (res, bool) {
	t := &p.toks[i]
	tin := p.infos[t.id] // nil for most words
	if t.kind == kOther || t.kind == kPunct && (t.s != "'" || !p.glued(i+1) || p.toks[i+1].kind == kWord) {
		return res{}, false
	}
	if t.kind == kWord {
		if tin == nil || !tin.trigger {
			return res{}, false
		}
		if tin.weak && (!p.strongAhead(i) || !p.weakMayStart(i)) {
			return res{}, false
		}
	}
	best := res{end: -1}
	try := func(r res, ok bool) {
		if ok && r.end > best.end && r.end <= len(p.toks) {
			best = r
		}
	}
	switch {
	case t.kind == kNum: // only these rules can start with a number
		if !p.numMayStart(i) {
			return res{}, false
		}
		try(p.mNumeric(i))
		try(p.mDayMonth(i))
		try(p.mYear(i))
		try(p.mQuarter(i))
		try(p.mTime(i))
		try(p.mAgo(i))
		try(p.mSet(i))
		try(p.mDuration(i))
	case t.s == "a" || t.s == "an":
		try(p.mQuarter(i))
		try(p.mAgo(i))
		try(p.mSet(i))
		try(p.mDuration(i))
		try(p.mRefWord(i))
	case t.kind == kWord && tin.month > 0 && !tin.hasNumber:
		try(p.mMonthDate(i))
		try(p.mHoliday(i))
	case t.kind == kWord && tin.weekday > 0:
		try(p.mWeekday(i))
		try(p.mMonthDate(i))
	case t.kind == kWord && tin.weekdays > 0:
		try(p.mWeekday(i))
	case t.kind == kWord && tin.season != "":
		try(p.mSeason(i))
	case t.kind == kWord && tin.hasNumber && !tin.weak:
		try(p.mYear(i))
		try(p.mAgo(i))
		try(p.mSet(i))
		try(p.mDuration(i))
	case t.kind == kWord && tin.isUnit && !tin.hasOrdinal:
		try(p.mYear(i))
		try(p.mQuarter(i))
		try(p.mRelUnit(i))
		try(p.mYearAgo(i))
		try(p.mDuration(i))
	case t.s == "the":
		try(p.mMonthDate(i))
		try(p.mDayMonth(i))
		try(p.mYear(i))
		try(p.mDecade(i))
		try(p.mCentury(i))
		try(p.mQuarter(i))
		try(p.mSeason(i))
		try(p.mDeictic(i))
		try(p.mWeekday(i))
		try(p.mRelUnit(i))
		try(p.mYearAgo(i))
		try(p.mDuration(i))
		try(p.mRefWord(i))
		try(p.mOrdDay(i))
	default:
		try(p.mNumeric(i))
		try(p.mMonthDate(i))
		try(p.mDayMonth(i))
		try(p.mYear(i))
		try(p.mDecade(i))
		try(p.mCentury(i))
		try(p.mQuarter(i))
		try(p.mSeason(i))
		try(p.mTime(i))
		try(p.mDeictic(i))
		try(p.mWeekday(i))
		try(p.mRelUnit(i))
		try(p.mAgo(i))
		try(p.mYearAgo(i))
		try(p.mSet(i))
		try(p.mDuration(i))
		try(p.mHoliday(i))
		try(p.mRefWord(i))
		try(p.mOrdDay(i))
	}
	return best, best.end > i
}

// numMayStart is a quick test that is false only when no rule matches at
// the number at token i: most numbers in news text are amounts. What each
// rule needs after a number that is not a year (a four-digit 1000-2999:
// mYear and mQuarter need one):
//
//   - mNumeric, mTime: "-", "/", ".", ":", "am", "pm", "a", "p" (of "p.m."),
//     "o" (of "o'clock") or "in" (of "in the morning") right after it, or,
//     after four digits, a time zone;
//   - mDayMonth: a month within 6 tokens ("28 to 31 December", "28 of May");
//   - mDuration, mAgo, mSet: a calendar unit within numberSpan tokens.
func (p *parser) numMayStart(i int) bool {
	t := &p.toks[i]
	if len(t.s) == 4 && t.num() >= 1000 && t.num() <= 2999 {
		return true
	}
	if i+1 >= len(p.toks) {
		return false
	}
	switch p.toks[i+1].s {
	case "-", "/", ".", ":", "am", "pm", "a", "p", "o", "in":
		return true
	}
	if len(t.s) == 4 && p.info(i+1).zone {
		return true
	}
	for k := i + 1; k < len(p.toks) && k <= i+numberSpan; k++ {
		if in := p.infos[p.toks[k].id]; in != nil && (in.isUnit || in.month > 0 && k <= i+6) {
			return true
		}
	}
	return false
}

// weakMayStart is a quick test that is false only when no rule matches at
// the weak word at token i ("the", "last", "about", "mid" …): every rule
// that starts with a weak word needs a number, a word with digits ("1990s",
// "3rd"), an apostrophe ("the '90s"), a hyphen ("mid-1990s", "fiscal-year")
// or a word of the word table right after it. weakFollowers lists the words
// the rules look for there beyond the lexicon's (months, weekdays, numbers,
// ordinals, units, seasons, parts of the day, holidays, hedges);
// TestWeakFollowersInTable checks that the table has them all.
func (p *parser) weakMayStart(i int) bool {
	if i+1 >= len(p.toks) {
		return false
	}
	n := &p.toks[i+1]
	return n.id != 0 || n.kind == kNum || n.kind == kAlnum || n.s == "'" || n.s == "-"
}

// weakFollowers lists the words the rules accept right after a weak word:
// "the end of" (mMonthDate, mYear, mSeason, mRelUnit), "the year 2000",
// edge words and "the nineties" (mDecade, mCentury), the modifiers of
// mQuarter, the determiners of mSeason, mWeekday, mRelUnit and mDuration,
// hedges and vague quantities (mDuration, mAgo, mTime), "the day before"
// (mDeictic), "the year-earlier" (mYearAgo), the phrases of mRefWord ("the
// short term", "right now", "once upon a time", "a later date"), "the first
// of May" (mDayMonth), "last night".
const weakFollowers = `end beginning start middle close turn year fiscal early late mid earlier later
	sometime the some comparable corresponding same calendar flat strong weak disappointing latest
	current previous recent most final past coming following prior last quarter half period next day
	first remaining entire whole full initial a an little more less fewer no at up well nearly almost
	over roughly around approximately exactly precisely fully under several few many numerous
	countless couple present near foreseeable future short long longer medium years months sixties
	seventies eighties nineties fifties forties thirties twenty thirty than least to after before of
	night time date now upon term ahead`

// numberSpan bounds the tokens from a number to the unit of a duration that
// starts with it: the number itself (at most 4 tokens: "2 1/2"), "to" and
// another quantity ("twenty-four hundred thousand": 5 tokens), "or" and
// another, "more", "-".
const numberSpan = 24

// triggers is the set of words that can start an expression.
var triggers = onceValue(func() map[string]bool {
	m := map[string]bool{}
	l := lex()
	for _, mp := range []map[string]int{l.months, l.weekdays, l.numbers, l.ordinals} {
		for k := range mp {
			m[k] = true
		}
	}
	for k := range l.units {
		m[k] = true
	}
	for k := range l.seasons {
		m[k] = true
	}
	for k := range l.parts {
		m[k] = true
	}
	for k := range l.sets {
		m[k] = true
	}
	for k := range l.weekdays {
		m[k+"s"] = true
	}
	for _, w := range strings.Fields(`the this last next past coming current previous following latest
		early late mid earlier later end beginning start middle around about nearly almost some more less
		over just only roughly at up within few several many couple half today tonight yesterday tomorrow
		now currently recently recent formerly previously lately soon future present presently nowadays
		these right fiscal fy calendar its that every each per twice once thrice noon midnight midday
		christmas easter thanksgiving halloween new independence labor labour memorial election valentine
		veterans armistice boxing bastille good may sometime approximately exactly another additional
		final remaining entire whole full year quarter q1 q2 q3 q4 h1 h2 1q 2q 3q 4q shortly well barely
		little no mid-afternoon overnight other same comparable corresponding most
		nineties eighties seventies sixties fifties forties thirties twenties hundred thousand ago a an
		`) {
		m[w] = true
	}
	return m
})

// info is the wordInfo of token k (never nil).
func (p *parser) info(k int) *wordInfo {
	if k < 0 || k >= len(p.toks) {
		return noInfo
	}
	if in := p.infos[p.toks[k].id]; in != nil {
		return in
	}
	return noInfo
}

// weak lists frequent words that start an expression only before a strong one.
var weak = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "last": true, "next": true,
	"some": true, "more": true, "less": true, "over": true, "about": true, "just": true, "only": true,
	"at": true, "up": true, "no": true, "new": true, "good": true, "early": true, "late": true,
	"earlier": true, "later": true, "end": true, "start": true, "beginning": true, "middle": true,
	"other": true, "most": true, "each": true, "every": true, "its": true, "few": true, "several": true,
	"many": true, "well": true, "little": true, "recent": true, "coming": true,
	"previous": true, "following": true, "same": true, "around": true, "nearly": true, "almost": true,
	"roughly": true, "approximately": true, "exactly": true, "fully": true, "barely": true,
	"shortly": true, "another": true, "additional": true, "final": true, "remaining": true,
	"entire": true, "whole": true, "full": true, "within": true, "comparable": true,
	"corresponding": true, "fiscal": true, "calendar": true, "latest": true, "first": true,
	"second": true, "third": true, "fourth": true, "once": true, "twice": true, "thrice": true,
	"couple": true, "sometime": true, "mid": true,
}

// strongAhead reports whether a number or a strong time word follows token i closely.
func (p *parser) strongAhead(i int) bool {
	for k := i + 1; k <= i+4 && k < len(p.toks); k++ {
		t := &p.toks[k]
		switch t.kind {
		case kNum, kAlnum:
			return true
		case kWord:
			if in := p.infos[t.id]; in != nil && in.strong {
				return true
			}
		case kPunct:
			if t.s == "'" {
				return true
			}
		}
	}
	return false
}

// strongExtra lists words that are not triggers but make a weak word worth matching
// ("the near term", "a later date").
var strongExtra = map[string]bool{
	"moment": true, "term": true, "near": true, "foreseeable": true, "ahead": true, "date": true,
	"present": true, "period": true, "earlier": true, "ago": true,
}

// edge consumes a modifier such as "early", "mid-", "the end of" and returns
// the index after it (i when there is none).
func (p *parser) edge(i int) int {
	switch p.w(i) {
	case "early", "late", "mid", "earlier", "later", "sometime":
		if p.w(i+1) == "-" && p.glued(i+1) {
			return i + 2
		}
		return i + 1
	case "mid-afternoon":
		return i
	case "the":
		if p.w(i+2) == "of" { // "the end of" …
			for _, w := range edgeNouns {
				if p.w(i+1) == w {
					return i + 3
				}
			}
		}
	case "end", "beginning", "start", "middle":
		if j := p.seq(i+1, "of"); j > 0 {
			return j
		}
	case "some":
		if j := p.seq(i+1, "time"); j > 0 {
			return j
		}
	}
	return i
}

// month reads a month name at i: its number, the index after it (a
// following "." of an abbreviation included) and whether it was a
// full name or a dotted abbreviation (safe without a day).
func (p *parser) month(i int) (m, end int, full, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false, false
	}
	t := &p.toks[i]
	m = p.info(i).month
	if m == 0 || t.kind != kWord || !t.cap {
		return 0, i, false, false
	}
	end = i + 1
	full = len(t.s) >= 5 || t.s == "may" || t.s == "june" || t.s == "july"
	if !full && p.w(end) == "." && p.glued(end) {
		end++
		full = true
	}
	return m, end, full, true
}

// dayNum reads a day of the month at i: "28", "28th", "eighth".
func (p *parser) dayNum(i int) (d, end int, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := &p.toks[i]
	switch t.kind {
	case kNum:
		if len(t.s) > 2 || t.num() < 1 || t.num() > 31 {
			return 0, i, false
		}
		if n := p.w(i + 1); (n == ":" || n == "." || n == ",") && p.glued(i+1) && i+2 < len(p.toks) && p.toks[i+2].kind == kNum && p.glued(i+2) && len(p.toks[i+2].s) != 4 {
			return 0, i, false
		}
		switch p.w(i + 1) {
		case "%", "percent", "per", "million", "billion", "people", "members", "countries", "states":
			return 0, i, false
		}
		return int(t.num()), i + 1, true
	case kAlnum:
		if d := ordinalDigits(t.s); d >= 1 && d <= 31 {
			return d, i + 1, true
		}
	case kWord:
		if in := p.info(i); in.hasOrdinal && in.ordinal <= 31 {
			d := in.ordinal
			return d, i + 1, true
		}
		if (t.s == "twenty" || t.s == "thirty") && p.w(i+1) == "-" {
			if in := p.info(i + 2); in.hasOrdinal && in.ordinal < 10 {
				d := in.ordinal
				base := 20
				if t.s == "thirty" {
					base = 30
				}
				if base+d <= 31 {
					return base + d, i + 3, true
				}
			}
		}
	}
	return 0, i, false
}

// ordinalDigits parses "28th", "1st", "2nd", "3rd"; -1 otherwise.
func ordinalDigits(s string) int {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 {
		return -1
	}
	switch s[k:] {
	case "st", "nd", "rd", "th":
		return atoi(s[:k])
	}
	return -1
}

// yearNum reads a four-digit year (or "'98") at i.
func (p *parser) yearNum(i int) (y, end int, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := &p.toks[i]
	if t.kind == kNum && len(t.s) == 4 && t.num() >= 1000 && t.num() <= 2999 {
		if n := p.w(i + 1); (n == "," || n == "." || n == ":") && p.glued(i+1) && i+2 < len(p.toks) && p.toks[i+2].kind == kNum && p.glued(i+2) {
			return 0, i, false
		}
		return int(t.num()), i + 1, true
	}
	if t.s == "'" && i+1 < len(p.toks) && p.glued(i+1) && p.toks[i+1].kind == kNum && len(p.toks[i+1].s) == 2 {
		n := int(p.toks[i+1].num())
		if n >= 30 {
			return 1900 + n, i + 2, true
		}
		return 2000 + n, i + 2, true
	}
	return 0, i, false
}

// relYear reads "this year", "last year", "next year" (optionally after "of")
// and returns the year offset.
func (p *parser) relYear(i int) (delta, end int, ok bool) {
	j := i
	if p.w(j) == "of" {
		j++
	}
	for _, c := range relYears {
		if k := p.seq(j, c.w, "year"); k > 0 {
			if c.w == "the" && p.w(i) != "of" {
				continue
			}
			if c.w == "the" {
				return 0, k, true
			}
			return c.d, k, true
		}
	}
	return 0, i, false
}

// yearSuffix reads an explicit year after a month, quarter or season:
// ", 2022", "of 2022", "2022", "of this year". rel reports a relative year.
func (p *parser) yearSuffix(i int, allowOf bool) (y, end int, rel, ok bool) {
	j := i
	if p.w(j) == "," {
		j++
	} else if allowOf && p.w(j) == "of" {
		j++
		if p.w(j) == "fiscal" {
			j++
		}
	}
	if yy, k, ok := p.yearNum(j); ok {
		return yy, k, false, true
	}
	if w := p.w(j); w == "nineteen" || w == "two" && p.w(j+1) == "thousand" {
		if yy, k, ok := p.spokenYear(j); ok {
			return yy, k, false, true
		}
	}
	if d, k, ok := p.relYear(i); ok && p.hasRef {
		return p.ref.Year() + d, k, true, true
	} else if ok {
		return 0, k, true, true
	}
	return 0, i, false, false
}

// relYears lists relative years after a month or quarter ("this year", "last year").
var relYears = []struct {
	w string
	d int
}{{"this", 0}, {"last", -1}, {"next", 1}, {"the", 0}}

// edgeNouns lists nouns of "the end of", "the beginning of" ….
var edgeNouns = []string{"end", "beginning", "start", "middle", "close", "turn"}

// byFirst indexes phrases by their first word, keeping their order.
func byFirst(phrases [][]string) *firstIndex[[]string] {
	m := map[string][][]string{}
	for _, ph := range phrases {
		m[ph[0]] = append(m[ph[0]], ph)
	}
	return newFirstIndex(m)
}

// firstIndex indexes items by a first word. The words must be in the word
// table (TestPhraseWordsInTable checks it), so that a token finds its items
// through its word id instead of hashing its text.
type firstIndex[T any] struct {
	byWord map[string][]T
}

func newFirstIndex[T any](m map[string][]T) *firstIndex[T] { return &firstIndex[T]{byWord: m} }

// byID returns the items of fi indexed by word id.
func (fi *firstIndex[T]) byID(wt *wordTab) [][]T {
	out := make([][]T, len(wt.entries))
	for w, items := range fi.byWord {
		if e := wt.lookup(w); e != nil {
			out[e.id] = items
		}
	}
	return out
}

// phraseTabs holds the phrase tables indexed by word id.
type phraseTabs struct {
	seasonMods, durationDets, weekdayMods, unitMods, yearEndForms, hedges, timeHedges [][][]string
	refPhrases                                                                        [][]refPhrase
	holidays                                                                          [][]int // indices into holidays()
}

var phrases = onceValue(func() *phraseTabs {
	wt := wordTable()
	return &phraseTabs{
		seasonMods: seasonMods.byID(wt), durationDets: durationDets.byID(wt), weekdayMods: weekdayMods.byID(wt),
		unitMods: unitMods.byID(wt), yearEndForms: yearEndForms.byID(wt), hedges: hedges.byID(wt),
		timeHedges: timeHedges.byID(wt), refPhrases: newFirstIndex(refPhrases()).byID(wt),
		holidays: holidayIndex().byID(wt),
	}
})

// holidayIndex indexes the holidays by their first word, keeping their order.
func holidayIndex() *firstIndex[int] {
	m := map[string][]int{}
	for i, h := range holidays() {
		m[h.words[0]] = append(m[h.words[0]], i)
	}
	return newFirstIndex(m)
}

// itemsAt returns the items of tab (indexed by word id) whose first word is
// token i; nil out of range.
func itemsAt[T any](p *parser, tab [][]T, i int) []T {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return tab[p.toks[i].id]
}
