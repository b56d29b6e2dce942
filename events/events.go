package events

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/entities"
)

// Event is one coded event: who did what to whom, in PLOVER and CAMEO terms.
type Event struct {
	Type      string            `json:"type"`      // PLOVER event type, e.g. CONSULT
	Mode      string            `json:"mode"`      // PLOVER mode, e.g. phone for a CONSULT by telephone, or ""
	CAMEO     string            `json:"cameo"`     // most specific CAMEO code, e.g. "041"
	Goldstein float64           `json:"goldstein"` // Goldstein conflict-cooperation score of the CAMEO code
	Source    string            `json:"source"`    // actor code of the doer ("" when the text gives none)
	Target    string            `json:"target"`    // actor code of the one acted upon ("" when the text gives none)
	Date      string            `json:"date"`      // left "" by Code; callers fill it from the sentence's times
	Negated   bool              `json:"negated"`   // a denial, wish, hypothesis or question, not a reported act
	Evidence  entities.Evidence `json:"evidence"`  // the sentence the event was read from
}

// Types lists the PLOVER event types an Event may carry, in PLOVER's order.
func Types() []string {
	return []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
}

// Options adjusts CodeWith. The zero value gives the behaviour of Code.
type Options struct {
	// We holds the actor codes that the pronoun "we" stands for, such as the
	// issuers of a statement (see Issuers); when it is empty, "we" is
	// resolved only inside the sentence ("We, the leaders of X and Y, ...")
	// and events whose only source is an unresolved "we" are left out.
	We []string
}

// Code returns the events of the sentence text[sent.Start:sent.End]. text is
// the whole document; mentions are its entity mentions (byte offsets into
// text) sorted by Start. Mentions outside the sentence are ignored, except
// that the last leader named before the sentence may resolve a "he" or "she"
// that opens it, and "the two leaders" the last two actors named. Mentions
// of leaders carry the code of the state they act for. When the document is
// a statement, "we" stands for its issuers (see Issuers).
//
// Events are returned in the order of their triggers. Denials, wishes,
// hypotheses and questions are returned with Negated set.
func Code(text string, sent entities.Span, mentions []entities.Mention) []Event {
	return CodeWith(text, sent, mentions, Options{We: Issuers(text, mentions)})
}

// CodeWith is Code with options; unlike Code, it does not guess the issuers
// of a statement when opt.We is empty.
func CodeWith(text string, sent entities.Span, mentions []entities.Mention, opt Options) []Event {
	return AppendCodeWith(nil, text, sent, mentions, opt)
}

// AppendCodeWith is CodeWith appending the events to dst and returning the
// extended slice, for callers that gather the events of many sentences.
func AppendCodeWith(dst []Event, text string, sent entities.Span, mentions []entities.Mention, opt Options) []Event {
	if sent.Start < 0 {
		sent.Start = 0
	}
	if sent.End > len(text) {
		sent.End = len(text)
	}
	if sent.Start >= sent.End {
		return dst
	}
	lx := loadLexicon()
	var g gateState
	if !g.run(lx, text, sent.Start, sent.End) {
		return dst // no trigger word: mayMatch would say no
	}
	c := newCoder(lx, text, sent, mentions, opt)
	c.possible, c.gated = g.possible, g.gated()
	evs := c.run()
	if cap(dst)-len(dst) < len(evs) {
		// At least double: a caller appending a long document's events
		// sentence by sentence would otherwise copy them again and again.
		dst = slices.Grow(dst, max(len(evs), len(dst)))
	}
	dst = append(dst, evs...)
	c.free()
	return dst
}

// specificity ranks CAMEO codes: a longer code, or one that does not end
// in 0 ("not specified below"), says more.
func specificity(code string) int {
	n := 2 * len(code)
	if code != "" && code[len(code)-1] != '0' {
		n++
	}
	return n
}

