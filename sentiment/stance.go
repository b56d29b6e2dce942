package sentiment

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/diplomacy-go/diplomacy/entities"

	itext "github.com/diplomacy-go/diplomacy/internal/text"
)

// Voice is a stretch of text spoken by an actor: a direct quote or reported speech.
type Voice struct {
	entities.Span
	Actor string // the speaker's actor code; "" when unknown
}

// Stance is one actor's attitude to another. JSON order: holder, target, polarity, score, evidence.
type Stance struct {
	Holder   string            `json:"holder"`
	Target   string            `json:"target"`
	Polarity string            `json:"polarity"` // "positive" or "negative"
	Score    float64           `json:"score"`    // in [-1, 1], rounded to 2 decimals
	Evidence entities.Evidence `json:"evidence"`
}

// Polarities of a Stance.
const (
	Positive = "positive"
	Negative = "negative"
)

// Weights of the three ways a term shows a stance, and the least summed
// strength a pair needs to be reported.
const (
	weightAttitude   = 1.0
	weightEvent      = 0.8
	weightEvaluative = 0.7
	minStrength      = 0.4
	evalWindow       = 5 // tokens between an evaluative term and its actor
)

// actorMention is an entity mention that can hold or receive a stance, in
// token positions.
type actorMention struct {
	t0, t1 int // tokens [t0, t1)
	code   string
	form   string
	kind   entities.Kind
}

// doc is the working state of Stances over one text.
type doc struct {
	l      *Lexicon
	text   string
	tokens        // the tokens of text, with low = itext.LowerASCII(text)
	items  []item // lexicon items over all tokens
	itemIndex
	ment     []int32  // token index -> 1 + actor mention index, 0 if none
	named    []bool   // token index -> inside any entity mention (no sentiment there)
	vspan    [][2]int // voice index -> token range
	ments    []actorMention
	voice    []int32 // token index -> 1 + voice index, 0 if none (see voiceAt)
	voices   []Voice
	issuers  []string
	lastSpkr []string
	// lastSpkrAt is the sentence index where lastSpkr was set; sentIdx the
	// sentence being read
	lastSpkrAt, sentIdx int
	// turn is the speaker of the current turn of a transcript ("Q:",
	// "SERGEY LAVROV:"); inTurn says whether a turn label was seen
	turn   []string
	inTurn bool
	// reusable buffers
	codes    []string // the arena of code lists (see one)
	accs     []pairAcc
	accIdx   map[pairKey]int32 // pair -> index in accs, past maxLinearPairs pairs
	hitBuf   []hit
	contribs []contribution
	spanBuf  [][2]int
	// spans are the sentences' token ranges; prevSent is the token range of
	// the previous sentence read, for "the move" (hasPrev says whether one was)
	spans    [][2]int
	prevSent [2]int
	hasPrev  bool
	// toneAt is the first token of the sentence tone scored last; toneHit,
	// sentHit and spkrAt where the last searches of scored and termed ended
	toneAt, toneHit, sentHit, spkrAt int
	// rangeAt is the first token of the span tokenRange read last
	rangeAt int
}

// contribution is one term's evidence for a (holder, target) pair.
type contribution struct {
	holder, target string
	value          float64
	sent           entities.Span
	order          int
}

// Stances finds the stances of a text: sents are sentence spans (byte offsets into text,
// in order), mentions the entity mentions sorted by Start, voices the quotes with their
// speaker actors.
//
// A stance comes from an attitude term with its holder and object ("X
// condemned Y", "X thanked Y", "Y-backed"), from a hostile act whose agent is
// the target ("Russia's aggression"), or from an evaluative term next to an
// actor inside the words of a speaker (a quote, reported speech, or the
// issuers of a joint statement, to whom "we" and "our" refer). Stances are
// aggregated per (holder, target) pair over the document; only the dominant
// polarity of a pair is reported, with the sentence of its strongest evidence.
func (l *Lexicon) Stances(text string, sents []entities.Span, mentions []entities.Mention, voices []Voice) []Stance {
	if l == nil || len(text) == 0 {
		return nil
	}
	if !anyActor(text, mentions) {
		return nil // cheap gate: no mention can hold or receive a stance
	}
	d := newDoc(l, text, mentions, voices, true)
	defer d.release()
	return d.stances(sents)
}

// Analyze returns what Stances and Tone return for the same arguments, but
// reads the text once: call it rather than both when both are wanted.
func (l *Lexicon) Analyze(text string, sents []entities.Span, mentions []entities.Mention, voices []Voice) ([]Stance, float64) {
	if l == nil || len(text) == 0 {
		return nil, l.Tone(text, sents)
	}
	actors := anyActor(text, mentions)
	d := newDoc(l, text, mentions, voices, actors)
	defer d.release()
	var st []Stance
	if actors {
		st = d.stances(sents)
	}
	return st, d.tone(sents)
}

// stances is Stances over the doc.
func (d *doc) stances(sents []entities.Span) []Stance {
	text := d.text
	if len(d.ments) == 0 {
		return nil
	}
	spans := d.sentenceTokens(sents)
	d.spans = spans
	d.issuers = d.findIssuers(spans)
	contribs := d.contribs[:0]
	defer func() { d.contribs = contribs }()
	for si, sp := range spans {
		if sp[0] >= sp[1] {
			continue
		}
		sent := entities.Span{Start: d.toks[sp[0]].start, End: d.toks[sp[1]-1].end}
		if si < len(sents) && validSpan(sents[si], len(text)) {
			sent = sents[si]
		}
		d.sentIdx = si
		d.turnLabel(sp[0], sp[1])
		contribs = d.sentence(sp[0], sp[1], sent, contribs)
	}
	return d.aggregate(contribs)
}

func validSpan(s entities.Span, n int) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }

// anyActor reports whether some mention may become an actor mention of a
// doc: the test newDoc applies before it looks at tokens.
func anyActor(text string, mentions []entities.Mention) bool {
	for _, m := range mentions {
		if !validSpan(m.Span, len(text)) || m.Start == m.End || m.Code == "" {
			continue
		}
		if m.Kind == entities.KindPlace || m.Form == "group" || m.Form == "city" || m.Form == "state" {
			continue
		}
		return true
	}
	return false
}

// docPool recycles the buffers of docs; a doc's results never point into them.
var docPool = sync.Pool{New: func() any { return new(doc) }}

// resize returns s with length n, reusing its array when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// zeroed returns s resized to n elements, all zero: cleared when reused,
// as made when new (not cleared twice).
func zeroed[T any](s []T, n int) []T {
	if cap(s) >= n {
		s = s[:n]
		clear(s)
		return s
	}
	return make([]T, n)
}

