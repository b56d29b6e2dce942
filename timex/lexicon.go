package timex

import "sync"

// lexicon holds the immutable word lists the parser consults.
type lexicon struct {
	months   map[string]int // "january", "jan", "sept" → 1..12
	weekdays map[string]int // "monday" → 1 … "sunday" → 7 (ISO)
	numbers  map[string]int // "one" → 1 … "ninety" → 90
	ordinals map[string]int // "first" → 1 … "thirty-first" parts
	units    map[string]unit
	seasons  map[string]string // "summer" → "SU"
	parts    map[string]string // "morning" → "MO"
	zones    map[string]bool
	sets     map[string]string // "daily" → "P1D"
}

// unit is a calendar unit of a duration.
type unit struct {
	code   string // "Y", "M", "W", "D", "H" (hour), "MIN", "S", "Q", "DE" (decade), "CE" (century)
	plural bool
}

var lex = sync.OnceValue(buildLexicon)

func buildLexicon() *lexicon {
	l := &lexicon{
		months: map[string]int{
			"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
			"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
			"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
			"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
		},
		weekdays: map[string]int{
			"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
		},
		numbers: map[string]int{
			"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
			"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
			"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
			"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
			"seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
		},
		ordinals: map[string]int{
			"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
			"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
			"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
			"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "twenty-first": 21,
		},
		units: map[string]unit{
			"year": {"Y", false}, "years": {"Y", true}, "yr": {"Y", false}, "yrs": {"Y", true},
			"month": {"M", false}, "months": {"M", true},
			"week": {"W", false}, "weeks": {"W", true},
			"day": {"D", false}, "days": {"D", true},
			"hour": {"H", false}, "hours": {"H", true},
			"minute": {"MIN", false}, "minutes": {"MIN", true},
			"second": {"S", false}, "seconds": {"S", true},
			"quarter": {"Q", false}, "quarters": {"Q", true},
			"decade": {"DE", false}, "decades": {"DE", true},
			"century": {"CE", false}, "centuries": {"CE", true},
			"weekend": {"WE", false}, "weekends": {"WE", true},
		},
		seasons: map[string]string{
			"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
		},
		parts: map[string]string{
			"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
		},
		zones: map[string]bool{
			"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true,
			"pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "eet": true,
			"msk": true, "ist": true, "jst": true, "et": true,
		},
		sets: map[string]string{
			"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
			"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M",
		},
	}
	return l
}

// onceValue builds a value lazily, once, safely for concurrent use.
func onceValue[T any](f func() T) func() T { return sync.OnceValue(f) }

// wordInfo is everything the rules need to know about one lower-case word,
// looked up once per token.
type wordInfo struct {
	month, weekday, number, ordinal int
	hasNumber, hasOrdinal           bool
	weekdays                        int // weekday of a plural ("mondays")
	unit                            unit
	isUnit                          bool
	season, part, set               string
	zone                            bool
	trigger, weak, strong           bool
}

var noInfo = &wordInfo{}

// maxInfoLen bounds the length of the words infos knows (longer tokens skip the lookup).
const maxInfoLen = 16

// infos maps lower-case words to their wordInfo.
var infos = onceValue(func() map[string]*wordInfo {
	l := lex()
	m := map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		if in, ok := m[w]; ok {
			return in
		}
		in := &wordInfo{}
		m[w] = in
		return in
	}
	for w, v := range l.months {
		get(w).month = v
	}
	for w, v := range l.weekdays {
		get(w).weekday = v
		get(w + "s").weekdays = v
	}
	for w, v := range l.numbers {
		in := get(w)
		in.number, in.hasNumber = v, true
	}
	for w, v := range l.ordinals {
		in := get(w)
		in.ordinal, in.hasOrdinal = v, true
	}
	for w, u := range l.units {
		in := get(w)
		in.unit, in.isUnit = u, true
	}
	for w, v := range l.seasons {
		get(w).season = v
	}
	for w, v := range l.parts {
		get(w).part = v
	}
	for w, v := range l.sets {
		get(w).set = v
	}
	for w := range l.zones {
		get(w).zone = true
	}
	for w := range triggers() {
		get(w).trigger = true
	}
	for w := range weak {
		get(w).weak = true
	}
	for w, in := range m {
		in.strong = in.trigger && !in.weak || strongExtra[w]
	}
	for w := range strongExtra {
		get(w).strong = true
	}
	return m
})