// Merge collapses repeated reports of the same action: of the events with the
// same Type and the same unordered pair of Source and Target, it keeps an
// event that is not negated if there is one, then, among reports of the
// same date, the one with the most specific CAMEO code, then the one whose
// evidence starts first (the earlier
// in evs on a tie). The result is sorted by evidence start, with
// the input order kept among events of one sentence.
func Merge(evs []Event) []Event {
	type key struct{ typ, a, b string }
	keyOf := func(e Event) key {
		a, b := e.Source, e.Target
		if b < a {
			a, b = b, a
		}
		return key{e.Type, a, b}
	}
	// Scratch on the stack for the few events of most documents; a map
	// finds the keys of a longer list.
	const small = 16
	var idxBuf [small]int
	var orderBuf [small]key
	var bestBuf [small]int
	idx := idxBuf[:0]
	if len(evs) > small {
		idx = make([]int, 0, len(evs))
	}
	for i := range evs {
		idx = append(idx, i)
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		return cmp.Compare(evs[i].Evidence.Start, evs[j].Evidence.Start)
	})
	// order lists the distinct keys by first report; best[n] is the event
	// kept for order[n].
	order, best := orderBuf[:0], bestBuf[:0]
	var pos map[key]int
	if len(evs) > small {
		pos = make(map[key]int, len(evs))
	}
	find := func(k key) (int, bool) {
		if pos != nil {
			n, ok := pos[k]
			return n, ok
		}
		for n := range order {
			if order[n] == k {
				return n, true
			}
		}
		return 0, false
	}
	for _, i := range idx {
		k := keyOf(evs[i])
		n, ok := find(k)
		if !ok {
			if pos != nil {
				pos[k] = len(order)
			}
			order = append(order, k)
			best = append(best, i)
			continue
		}
		j := best[n]
		switch {
		case evs[j].Negated && !evs[i].Negated:
			best[n] = i
		case evs[j].Negated == evs[i].Negated && evs[i].Date == evs[j].Date &&
			specificity(evs[i].CAMEO) > specificity(evs[j].CAMEO):
			// "Russia, Cuba discuss ..." (040) then "a telephone
			// conversation" (041) on the same day: one action, told
			// most precisely.
			best[n] = i
		}
	}
	keep := best
	slices.SortStableFunc(keep, func(i, j int) int {
		if c := cmp.Compare(evs[i].Evidence.Start, evs[j].Evidence.Start); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	out := make([]Event, 0, len(keep))
	for _, i := range keep {
		out = append(out, evs[i])
	}
	return out
}

// statementWords mark a title as the heading of a statement whose "we" are
// its issuers.
var statementWords = []string{"statement", "declaration", "communique", "communiqué", "readout",
	"remarks", "interview", "address", "speech", "letter", "press conference", "joint"}

// Issuers guesses who "we" are in a statement: the leaders named in a title
// such as "Joint Statement by President X and Prime Minister Y of Z" or
// "Foreign Minister X's interview", or else the actors listed after "the
// leaders of" near the start of the text. It returns nil when the text
// gives no such clue. mentions are the text's mentions sorted by Start.
func Issuers(text string, mentions []entities.Mention) []string {
	// The title is the first line; a text without a short first line has none.
	end := strings.IndexByte(text[:min(len(text), 400)], '\n')
	if end < 0 {
		if len(text) > 400 {
			return nil
		}
		end = len(text)
	}
	if !isStatementTitle(text[:end]) {
		return nil
	}
	lx := loadLexicon()
	c := newCoder(lx, text, entities.Span{Start: 0, End: end}, mentions, Options{})
	c.tokenize(0, end)
	c.spell()
	c.buildUnits()
	var out []string
	for _, u := range c.units {
		if u.kind == entities.KindLeader && !slices.Contains(out, u.code) {
			out = append(out, u.code)
		}
	}
	c.free()
	if len(out) > 0 {
		return out
	}
	// "the Leaders of Canada, ..., and the United States met ...".
	low := strings.ToLower(text[:min(len(text), 2000)])
	i := strings.Index(low, "leaders of ")
	if i < 0 {
		return nil
	}
	stop := i + len("leaders of ")
	for stop < len(text) && stop-i < 600 && text[stop] != '.' && text[stop] != ':' && text[stop] != '\n' {
		stop++
	}
	c = newCoder(lx, text, entities.Span{Start: i, End: stop}, mentions, Options{})
	defer c.free()
	c.tokenize(i, stop)
	c.spell()
	c.resetFrame()
	c.buildUnits()
	c.buildGroups()
	if len(c.units) == 0 || c.units[0].first > 4 {
		return nil
	}
	for _, a := range c.actorsOf(c.units[0].group) {
		out = append(out, a.code)
	}
	return out
}

// isStatementTitle reports whether the title holds one of statementWords,
// in any case. A title of at most 400 ASCII bytes is lower-cased on the
// stack.
func isStatementTitle(title string) bool {
	var buf [400]byte
	if len(title) > len(buf) {
		return containsStatementWord(strings.ToLower(title))
	}
	for i := 0; i < len(title); i++ {
		b := title[i]
		if b >= utf8.RuneSelf {
			return containsStatementWord(strings.ToLower(title))
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	low := buf[:len(title)]
	for _, w := range statementWords {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

// containsStatementWord reports whether the lower-case title holds one of
// statementWords.
func containsStatementWord(title string) bool {
	for _, w := range statementWords {
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

// Template returns an Event with the PLOVER type, mode, CAMEO code and
// Goldstein score of a CAMEO code filled in, for callers that code an event
// found by other means; it reports false for a code without a PLOVER type.
func Template(cameo string) (Event, bool) {
	info, ok := loadLexicon().cameo[cameo]
	if !ok || info.Type == "" {
		return Event{}, false
	}
	return Event{Type: info.Type, Mode: info.Mode, CAMEO: cameo, Goldstein: info.Goldstein}, true
}