// reserve returns s emptied, with room for n elements.
func reserve[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// gallop is sort.Search over [0, n) for a predicate that is false and then
// true, galloping from a hint: the sentences, mentions and terms are read
// in order, so the answer is often a little after the last one. From hint,
// when the predicate is false just before it, it looks 1, 2, 4 ...
// elements ahead until the predicate holds, then bisects the last step;
// the answer is the same as from 0.
func gallop(n, hint int, ok func(int) bool) int {
	lo := 0
	if hint > 0 && hint <= n && !ok(hint-1) {
		lo = hint
	}
	hi, step := lo, 1
	for hi < n && !ok(hi) {
		lo = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, n)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ok(m) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// searchEnd returns the first token from which toks[k].end > pos.
func searchEnd(toks []token, hint, pos int) int {
	return gallop(len(toks), hint, func(k int) bool { return toks[k].end > pos })
}

// searchStart returns the first token from which toks[k].start >= pos.
func searchStart(toks []token, hint, pos int) int {
	return gallop(len(toks), hint, func(k int) bool { return toks[k].start >= pos })
}

// searchIdx returns the first index from which int(idx[x]) >= k.
func searchIdx(idx []int32, hint, k int) int {
	return gallop(len(idx), hint, func(x int) bool { return int(idx[x]) >= k })
}

// maxPooled is the most tokens a doc's buffers may hold to go back to the
// pool: the buffers of a huge text are left to the collector.
const maxPooled = 1 << 16

// newDoc reads text into a doc from the pool; with actors false it maps no
// mentions or voices, and serves for the tone only.
func newDoc(l *Lexicon, text string, mentions []entities.Mention, voices []Voice, actors bool) *doc {
	d := docPool.Get().(*doc)
	*d = doc{l: l, text: text, voices: voices,
		tokens: tokens{toks: d.toks, extra: d.extra}, items: d.items[:0], itemIndex: itemIndex{itemAt: d.itemAt, scored: d.scored[:0], termed: d.termed[:0]}, ment: d.ment, voice: d.voice,
		named: d.named, vspan: d.vspan, ments: d.ments[:0], hitBuf: d.hitBuf[:0],
		contribs: d.contribs[:0], spanBuf: d.spanBuf[:0], codes: d.codes[:0], accs: d.accs[:0], accIdx: d.accIdx}
	// size the buffers from the text up front: wire copy has about one
	// token per five bytes
	d.toks = reserve(d.toks, len(text)/4+16)
	d.reset(itext.LowerASCII(text))
	appendTokens(&d.tokens, text)
	d.items = l.appendMatch(reserve(d.items, len(d.toks)), &d.tokens, &d.itemIndex)
	if actors {
		d.mapActors(mentions, voices)
	}
	return d
}

// mapActors maps the mentions and voices to the doc's tokens.
func (d *doc) mapActors(mentions []entities.Mention, voices []Voice) {
	text := d.text
	d.ment = zeroed(d.ment, len(d.toks))
	d.voice = zeroed(d.voice, len(d.toks))
	d.named = zeroed(d.named, len(d.toks))
	for _, m := range mentions {
		if !validSpan(m.Span, len(text)) || m.Start == m.End {
			continue
		}
		t0, t1 := d.tokenRange(m.Start, m.End)
		for t := t0; t < t1; t++ {
			d.named[t] = true
		}
		if m.Code == "" {
			continue
		}
		if m.Kind == entities.KindPlace || m.Form == "group" || m.Form == "city" || m.Form == "state" {
			continue
		}
		if t0 >= t1 {
			continue
		}
		if m.Kind != entities.KindLeader && d.groupAfter(t1) {
			continue // "the Syrian opposition" is not the Syrian state
		}
		if t0 >= 2 && d.toks[t0].hyphen && notStatePrefix.has(d.norm(t0-2)) || notStatePrefix.has(d.norm(t0)) && t0+1 < t1 && d.norm(t0+1) == "-" {
			continue // "post-Soviet", "anti-American"
		}
		free := true
		for t := t0; t < t1; t++ {
			if d.ment[t] > 0 {
				free = false
			}
		}
		if !free {
			continue
		}
		idx := len(d.ments)
		if idx == cap(d.ments) {
			d.ments = slices.Grow(d.ments, len(mentions)) // at most one per mention
		}
		d.ments = append(d.ments, actorMention{t0: t0, t1: t1, code: m.Code, form: m.Form, kind: m.Kind})
		for t := t0; t < t1; t++ {
			d.ment[t] = int32(idx) + 1
		}
	}
	d.vspan = zeroed(d.vspan, len(voices))
	for vi, v := range voices {
		if !validSpan(v.Span, len(text)) {
			continue
		}
		t0, t1 := d.tokenRange(v.Start, v.End)
		d.vspan[vi] = [2]int{t0, t1}
		for t := t0; t < t1; t++ {
			if d.voice[t] == 0 {
				d.voice[t] = int32(vi) + 1
			}
		}
	}
}

// release returns the buffers of d to the pool, dropping its references to
// the caller's text and mentions.
func (d *doc) release() {
	if cap(d.toks) > maxPooled {
		*d = doc{}
		return
	}
	clear(d.extra)
	clear(d.ments)
	clear(d.contribs)
	clear(d.codes)
	if len(d.accIdx) > maxLinearPairs*64 {
		d.accIdx = nil // do not keep the index of a huge text
	}
	clear(d.accIdx)
	*d = doc{tokens: tokens{toks: d.toks[:0], extra: d.extra[:0]}, items: d.items[:0], itemIndex: itemIndex{itemAt: d.itemAt, scored: d.scored[:0], termed: d.termed[:0]}, ment: d.ment, voice: d.voice,
		named: d.named, vspan: d.vspan, ments: d.ments[:0], hitBuf: d.hitBuf[:0],
		contribs: d.contribs[:0], spanBuf: d.spanBuf[:0], codes: d.codes[:0], accs: d.accs[:0], accIdx: d.accIdx}
	docPool.Put(d)
}

// groupAfter reports whether the words after a country name make it a group
// of people rather than the state: "Syrian rebels", "American aid groups".
func (d *doc) groupAfter(t int) bool {
	for k := t; k < len(d.toks) && k < t+2; k++ {
		if d.toks[k].kind != tokWord {
			return false
		}
		if groupNouns.has(d.norm(k)) {
			return true
		}
	}
	return false
}

// tokenRange returns the tokens that overlap [start, end).
func (d *doc) tokenRange(start, end int) (int, int) {
	t0 := searchEnd(d.toks, d.rangeAt, start)
	t1 := searchStart(d.toks, t0, end)
	d.rangeAt = t0 // mentions come in order: search on from here
	return t0, t1
}

// sentenceTokens maps sentence spans to token ranges; with no sentences the
// whole text is one.
func (d *doc) sentenceTokens(sents []entities.Span) [][2]int {
	if len(sents) == 0 {
		d.spanBuf = append(d.spanBuf[:0], [2]int{0, len(d.toks)})
		return d.spanBuf
	}
	out := d.spanBuf[:0]
	defer func() { d.spanBuf = out }()
	prev := 0 // sentences come in order: search on from the end of the last one
	for _, s := range sents {
		if !validSpan(s, len(d.text)) {
			out = append(out, [2]int{0, 0})
			continue
		}
		t0 := searchStart(d.toks, prev, s.Start)
		t1 := searchEnd(d.toks, t0, s.End)
		prev = t1
		out = append(out, [2]int{t0, t1})
	}
	return out
}

// Word classes used to read the shape of a clause.
var (
	firstPerson  = set("we", "our", "us", "i", "my", "me", "ours", "ourselves")
	thirdSingle  = set("he", "she", "his", "her", "him")
	victimPreps  = set("on", "against", "upon", "into", "toward", "towards", "at", "in", "inside", "near", "across", "over")
	locPreps     = set("in", "at", "near", "inside", "across", "within")
	relativeWord = set("that", "which", "who", "whom")
	listWords    = set("and", ",", "the", "of", "together", "with", "as", "well", "also", "both", "president", "presidents",
		"prime", "minister", "ministers", "chancellor", "leaders", "leader", "heads", "head", "state", "government", "governments",
		"king", "queen", "emir", "premier", "foreign", "secretary", "general", "high", "representative", "commission",
		"council", "taoiseach", "his", "her", "majesty", "excellency", "federal", "vice")
	subjectSkip = set("has", "have", "had", "is", "are", "was", "were", "will", "would", "shall", "should", "can",
		"could", "may", "might", "must", "also", "today", "yesterday", "tonight", "again", "already", "still", "now",
		"then", "further", "once", "been", "be", "being", "to", "continue", "continues", "continued", "on", "monday",
		"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "night", "week", "earlier", "later",
		"recently", "previously", "itself", "himself", "herself", "themselves", "all", "both", "each", "alone",
		"jointly", "together", "not", "n't", "never", "do", "does", "did", "wants", "want", "wanted", "intend",
		"intends", "plan", "plans", "promised", "vowed", "pledged", "agreed", "decided", "sought", "seeks", "tried",
		"expressed", "express", "expresses", "publicly", "openly", "soon", "swiftly", "quickly", "immediately",
		"formally", "officially", "reportedly", "allegedly", "even", "just", "only", "this", "morning", "evening")
	agentWords = set("ministry", "statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
		"government", "president", "minister", "foreign", "leader", "ambassador", "embassy", "office", "agency", "news",
		"press", "source", "sources", "diplomat", "diplomats", "delegation", "envoy", "army", "military", "authorities",
		"representative", "parliament", "secretary", "chancellor", "premier", "king", "cabinet", "administration",
		"communique", "communiqué", "declaration", "spokesmen", "presidency", "state", "department", "mission", "the",
		"a", "an", "prime", "deputy", "top", "senior", "spokesperson", "spokespeople", "chief", "secretary-general",
		"ministry's", "ministers", "officer", "adviser", "advisor", "aide", "aides", "negotiator", "negotiators",
		"counterpart", "counterparts")
	eventSkip = set("'s", "the", "its", "their", "his", "her", "continued", "ongoing", "full-scale", "military",
		"missile", "air", "armed", "brutal", "illegal", "unprovoked", "renewed", "latest", "recent", "new", "repeated",
		"deliberate", "further", "premeditated", "large-scale", "full", "scale", "-", "and", "war", "drone", "nuclear")
	determiners = set("the", "a", "an", "these", "those", "this", "its", "their", "our", "his", "her", "my",
		"your", "new", "further", "additional", "such", "any", "more", "'s", "full", "steadfast", "unwavering",
		"continued", "strong", "firm", "of", "no")
	objectPreps   = set("for", "to", "on", "against", "of", "with", "toward", "towards", "upon", "over")
	abstractNouns = set("fact", "situation", "way", "idea", "notion", "practice", "trend", "tendency", "possibility",
		"prospect", "state", "conditions", "level", "rate", "price", "prices", "costs", "lack", "absence", "failure")
	timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "the")
	nounSuffixes  = []string{"tion", "sion", "ment", "ance", "ence", "ism", "ity", "ship", "tude", "ude", "ers"}
	gerundPreps   = set("in", "by", "after", "while", "before", "without", "for", "of", "when", "on", "since")
	passiveAux    = set("was", "were", "is", "are", "been", "being", "has", "have", "had", "be", "strongly", "also")
	nounModifiers = set("economic", "military", "financial", "humanitarian", "political", "diplomatic", "development",
		"international", "western", "foreign", "global", "public")
	receiveCues = set("face", "faces", "faced", "facing", "feel", "feels", "felt", "under", "amid", "despite", "receive",
		"received", "receives", "won", "win", "wins", "gained", "enjoy", "enjoys", "enjoyed", "drew", "draws", "drawn")
	anaphorDets    = set("the", "this", "that", "these", "such")
	verbCue        = set("to", "will", "would", "could", "shall", "should", "may", "might", "can", "must", "we", "it", "they", "i", "not", "never")
	issuerDocWords = set("statement", "statements", "declaration", "communique", "communiqué", "remarks", "address",
		"speech", "interview", "comment", "comments", "message", "briefing", "op-ed", "letter", "answers")
	notStatePrefix = set("post", "pre", "anti", "non", "ex", "pan", "trans", "inter", "intra", "neo", "pro")
	suffererTerms  = set("genocide", "massacre", "massacres", "slaughter", "ethnic cleansing", "persecution",
		"persecuted", "repression", "oppression", "atrocity", "atrocities", "killings", "famine", "holocaust")
	hostileMeasure = set("sanctions", "sanction", "embargo", "embargoes", "restrictive measures", "countermeasures")
	groupNouns     = set("opposition", "rebels", "rebel", "insurgents", "insurgent", "militants", "militant", "militia",
		"militias", "fighters", "separatists", "separatist", "dissidents", "dissident", "protesters", "protestors",
		"demonstrators", "refugees", "exiles", "activists", "kurds", "jihadists", "extremists", "terrorists",
		"guerrillas", "guerrilla", "gunmen", "hackers", "smugglers", "nationals", "citizens", "civilians", "students",
		"workers", "fishermen", "businessmen", "investors", "migrants", "diaspora", "émigrés", "emigres", "tourists",
		"hostages", "prisoners", "veterans", "communities", "cities", "towns",
		"villages", "media", "press", "voters", "groups", "group", "charities", "charity", "doctors", "volunteers",
		"ngos", "ngo", "lawmakers", "opposition's", "descent", "origin", "émigré", "emigre", "terrorist", "militant",
		"national", "citizen", "man", "woman", "men", "women", "journalist", "journalists", "businessman", "activist",
		"student", "tourist", "worker", "fighter", "dollar", "dollars", "currency", "stocks", "shares", "exporters",
		"importers", "producers", "makers", "chipmakers", "manufacturers", "farmers", "consumers", "trusts", "bonds",
		"securities", "savers", "language")
	titleWords = set("president", "prime", "minister", "foreign", "government", "king", "queen", "leader", "people",
		"chancellor", "ambassador", "officials", "authorities", "embassy", "forces", "troops", "army", "navy")
)

func (d *doc) norm(t int) string { return d.normAt(t) }

// isBoundaryTok reports whether token t ends a clause.
func (d *doc) isBoundaryTok(t int) bool { return d.toks[t].isBoundary() || d.toks[t].x == normQuote }

// voiceAt returns the voice at token t, or -1.
func (d *doc) voiceAt(t int) int { return int(d.voice[t]) - 1 }

// mentionAt returns the actor mention at token t, or -1.
func (d *doc) mentionAt(t int) int {
	if t < 0 || t >= len(d.toks) {
		return -1
	}
	return int(d.ment[t]) - 1
}

// group returns the codes of the mention at index m and of the mentions
// coordinated with it ("X and Y", "X, Y and Z", "Russian-Cuban") within [lo, hi).
func (d *doc) group(m, lo, hi int) []string {
	start := len(d.codes)
	d.codes = append(d.codes, d.ments[m].code)
	// forward
	for t := d.ments[m].t1; t < hi; {
		sep := t
		for sep < hi && d.groupSep(sep) {
			sep++
		}
		if sep == t || sep >= hi {
			break
		}
		n := d.mentionAt(sep)
		if n < 0 {
			break
		}
		d.addCode(start, d.ments[n].code)
		t = d.ments[n].t1
	}
	// backward
	for t := d.ments[m].t0 - 1; t >= lo; {
		sep := t
		for sep >= lo && d.groupSep(sep) {
			sep--
		}
		if sep == t || sep < lo {
			break
		}
		n := d.mentionAt(sep)
		if n < 0 {
			break
		}
		d.addCode(start, d.ments[n].code)
		t = d.ments[n].t0 - 1
	}
	return d.codes[start:len(d.codes):len(d.codes)]
}

// groupEnd returns the token after the last mention coordinated with m
// ("in Kenya and Tanzania").
func (d *doc) groupEnd(m, hi int) int {
	end := d.ments[m].t1
	for t := end; t < hi; {
		sep := t
		for sep < hi && (d.norm(sep) == "and" || d.norm(sep) == "," || d.norm(sep) == "the" || d.norm(sep) == "or") {
			sep++
		}
		n := d.mentionAt(sep)
		if sep == t || n < 0 {
			break
		}
		end = d.ments[n].t1
		t = end
	}
	return end
}

// groupSep reports whether token t may stand between coordinated actors:
// "X and Y", "X, Y", "Russian-Cuban", "X and his Iranian counterpart Y".
func (d *doc) groupSep(t int) bool {
	switch w := d.norm(t); w {
	case "and", ",", "-", "the", "both", "his", "her", "its", "their", "counterpart", "counterparts":
		return true
	default:
		return d.mentionAt(t) < 0 && (titleWords.has(w) || agentWords.has(w) && w != "a" && w != "an")
	}
}

// one returns the list of the single code c. Code lists are cut from the
// doc's arena rather than allocated: no list outlives the doc (stances copy
// the strings), each list is a fresh stretch of the arena (so lists that
// are different slices stay different, as the speaker tracking of sentence
// needs), and each has its length as capacity (so appending to it copies).
func (d *doc) one(c string) []string {
	d.codes = append(d.codes, c)
	n := len(d.codes)
	return d.codes[n-1 : n : n]
}

// addCode appends c to the code list being built at d.codes[start:] unless
// it is empty or already there: appendUnique for the arena.
func (d *doc) addCode(start int, c string) {
	if c == "" || contains(d.codes[start:], c) {
		return
	}
	d.codes = append(d.codes, c)
}

func appendUnique(s []string, v ...string) []string {
	for _, x := range v {
		found := false
		for _, y := range s {
			if y == x {
				found = true
				break
			}
		}
		if !found && x != "" {
			s = append(s, x)
		}
	}
	return s
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// findIssuers reads the authors of a statement from its first sentences:
// "Joint Statement by X and Y", "We, the leaders of X, Y and Z".
func (d *doc) findIssuers(spans [][2]int) []string {
	n := min(len(spans), 3)
	if n == 0 {
		return nil
	}
	// "We, the leaders of X, Y and Z" anywhere declares the authors
	// (when no token can be "we", the scan of all tokens is skipped)
	we := mayHoldWord(d.low, "we")
	for s := 0; we && s < len(spans); s++ {
		lo, hi := spans[s][0], spans[s][1]
		for t := lo; t+4 < hi; t++ {
			if d.norm(t) != "we" {
				continue
			}
			k := t + 1
			if d.norm(k) == "," {
				k++
			}
			if d.norm(k) == "the" {
				k++
			}
			if k+1 < hi && (d.norm(k) == "leaders" || d.norm(k) == "heads" || d.norm(k) == "governments" || d.norm(k) == "ministers" || d.norm(k) == "representatives") && d.norm(k+1) == "of" {
				if codes := d.listAfter(k+2, hi); len(codes) > 0 {
					return codes
				}
			}
		}
	}
	isStatement := false
	for s := 0; s < n; s++ {
		for t := spans[s][0]; t < spans[s][1]; t++ {
			if tk := &d.toks[t]; tk.x == 0 {
				// the norm is the token's bytes: most words are
				// ruled out by their length
				switch tk.end - tk.start {
				case len("we"), len("statement"), len("communique"), len("declaration"):
				default:
					continue
				}
			}
			switch d.norm(t) {
			case "statement", "declaration", "communique", "communiqué":
				isStatement = true
			case "we":
				if t+2 < spans[s][1] && (d.norm(t+1) == "," || d.norm(t+1) == "the") {
					isStatement = true
				}
			}
		}
	}
	for t := spans[0][0]; t < spans[0][1]; t++ {
		isStatement = isStatement || issuerDocWords.has(d.norm(t))
	}
	if !isStatement || !d.speaksFirstPerson(spans) {
		return nil
	}
	// "leaders of <list>" anywhere in the first sentences
	for s := 0; s < n; s++ {
		lo, hi := spans[s][0], spans[s][1]
		for t := lo; t+1 < hi; t++ {
			w := d.norm(t)
			if (w == "leaders" || w == "governments" || w == "ministers" || w == "heads") && d.norm(t+1) == "of" {
				if codes := d.listAfter(t+2, hi); len(codes) > 0 {
					return codes
				}
			}
		}
	}
	if codes := d.headlineIssuer(spans[0][0], spans[0][1]); len(codes) > 0 {
		return codes
	}
	// "The United States condemns ...": the actor opening the statement
	for s := 1; s < n; s++ {
		if codes := d.sentenceSubject(spans[s][0], spans[s][1]); len(codes) > 0 {
			return codes
		}
	}
	return nil
}

// speaksFirstPerson reports whether the body of the document, outside
// quotations, says "we" or "I": a statement speaks for its authors, a news
// report about a statement does not.
func (d *doc) speaksFirstPerson(spans [][2]int) bool {
	for _, sp := range spans[1:] {
		for t := sp[0]; t < sp[1]; t++ {
			if w := d.norm(t); (w == "we" || w == "our" || w == "i") && d.voiceAt(t) < 0 {
				return true
			}
		}
	}
	return false
}

// headlineIssuer reads the author of a statement, speech or interview from
// its headline: "Statement by X", "Remarks of X", "X's interview to ...".
func (d *doc) headlineIssuer(lo, hi int) []string {
	for t := lo; t+1 < hi; t++ {
		if !issuerDocWords.has(d.norm(t)) {
			continue
		}
		if w := d.norm(t + 1); w == "by" || w == "of" || w == "from" {
			if codes := d.listAfter(t+2, hi); len(codes) > 0 {
				return codes
			}
		}
		// "Foreign Minister Sergey Lavrov's interview", "X's remarks and answers"
		for b := t - 1; b >= lo && b >= t-4; b-- {
			if d.norm(b) != "'s" {
				continue
			}
			if m := d.mentionAt(b - 1); m >= 0 {
				return d.one(d.ments[m].code)
			}
		}
	}
	return nil
}

// listAfter collects the actor codes of a list of names starting at token t.
func (d *doc) listAfter(t, hi int) []string {
	start := len(d.codes)
	gap := 0
	for t < hi {
		if m := d.mentionAt(t); m >= 0 {
			d.addCode(start, d.ments[m].code)
			t = d.ments[m].t1
			gap = 0
			continue
		}
		w := d.norm(t)
		tk := d.toks[t]
		if listWords.has(w) || agentWords.has(w) || (tk.kind == tokWord && tk.upper && gap < 6) {
			gap++
			if gap > 8 {
				break
			}
			t++
			continue
		}
		break
	}
	if len(d.codes) == start {
		return nil
	}
	return d.codes[start:len(d.codes):len(d.codes)]
}

// turnLabel reads a speaker label opening a paragraph of a transcript:
// "SERGEY LAVROV:", "Question:", "Q:". The label names the speaker of the
// text up to the next label: the actor of a leader mentioned in the document
// under that name, or nobody known.
func (d *doc) turnLabel(lo, hi int) {
	if lo >= hi {
		return
	}
	if st := d.toks[lo].start; st > 0 && !strings.Contains(d.text[max(0, st-3):st], "\n") {
		return
	}
	colon := -1
	for t := lo; t < hi && t < lo+5; t++ {
		if d.norm(t) == ":" {
			colon = t
			break
		}
		if tk := d.toks[t]; tk.kind != tokWord || !tk.upper {
			return
		}
	}
	if colon <= lo {
		return
	}
	d.inTurn, d.turn = true, nil
	for t := lo; t < colon; t++ {
		if m := d.mentionAt(t); m >= 0 {
			d.turn = d.one(d.ments[m].code)
			return
		}
	}
	last := d.norm(colon - 1)
	for _, m := range d.ments {
		if m.kind == entities.KindLeader && d.norm(m.t1-1) == last {
			d.turn = d.one(m.code)
			return
		}
	}
}

// speakerAt returns the holder of an unmarked evaluation at token t: the
// quote's speaker, else the sentence's reported speaker, else the speaker of
// the transcript turn, else the issuers of a statement.
func (d *doc) speakerAt(t int, sentSpkr []string) []string {
	if v := d.voiceAt(t); v >= 0 {
		if d.voices[v].Actor == "" {
			return nil
		}
		return d.one(d.voices[v].Actor)
	}
	if len(sentSpkr) > 0 {
		return sentSpkr
	}
	if d.inTurn {
		return d.turn
	}
	return d.issuers
}

// firstPersonAt resolves "we", "our" at token t.
func (d *doc) firstPersonAt(t int, sentSpkr []string) []string {
	if v := d.voiceAt(t); v >= 0 {
		if d.voices[v].Actor == "" {
			return nil
		}
		return d.one(d.voices[v].Actor)
	}
	if d.inTurn {
		return d.turn
	}
	if len(d.issuers) > 0 {
		return d.issuers
	}
	return sentSpkr
}

// subjectBefore looks back from token t (exclusive) for the subject of a verb
// or the possessor of a noun: an actor mention or a pronoun, with only
// auxiliaries, adverbs and time words between. It returns the codes and
// whether a subject was found.
func (d *doc) subjectBefore(t, lo int, sentSpkr []string) ([]string, bool) {
	steps := 0
	for b := t - 1; b >= lo && steps < 6; b-- {
		if m := d.mentionAt(b); m >= 0 {
			mt0 := d.ments[m].t0
			// an object of a preposition is not a subject, except "leaders of X"
			if p := mt0 - 1; p >= lo {
				pw := d.norm(p)
				if pw == "the" && p-1 >= lo {
					pw = d.norm(p - 1)
				}
				if victimPreps.has(pw) || pw == "for" || pw == "with" || pw == "by" || pw == "to" || pw == "from" {
					return nil, false
				}
			}
			return d.group(m, lo, t), true
		}
		w := d.norm(b)
		if firstPerson.has(w) {
			if c := d.firstPersonAt(b, sentSpkr); len(c) > 0 {
				return c, true
			}
			return nil, false
		}
		if w == "its" || w == "their" {
			for k := b - 1; k >= lo && k >= b-10; k-- {
				if m := d.mentionAt(k); m >= 0 {
					return d.group(m, lo, b), true
				}
				if d.blocks(k) {
					break
				}
			}
			return nil, false
		}
		if thirdSingle.has(w) || w == "it" || w == "they" {
			// an explicit subject: resolved or nobody
			if d.voiceAt(b) >= 0 {
				return nil, true
			}
			if (w == "it" || w == "they") && len(sentSpkr) > 0 {
				return sentSpkr, true
			}
			if thirdSingle.has(w) && len(d.lastSpkr) > 0 && d.sentIdx-d.lastSpkrAt <= 2 {
				return d.lastSpkr, true
			}
			return nil, true
		}
		if w == "who" || w == "which" {
			k := b - 1
			if k >= lo && d.norm(k) == "," {
				k--
			}
			if m := d.mentionAt(k); m >= 0 {
				return d.group(m, lo, k+1), true
			}
			return nil, true
		}
		if tk := d.toks[b]; tk.upper && b > lo && !d.isBoundaryTok(b-1) && !subjectSkip.has(w) && !agentWords.has(w) && !titleWords.has(w) {
			return nil, true // a subject the mentions do not know: "Mr. Smith said"
		}
		tk := d.toks[b]
		switch {
		case subjectSkip.has(w), w == "'s", agentWords.has(w):
		case tk.kind == tokWord && strings.HasSuffix(w, "ly") && len(w) > 4:
		case d.items[d.itemAt[b]].term != nil && d.items[d.itemAt[b]].term.Kind >= KindNegator:
		case tk.kind != tokWord || w == "and" || w == "but" || w == "or" || w == "then" || w == "also":
			return nil, false // a clause or list boundary: look further
		case gerundPreps.has(w) && strings.HasSuffix(d.norm(t), "ing"):
			return nil, false // "in welcoming", "by condemning"
		case d.items[d.itemAt[b]].term != nil:
			return nil, false
		default:
			return nil, true // a subject the mentions do not know: "speaker after speaker condemned"
		}
		steps++
	}
	return nil, false
}

// clauseSubject returns the subject that opens the clause of token t: the
// first actor mention or first-person pronoun before t that is not the
// object of a preposition or a possessor ("Canada imposed new sanctions").
func (d *doc) clauseSubject(t, lo int, sentSpkr []string) ([]string, bool) {
	start := lo
	for k := t - 1; k >= lo; k-- {
		if w := d.norm(k); w == ";" || w == ":" || w == "\"" {
			start = k + 1
			break
		}
	}
	if t-start > 12 {
		return nil, false
	}
	for k := start; k < t; k++ {
		w := d.norm(k)
		tk := d.toks[k]
		if d.mentionAt(k) < 0 && !firstPerson.has(w) && !(tk.upper || subjectSkip.has(w) || agentWords.has(w) || w == "," || w == "'s") {
			return nil, false // past the opening words of the clause
		}
		if firstPerson.has(w) {
			if c := d.firstPersonAt(k, sentSpkr); len(c) > 0 {
				return c, true
			}
			return nil, false
		}
		m := d.mentionAt(k)
		if m < 0 {
			if d.isBoundaryTok(k) && !(w == "," && k == start+1) {
				return nil, false
			}
			continue
		}
		am := d.ments[m]
		if am.t1+1 < t && d.norm(am.t1) == "'s" && !agentWords.has(d.norm(am.t1+1)) {
			return nil, false // a possessor, unless of a speaker: "Iran's foreign ministry"
		}
		if p := am.t0 - 1; p >= start {
			pw := d.norm(p)
			if pw == "the" && p-1 >= start {
				pw = d.norm(p - 1)
			}
			if victimPreps.has(pw) || objectPreps.has(pw) || pw == "by" || pw == "from" {
				return nil, false
			}
		}
		return d.group(m, start, t), true
	}
	return nil, false
}

// sentenceSubject returns the actor that opens the sentence as its subject:
// "Xi Jinping arrived ...", "The Iranian foreign minister said ...".
func (d *doc) sentenceSubject(lo, hi int) []string {
	for k := lo; k < hi && k < lo+6; k++ {
		if m := d.mentionAt(k); m >= 0 {
			am := d.ments[m]
			if am.t1 < hi && d.norm(am.t1) == "'s" && (am.t1+1 >= hi || !agentWords.has(d.norm(am.t1+1))) {
				return nil
			}
			return d.group(m, lo, hi)
		}
		w := d.norm(k)
		if !(d.toks[k].upper || agentWords.has(w) || w == "the" || w == "a" || w == "an") {
			return nil
		}
	}
	return nil
}

// sentenceSpeaker finds who speaks in a sentence outside quotes: "X said",
// "said X", "according to X", "X quoted Y as saying", "X welcomed ...".
func (d *doc) sentenceSpeaker(lo, hi int) []string {
	// only the lexicon terms can be verbs of saying
	k0 := int32(d.itemAt[lo])
	x := searchIdx(d.termed, d.spkrAt, int(k0))
	d.spkrAt = x
	for ; x < len(d.termed) && d.items[d.termed[x]].i < hi; x++ {
		it := d.items[d.termed[x]]
		if it.term.Tags&TagSpeech == 0 || d.voiceAt(it.i) >= 0 {
			continue
		}
		if it.term.Text == "according to" {
			if m := d.mentionAfter(it.j, hi, 3); m >= 0 {
				return d.group(m, lo, hi)
			}
			continue
		}
		if it.term.Text == "quoted" {
			for t := it.j; t < hi && t < it.j+5; t++ {
				if m := d.mentionAt(t); m >= 0 {
					return d.one(d.ments[m].code)
				}
				if thirdSingle.has(d.norm(t)) && len(d.lastSpkr) > 0 {
					return d.lastSpkr
				}
			}
			continue
		}
		if it.i == lo || (it.i == lo+1 && d.toks[lo].kind == tokPunct) {
			continue // a participle opening the sentence: "Welcoming X's offer, Y said"
		}
		if codes, ok := d.subjectBefore(it.i, lo, nil); ok && len(codes) > 0 {
			return codes
		}
		// "The ministry said", "Foreign Secretary welcomes": an unnamed
		// official speaks for the actor who spoke last
		if len(d.lastSpkr) > 0 && d.unnamedAgent(lo, it.i) {
			return d.lastSpkr
		}
		// inverted: `", said X"`, `" said the Kremlin"`
		if p := d.norm(it.i - 1); (p == "," || p == "\"") && it.term.Tags&TagAttitude == 0 {
			if m := d.mentionAfter(it.j, hi, 3); m >= 0 {
				return d.one(d.ments[m].code)
			}
		}
	}
	return nil
}

// unnamedAgent reports whether tokens [lo, t) are only an official's title
// or office ("The foreign ministry", "Foreign Secretary", "A spokesman").
func (d *doc) unnamedAgent(lo, t int) bool {
	if t-lo < 1 || t-lo > 5 {
		return false
	}
	agent := false
	for k := lo; k < t; k++ {
		w := d.norm(k)
		switch {
		case d.mentionAt(k) >= 0:
			return false
		case agentWords.has(w) && w != "the" && w != "a" && w != "an":
			agent = true
		case w == "the" || w == "a" || w == "an" || subjectSkip.has(w):
		default:
			return false
		}
	}
	return agent
}

// mentionAfter returns the first actor mention within n tokens after t.
func (d *doc) mentionAfter(t, hi, n int) int {
	for k := t; k < hi && k < t+n+1; k++ {
		if m := d.mentionAt(k); m >= 0 {
			return m
		}
		if d.isBoundaryTok(k) && d.norm(k) != "(" {
			return -1
		}
	}
	return -1
}

// sentence collects the contributions of the terms in tokens [lo, hi).
func (d *doc) sentence(lo, hi int, sent entities.Span, out []contribution) []contribution {
	spkr := d.sentenceSpeaker(lo, hi)
	// sub-slice the items that fall in the sentence and score them in context
	k0 := int(d.itemAt[lo])
	k1 := int(d.itemAt[hi-1]) + 1 // the items that start before hi
	d.hitBuf = appendHitsIn(d.hitBuf[:0], &d.tokens, d.items, k0, k1, d.scored, &d.sentHit)
	hs := d.hitBuf
	for _, h := range hs {
		if h.i < lo || h.j > hi || d.named[h.i] || d.named[h.j-1] || h.term.Tags&TagTone != 0 {
			continue
		}
		clo, chi := lo, hi
		if v := d.voiceAt(h.i); v >= 0 {
			clo, chi = max(lo, d.vspan[v][0]), min(hi, d.vspan[v][1])
		}
		holders, targets, weight := d.attach(h, clo, chi, spkr)
		if len(holders) == 0 || len(targets) == 0 {
			continue
		}
		for _, ho := range holders {
			for _, ta := range targets {
				if ho == ta || ho == "" || ta == "" {
					continue
				}
				out = append(out, contribution{holder: ho, target: ta, value: h.score * weight, sent: sent, order: len(out)})
			}
		}
	}
	d.prevSent, d.hasPrev = [2]int{lo, hi}, true
	// remember the speaker for "he said" in later sentences
	last := d.lastSpkr
	if len(spkr) > 0 {
		last = spkr
	} else {
		// the last quote of the sentence with a known speaker (with no
		// voices, no token has one)
		for t := hi - 1; t >= lo && len(d.voices) > 0; t-- {
			if v := d.voiceAt(t); v >= 0 && d.voices[v].Actor != "" {
				last = d.one(d.voices[v].Actor)
				break
			}
		}
		if m := d.mentionAt(lo); m >= 0 && d.ments[m].kind == entities.KindLeader {
			last = d.one(d.ments[m].code)
		}
	}
	if len(last) > 0 && (len(d.lastSpkr) == 0 || &last[0] != &d.lastSpkr[0]) {
		d.lastSpkr, d.lastSpkrAt = last, d.sentIdx
	}
	return out
}

// attach finds the holders and targets of one scored term.
func (d *doc) attach(h hit, lo, hi int, spkr []string) (holders, targets []string, weight float64) {
	tags := h.term.Tags
	switch {
	case tags&TagAttitude != 0:
		weight = weightAttitude
		if h.negated {
			return nil, nil, 0 // "did not condemn" is no praise
		}
		if hs, ts, ok := d.passive(h, lo, hi); ok {
			return hs, ts, weight // "Gonzalez, backed by Castro"
		}
		if p := h.i - 1; p >= lo && (d.norm(p) == "the" || d.norm(p) == "chief") && strings.HasSuffix(d.norm(h.i), "ed") {
			return nil, nil, 0 // "the accused" names a person
		}
		// "Russian-backed": the holder is joined by a hyphen
		if d.toks[h.i].hyphen {
			if m := d.mentionAt(h.i - 2); m >= 0 {
				holders = d.hyphenGroup(m, lo)
				targets = d.backedTarget(h, lo, hi, m)
				return holders, targets, weight
			}
		}
		nounish := d.nounish(h, lo)
		if codes, ok := d.subjectBefore(h.i, lo, spkr); ok && (len(codes) > 0 || !nounish) {
			holders = codes
		} else if codes, ok := d.clauseSubject(h.i, lo, spkr); ok {
			holders = codes
		} else if p := h.i - 1; p > lo && (d.norm(p) == "," || d.norm(p) == "and") && strings.HasSuffix(d.norm(h.i), "ing") && len(d.sentenceSubject(lo, h.i)) > 0 {
			holders = d.sentenceSubject(lo, h.i) // "X arrived in Moscow, hailing Y"
		} else if !nounish {
			holders = d.speakerAt(h.i, spkr)
		}
		if d.received(h, lo) {
			// "faces mounting pressure from X": the subject is the target
			if m := d.mentionAfter(h.j, hi, 4); m >= 0 && d.norm(d.ments[m].t0-1) == "from" || m >= 0 && d.norm(d.ments[m].t0-1) == "the" && d.norm(d.ments[m].t0-2) == "from" {
				subj, ok := d.clauseSubject(h.i, lo, spkr)
				if !ok {
					subj = d.sentenceSubject(lo, h.i)
				}
				return d.one(d.ments[m].code), subj, weight
			}
			return nil, nil, 0
		}
		if hostileMeasure.has(d.norm(h.i)) {
			if hs, ts, ok := d.measureHolder(h, lo); ok {
				if len(hs) == 0 {
					hs = d.speakerAt(h.i, spkr)
				}
				if len(ts) == 0 {
					ts = d.objectAfter(h, lo, hi, hs)
				}
				return hs, ts, weight
			}
		}
		targets = d.objectAfter(h, lo, hi, holders)
		if len(targets) == 0 {
			targets = d.relativeObject(h, lo)
		}
		if len(targets) == 0 && len(holders) > 1 && h.score > 0 && !sameSet(holders, d.issuers) && d.mutualNext(h.j, hi) {
			targets = holders // "Russia, Iran hail strategic cooperation"
		}
		if len(targets) == 0 && d.anaphoricObject(h, hi) {
			// "X visited Taiwan. China condemned the visit."
			targets = d.referent(d.norm(h.j+1), h.i)
			for _, c := range targets {
				if contains(holders, c) {
					targets = nil
				}
			}
		}
		return holders, targets, weight
	case h.reversed:
		return nil, nil, 0 // "stamped out illegal activity" says nothing of an actor
	case tags&TagEvent != 0:
		weight = weightEvent
		if h.score > 0 && !h.negated {
			return nil, nil, 0
		}
		if d.toks[h.i].upper && h.i > lo && (d.mentionAt(h.i-1) >= 0 || h.j < hi && d.toks[h.j].upper) {
			return nil, nil, 0 // a name: "the Vietnam War"
		}
		holders = d.speakerAt(h.i, spkr)
		targets = d.agentOf(h, lo, hi)
		if len(targets) == 0 && len(holders) > 0 && h.term.Tags&TagAttitude == 0 && h.i > lo && verbCue.has(d.norm(h.i-1)) {
			// the holder's own hostile act: "it would strike the U.S."
			agent, ok := d.subjectBefore(h.i, lo, spkr)
			if !ok {
				agent, ok = d.clauseSubject(h.i, lo, spkr)
			}
			if ok && len(agent) > 0 && sameSet(agent, holders) {
				targets = d.objectAfter(h, lo, hi, holders)
			}
		}
		return holders, targets, weight
	default:
		weight = weightEvaluative
		holders = d.speakerAt(h.i, spkr)
		if len(holders) == 0 {
			return nil, nil, 0
		}
		m := d.nearest(h, lo, hi)
		fromIssuers := len(d.issuers) > 0 && sameSet(holders, d.issuers)
		if m < 0 {
			if tags&TagMutual != 0 && h.score > 0 && len(holders) > 1 && !fromIssuers {
				return holders, holders, weight // "X and Y confirmed their friendship"
			}
			return nil, nil, 0
		}
		g := d.group(m, lo, hi)
		overlap := false
		for _, c := range g {
			if contains(holders, c) {
				overlap = true
			}
		}
		if overlap {
			if h.score < 0 || fromIssuers {
				return nil, nil, 0 // "Russia and Cuba have been subjected to unfair sanctions"
			}
			targets = g
		} else {
			targets = d.one(d.ments[m].code)
		}
		return holders, targets, weight
	}
}

// mutualNext reports whether a term of mutual relation follows closely:
// "hailed their strategic cooperation".
func (d *doc) mutualNext(t, hi int) bool {
	for k := t; k < hi && k < t+5; k++ {
		if it := d.items[d.itemAt[k]]; it.term != nil && it.term.Tags&TagMutual != 0 && it.term.Score > 0 {
			return true
		}
	}
	return false
}

// anaphoricObject reports whether an attitude's object is an act named
// earlier: "condemned the move", "welcomed the decision", "condemned the
// test". The act noun is the token after the determiner.
func (d *doc) anaphoricObject(h hit, hi int) bool {
	t := h.j
	if t+1 >= hi || !anaphorDets.has(d.norm(t)) {
		return false
	}
	if actNouns[d.norm(t+1)] == 0 {
		return false
	}
	if t+2 < hi {
		if w := d.norm(t + 2); w == "of" || w == "by" || d.mentionAt(t+2) >= 0 {
			return false
		}
	}
	return true
}

// relativeObject finds the object of "X, which Y accuses of ...": the actor
// named before the relative pronoun.
func (d *doc) relativeObject(h hit, lo int) []string {
	for k := h.i - 1; k > lo && k >= h.i-5; k-- {
		w := d.norm(k)
		if w != "which" && w != "whom" && w != "who" {
			continue
		}
		p := k - 1
		if d.norm(p) == "," && p > lo {
			p--
		}
		if m := d.mentionAt(p); m >= 0 {
			// the pronoun must be the object: a subject stands between it and the verb
			for j := k + 1; j < h.i; j++ {
				if d.mentionAt(j) >= 0 {
					return d.one(d.ments[m].code)
				}
			}
		}
		return nil
	}
	return nil
}

// passive reads "X, backed by Y" and "X was praised by Y": the agent after
// "by" holds the attitude toward the actor before the verb.
func (d *doc) passive(h hit, lo, hi int) (holders, targets []string, ok bool) {
	if h.j+1 >= hi || d.norm(h.j) != "by" || !strings.HasSuffix(d.norm(h.j-1), "ed") {
		return nil, nil, false
	}
	m := d.mentionAt(h.j + 1)
	if m < 0 && h.j+2 < hi && d.norm(h.j+1) == "the" {
		m = d.mentionAt(h.j + 2)
	}
	if m < 0 {
		return nil, nil, false
	}
	b := h.i - 1
	for b >= lo && (d.norm(b) == "," || passiveAux.has(d.norm(b)) || strings.HasSuffix(d.norm(b), "ly")) {
		b--
	}
	if t := d.mentionAt(b); t >= 0 {
		return d.one(d.ments[m].code), d.group(t, lo, b+1), true
	}
	return nil, nil, true // the patient is not an actor: no stance
}

// nounish reports whether an attitude term is used as a noun ("the economic
// aid", "new sanctions"): then only a possessor or the clause's subject holds
// it, never the speaker by default.
func (d *doc) nounish(h hit, lo int) bool {
	if hostileMeasure.has(h.term.Text) {
		return true
	}
	for _, suf := range nounSuffixes {
		if strings.HasSuffix(h.term.Text, suf) {
			return true
		}
	}
	if h.i <= lo {
		return false
	}
	p := d.norm(h.i - 1)
	if determiners.has(p) && p != "of" {
		return true
	}
	// "an official protest", "the loudest critics"
	if h.i-2 >= lo && (d.norm(h.i-2) == "a" || d.norm(h.i-2) == "an" || d.norm(h.i-2) == "the" || d.norm(h.i-2) == "its" || d.norm(h.i-2) == "their") && d.toks[h.i-1].kind == tokWord && d.mentionAt(h.i-1) < 0 {
		return true
	}
	it := d.items[d.itemAt[h.i-1]]
	return it.term != nil && it.term.Kind <= KindPhrase && it.term.Score != 0 || nounModifiers.has(p)
}

// received reports whether the holder undergoes the act: "faces pressure",
// "under growing pressure".
func (d *doc) received(h hit, lo int) bool {
	for b := h.i - 1; b >= lo && b >= h.i-3; b-- {
		w := d.norm(b)
		if receiveCues.has(w) {
			return true
		}
		if !(w == "mounting" || w == "growing" || w == "more" || w == "increasing" || w == "intense" || w == "heavy" || w == "international" || w == "new") {
			return false
		}
	}
	return false
}

// hyphenGroup returns the holders of "Russian- and Iranian-backed".
func (d *doc) hyphenGroup(m, lo int) []string {
	start := len(d.codes)
	d.codes = append(d.codes, d.ments[m].code)
	t := d.ments[m].t0 - 1
	for t-2 >= lo && d.norm(t) == "and" && d.norm(t-1) == "-" {
		n := d.mentionAt(t - 2)
		if n < 0 {
			break
		}
		d.addCode(start, d.ments[n].code)
		t = d.ments[n].t0 - 1
	}
	return d.codes[start:len(d.codes):len(d.codes)]
}

// backedTarget finds who is backed in "the Russian-backed president, Assad" or
// "Syria's Russian-backed president".
func (d *doc) backedTarget(h hit, lo, hi, holder int) []string {
	for t := h.j; t < hi && t < h.j+4; t++ {
		if m := d.mentionAt(t); m >= 0 {
			if d.properContinuation(m, hi) {
				return nil
			}
			return d.one(d.ments[m].code)
		}
		if d.norm(t) == ";" || d.norm(t) == ":" {
			break
		}
	}
	// the possessor before the adjective chain
	t := d.ments[holder].t0 - 1
	for t >= lo && (d.norm(t) == "and" || d.norm(t) == "-" || d.mentionAt(t) >= 0) {
		t--
	}
	if t-1 >= lo && d.norm(t) == "'s" {
		if m := d.mentionAt(t - 1); m >= 0 {
			return d.one(d.ments[m].code)
		}
	}
	return nil
}

// properContinuation reports whether an adjective mention is the first word
// of a longer proper name ("Syrian Democratic Forces").
func (d *doc) properContinuation(m, hi int) bool {
	am := d.ments[m]
	if am.form != "adjective" || am.t1 >= hi {
		return false
	}
	next := d.toks[am.t1]
	return next.kind == tokWord && next.upper && !titleWords.has(d.norm(am.t1))
}

// objectAfter finds the object of an attitude term: the first actor after it
// in the clause, or the agent of a hostile act named first ("condemned the
// attacks that Russia launched"). A noun ("support for X", "sanctions on X")
// takes its object only through a preposition.
func (d *doc) objectAfter(h hit, lo, hi int, holders []string) []string {
	nounish := h.i > lo && determiners.has(d.norm(h.i-1))
	commas, preps := 0, 0
	prepAt := -1
	for t := h.j; t < hi && t < h.j+16; t++ {
		if nounish {
			if prepAt < 0 {
				if objectPreps.has(d.norm(t)) {
					prepAt = t
					continue
				}
				if t-h.j >= 3 || d.mentionAt(t) >= 0 {
					return nil
				}
			} else if t-prepAt > 4 {
				return nil
			}
		}
		if m := d.mentionAt(t); m >= 0 {
			// a place where something happened is not an object
			if p := d.ments[m].t0 - 1; p >= h.j && locPreps.has(d.norm(p)) && !hostileMeasure.has(d.norm(h.i)) {
				t = d.groupEnd(m, hi) - 1
				continue
			}
			// "deplored the acts against the American embassies": a victim
			p := d.ments[m].t0 - 1
			if p >= h.j && d.norm(p) == "the" {
				p--
			}
			if h.score < 0 && h.term.Tags&TagSpeech != 0 && p > h.j && victimPreps.has(d.norm(p)) {
				t = d.groupEnd(m, hi) - 1
				continue
			}
			if len(holders) == 1 && holders[0] == d.ments[m].code {
				t = d.ments[m].t1 - 1
				continue
			}
			if p := d.ments[m].t0 - 1; p >= h.j && (d.norm(p) == "between" || d.norm(p) == "among") {
				return nil // "welcomed the truce between X and Y"
			}
			if h.score > 0 && d.hostileNext(d.ments[m].t1, hi) {
				return nil // "welcomed new Syria sanctions"
			}
			return d.group(m, h.j, hi) // "condemned Russia and Belarus"
		}
		it := d.items[d.itemAt[t]]
		if it.term != nil && it.i == t && it.term.Kind <= KindPhrase && it.term.Score < 0 && it.term.Tags&(TagEvent|TagAttitude) != 0 {
			if it.term.Tags&TagEvent != 0 && h.score < 0 {
				return d.agentOf(hit{item: it, score: it.term.Score}, h.j, hi)
			}
			return nil // "welcomed the sanctions on X": the inner term speaks for itself
		}
		if it.term != nil && it.i == t && it.term.Tags&TagSpeech != 0 && it.term.Tags&TagAttitude == 0 {
			return nil
		}
		w := d.norm(t)
		if w == ";" || w == ":" || w == "—" || w == "\"" || w == "." {
			return nil
		}
		if t > h.j && w != "to" && (objectPreps.has(w) || w == "by" || w == "from" || w == "in" || w == "at") && !(t+1 < hi && timeWords.has(d.norm(t+1))) {
			preps++
			if preps > 1 {
				return nil // "honored the announcement by X of the creation of Y"
			}
		}
		if (w == "for" || w == "of" || w == "from" || w == "over" || w == "after" || w == "by") && t+1 < hi && strings.HasSuffix(d.norm(t+1), "ing") && d.mentionAt(t+1) < 0 {
			return nil // "accused the government of selling arms to X"
		}
		if w == "the" && t+2 < hi && (agentWords.has(d.norm(t+1)) || abstractNouns.has(d.norm(t+1))) && d.mentionAt(t+1) < 0 && d.norm(t+2) != "of" && d.mentionAt(t+2) < 0 && d.norm(t+1) != "the" {
			return nil // the object is an unnamed body or a fact: "protested the government", "deplored the fact"
		}
		if w == "," {
			commas++
			if commas > 1 {
				return nil
			}
		}
	}
	return nil
}

// hostileNext reports whether a hostile term follows token t closely, as in
// "Syria sanctions" or "Russia's aggression".
func (d *doc) hostileNext(t, hi int) bool {
	if m := d.mentionAt(t); m >= 0 {
		t = d.ments[m].t1 // "EU Russia sanctions"
	}
	for k := t; k < hi && k < t+3; k++ {
		it := d.items[d.itemAt[k]]
		if it.term != nil && it.term.Kind <= KindPhrase && it.term.Score < 0 && it.term.Tags&(TagEvent|TagAttitude) != 0 {
			return true
		}
		if d.norm(k) != "'s" && !(it.term != nil && it.term.Kind == KindIntensifier) {
			return false
		}
	}
	return false
}

// measureHolder reads "EU Syria sanctions", "U.S. sanctions", "Iran
// sanctions": the actors named right before a hostile measure.
func (d *doc) measureHolder(h hit, lo int) (holders, targets []string, ok bool) {
	var ms []int
	for b := h.i - 1; b >= lo && b >= h.i-5 && len(ms) < 2; b-- {
		if m := d.mentionAt(b); m >= 0 {
			ms = append(ms, m)
			b = d.ments[m].t0
			continue
		}
		w := d.norm(b)
		if w == "new" || w == "further" || w == "additional" || w == "tougher" || w == "economic" || w == "financial" || w == "'s" || (d.toks[b].kind == tokWord && w[0] >= '0' && w[0] <= '9') {
			continue
		}
		break
	}
	switch len(ms) {
	case 2: // "EU Syria sanctions"
		return d.one(d.ments[ms[1]].code), d.one(d.ments[ms[0]].code), true
	case 1:
		m := d.ments[ms[0]]
		if m.kind == entities.KindOrganization || m.kind == entities.KindLeader || m.form == "abbr" || d.norm(m.t1) == "'s" {
			return d.one(m.code), nil, true
		}
		return nil, d.one(m.code), true
	}
	return nil, nil, false
}

// agentOf finds the agent of a hostile act: "Russia's aggression", "Russian
// aggression", "attacks by Russia", "attacks that Russia launched", "Russia
// has attacked". Objects after "against", "on" and "of" are its victims.
func (d *doc) agentOf(h hit, lo, hi int) []string {
	for b, steps := h.i-1, 0; b >= lo && steps < 7; b-- {
		if m := d.mentionAt(b); m >= 0 {
			possessor := d.ments[m].t1 < hi && d.norm(d.ments[m].t1) == "'s"
			if !possessor && d.ments[m].form != "name" && d.ments[m].kind == entities.KindCountry && suffererTerms.has(h.term.Text) {
				return nil // "the Armenian genocide": the adjective names the victims
			}
			if p := d.ments[m].t0 - 1; !possessor && p >= lo && (victimPreps.has(d.norm(p)) || d.norm(p) == "of" || d.norm(p) == "for" || d.norm(p) == "to" || d.norm(p) == "with") {
				return nil
			}
			return d.one(d.ments[m].code)
		}
		w := d.norm(b)
		it := d.items[d.itemAt[b]]
		if !(eventSkip.has(w) || subjectSkip.has(w) || (it.term != nil && it.term.Kind != KindNegator)) {
			break
		}
		steps++
	}
	for t := h.j; t < hi && t < h.j+9; t++ {
		w := d.norm(t)
		if (w == "by" || relativeWord.has(w)) && t+1 < hi {
			for k := t + 1; k < hi && k < t+4; k++ {
				if m := d.mentionAt(k); m >= 0 {
					return d.one(d.ments[m].code)
				}
				if d.isBoundaryTok(k) {
					break
				}
			}
			return nil
		}
		if d.isBoundaryTok(t) || d.blocks(t) {
			return nil
		}
		if it := d.items[d.itemAt[t]]; it.term != nil && it.term.Kind <= KindPhrase && it.term.Score != 0 && it.term.Tags&(TagAttitude|TagSpeech) != 0 {
			return nil
		}
	}
	return nil
}

// nearest returns the actor mention closest to an evaluative term in its
// clause, preferring the one before on ties; a victim of a negative term
// ("attacks on Ukrainian cities") is skipped.
func (d *doc) nearest(h hit, lo, hi int) int {
	best, bestDist := -1, evalWindow+1
	// before
	dist := 0
	for b := h.i - 1; b >= lo && dist <= evalWindow; b-- {
		if m := d.mentionAt(b); m >= 0 {
			if !(h.score < 0 && d.isVictim(m, lo)) {
				best, bestDist = m, dist
				break
			}
			b = d.ments[m].t0
			dist++
			continue
		}
		if d.blocks(b) {
			break
		}
		if d.norm(b) == "," {
			dist++
		}
		dist++
	}
	dist = 0
	for t := h.j; t < hi && dist < bestDist; t++ {
		if m := d.mentionAt(t); m >= 0 {
			if !(h.score < 0 && d.isVictim(m, lo)) {
				return m
			}
			t = d.ments[m].t1 - 1
			dist++
			continue
		}
		if d.blocks(t) {
			break
		}
		if d.norm(t) == "," {
			dist++
		}
		dist++
	}
	return best
}

func (d *doc) blocks(t int) bool {
	w := d.norm(t)
	return w == ";" || w == ":" || w == "—" || w == "\"" || w == "(" || w == ")" || w == "." || w == "but" || w == "while" || w == "whereas" || w == "although"
}

// isVictim reports whether mention m is the object of "on", "against" ...
// A possessor ("on Assad's brutal regime") is not a victim of the term.
func (d *doc) isVictim(m, lo int) bool {
	if t := d.ments[m].t1; t < len(d.toks) && d.norm(t) == "'s" {
		return false
	}
	if t := d.ments[m].t1; t < len(d.toks) {
		if it := d.items[d.itemAt[t]]; it.term != nil && suffererTerms.has(it.term.Text) {
			return true // "the Armenian genocide"
		}
	}
	p := d.ments[m].t0 - 1
	for p >= lo && (d.norm(p) == "the" || d.items[d.itemAt[p]].term != nil && d.items[d.itemAt[p]].term.Kind == KindIntensifier) {
		p--
	}
	if p < lo {
		return false
	}
	if d.norm(p) == "of" {
		// "the invasion of Ukraine", but not "the hostile policy of Ukraine"
		q := p - 1
		if q >= lo {
			it := d.items[d.itemAt[q]]
			return it.term != nil && it.term.Tags&TagEvent != 0
		}
		return false
	}
	return victimPreps.has(d.norm(p))
}

// pairAcc sums the contributions of one (holder, target) pair.
type pairAcc struct {
	holder, target   string
	pos, neg         float64
	bestPos, bestNeg contribution
	hasPos, hasNeg   bool
}

// add counts contribution c: its value into the sum of its polarity, and
// it as that polarity's evidence when it is the strongest so far.
func (a *pairAcc) add(c contribution) {
	if c.value > 0 {
		a.pos += c.value
		if !a.hasPos || c.value > a.bestPos.value {
			a.bestPos, a.hasPos = c, true
		}
	} else if c.value < 0 {
		a.neg += c.value
		if !a.hasNeg || c.value < a.bestNeg.value {
			a.bestNeg, a.hasNeg = c, true
		}
	}
}

// pairKey is the key of a pairAcc.
type pairKey struct{ h, t string }

// maxLinearPairs is the most pairs aggregate finds by a linear search
// before it indexes them in a map.
const maxLinearPairs = 16

// aggregate sums the contributions per pair and keeps the dominant polarity.
// Pairs are kept in the order of their first contribution, in the doc's
// buffers; the result is allocated once, at its size.
func (d *doc) aggregate(cs []contribution) []Stance {
	accs := d.accs[:0]
	defer func() { clear(accs); d.accs = accs[:0] }()
	if d.accIdx != nil {
		clear(d.accIdx)
	}
	for _, c := range cs {
		k := -1
		if len(accs) <= maxLinearPairs {
			for x := range accs {
				if accs[x].holder == c.holder && accs[x].target == c.target {
					k = x
					break
				}
			}
		} else if x, ok := d.accIdx[pairKey{c.holder, c.target}]; ok {
			k = int(x)
		}
		if k < 0 {
			k = len(accs)
			accs = append(accs, pairAcc{holder: c.holder, target: c.target})
			if len(accs) == maxLinearPairs+1 {
				if d.accIdx == nil {
					d.accIdx = make(map[pairKey]int32)
				}
				for x := range accs {
					d.accIdx[pairKey{accs[x].holder, accs[x].target}] = int32(x)
				}
			} else if len(accs) > maxLinearPairs+1 {
				d.accIdx[pairKey{c.holder, c.target}] = int32(k)
			}
		}
		accs[k].add(c)
	}
	n := 0
	for x := range accs {
		n += accs[x].emits()
	}
	if n == 0 {
		return nil
	}
	out := make([]Stance, 0, n)
	for x := range accs {
		out = accs[x].appendStances(out, d.text)
	}
	return out
}

// appendStances appends the stances of the pair to out (see emits), with
// their evidence in text.
func (a *pairAcc) appendStances(out []Stance, text string) []Stance {
	emit := func(sum float64, best contribution, pol string) {
		out = append(out, Stance{
			Holder: a.holder, Target: a.target, Polarity: pol,
			Score:    round2(normalize(sum)),
			Evidence: entities.Evidence{Text: text[best.sent.Start:best.sent.End], Span: best.sent},
		})
	}
	pos, neg := a.pos, -a.neg
	switch {
	case a.emits() == 2:
		emit(pos, a.bestPos, Positive)
		emit(-neg, a.bestNeg, Negative)
	case pos-neg >= minStrength && a.hasPos:
		emit(pos-neg, a.bestPos, Positive)
	case neg-pos >= minStrength && a.hasNeg:
		emit(pos-neg, a.bestNeg, Negative)
	}
	return out
}

// emits returns how many stances the pair gives: both polarities when
// both are strong and close, else at most the dominant one.
func (a *pairAcc) emits() int {
	pos, neg := a.pos, -a.neg
	switch {
	case pos >= minStrength && neg >= minStrength && math.Min(pos, neg) >= 0.6*math.Max(pos, neg) && math.Min(pos, neg) >= 1:
		return 2
	case pos-neg >= minStrength && a.hasPos, neg-pos >= minStrength && a.hasNeg:
		return 1
	}
	return 0
}
