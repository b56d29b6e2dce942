package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplomacy-go/diplomacy/entities"

	itext "github.com/diplomacy-go/diplomacy/internal/text"
)

// speaker is a resolved speaker.
type speaker struct {
	name   string
	actor  string
	span   entities.Span
	person bool // a person rather than a body or a document
	gender byte // 'm', 'f' or 0
	pos    int  // where the attribution was read, for recency
}

// named reports whether the speaker has a name.
func (s speaker) named() bool { return s.name != "" }

// cue is an attribution read from the text around a quotation: the tokens
// of the speaker phrase.
type cue struct {
	np     []token
	strong bool    // the cue is adjacent to the quotation
	ext    []token // an appositive after the speaker phrase, for its actor
	clause bool    // the verb goes on to report a clause of its own
	near   bool    // the verb is at most a few words from the quotation
	loose  bool    // no verb of saying: the subject of a sentence ending in a colon
	ok     bool
}

// attributor attributes the raw quotations of one text.
type attributor struct {
	text     string
	ms       []entities.Mention
	raws     []rawQuote
	sources  []speaker // named speakers and reported-speech sources, by pos
	subjects []speaker // person subjects of sentences outside quotations
	wrapped  bool      // hard-wrapped text: single newlines do not end paragraphs
	dateline speaker   // the place of the dateline ("PARIS, March 18 -")
	breaks   []int     // offsets of the newlines that end paragraphs
	lower    string    // text with its ASCII letters in lower case
	maxLen   int       // the length of the longest mention
	starts   []int     // the start of each mention of ms, searched instead of ms

	// token buffers reused from one quotation to the next (no token
	// slice outlives the step that reads it), and the most of each used
	bufs [numBufs][]token
	used [numBufs]int
}

// maxKeep is the largest text, in bytes, whose buffers an attributor keeps
// for the next call of Find.
const maxKeep = 1 << 20

// The token buffers of an attributor.
const (
	preBuf = iota
	postBuf
	stretchBuf
	miscBuf
	numBufs
)

// init prepares the attribution of the raw quotations a.raws of text.
func (a *attributor) init(text string, ms []entities.Mention, wrapped bool) {
	a.text, a.ms, a.wrapped, a.lower = text, ms, wrapped, itext.LowerASCII(text)
	for i := 0; i < len(text); i++ {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j
		if isBreak(text, i, wrapped) {
			a.breaks = append(a.breaks, i)
		}
	}
	a.starts = slices.Grow(a.starts[:0], len(ms))
	for _, m := range ms {
		a.maxLen = max(a.maxLen, m.End-m.Start)
		a.starts = append(a.starts, m.Start)
	}
	a.findDateline()
}

// release clears a (keeping the capacity of its buffers, emptied of
// references to the text) and puts it back in the pool.
func (a *attributor) release() {
	clear(a.sources)
	clear(a.subjects)
	for k, buf := range a.bufs {
		clear(buf[:a.used[k]])
		if cap(buf) > maxKeep/64 {
			a.bufs[k] = nil // do not pin the buffers of a huge text
		}
	}
	if cap(a.starts) > maxKeep/64 {
		a.starts = nil
	}
	*a = attributor{
		raws:     a.raws[:0],
		sources:  a.sources[:0],
		subjects: a.subjects[:0],
		breaks:   a.breaks[:0],
		starts:   a.starts[:0],
		bufs:     a.bufs,
	}
	attributors.Put(a)
}

// findDateline reads the country of a dateline that opens one of the first
// paragraphs, from the mentions.
func (a *attributor) findDateline() {
	if len(a.ms) == 0 {
		return
	}
	pos := 0
	for range 3 {
		end := a.paraEnd(pos)
		toks := a.tokens(miscBuf, pos, min(end, pos+120))
		if k := skipDateline(toks); k > 0 {
			span := entities.Span{Start: toks[0].s, End: toks[k-1].e}
			for _, m := range a.ms {
				if m.Start >= span.End {
					break
				}
				if m.Overlaps(span) && m.Code != "" && m.Kind != entities.KindOrganization && m.Kind != entities.KindLeader {
					a.dateline = speaker{actor: m.Code}
					return
				}
			}
			return
		}
		if end >= len(a.text) {
			return
		}
		pos = end + 1
	}
}

// tokens tokenizes text[lo:hi] into the token buffer buf, which it
// returns.
func (a *attributor) tokens(buf, lo, hi int) []token {
	toks := tokenize(a.bufs[buf], a.text, a.lower, lo, hi, a.wrapped)
	a.bufs[buf] = toks
	a.used[buf] = max(a.used[buf], len(toks))
	return toks
}

// paraStart returns the offset of the start of the paragraph holding pos.
func (a *attributor) paraStart(pos int) int {
	k, _ := slices.BinarySearch(a.breaks, pos)
	if k == 0 {
		return 0
	}
	return a.breaks[k-1] + 1
}

// paraEnd returns the offset of the end of the paragraph holding pos.
func (a *attributor) paraEnd(pos int) int {
	k, _ := slices.BinarySearch(a.breaks, pos)
	if k == len(a.breaks) {
		return len(a.text)
	}
	return a.breaks[k]
}

// window bounds how far before and after a quotation its attribution is
// looked for, in bytes.
const window = 600

// runeStart moves i forward to the start of a rune.
func runeStart(text string, i int) int {
	i = max(i, 0)
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// runeEnd moves i back to the start of a rune.
func runeEnd(text string, i int) int {
	i = min(i, len(text))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// run decides which raw quotations are quotes (not scare quotes, titles or
// partial quotations), reads their cues and resolves their speakers, in
// text order, reading the reporter's sentences in between for sources.
func (a *attributor) run() []Quote {
	out := make([]Quote, 0, len(a.raws))
	var prevSp speaker
	havePrev := false
	prevEnd, scanned := 0, 0
	var prevRaw rawQuote
	for k, q := range a.raws {
		// pre: the sentence before the opening mark, after the previous quote
		lo := a.paraStart(q.openStart)
		if havePrev && prevRaw.closeEnd > lo {
			lo = min(prevRaw.closeEnd, q.openStart)
		}
		lo = max(lo, runeStart(a.text, q.openStart-window))
		pre := a.tokens(preBuf, lo, q.openStart)
		for i := len(pre) - 1; i >= 0; i-- {
			if isSentenceEnd(pre, i) {
				pre = pre[i+1:]
				break
			}
		}
		// post: the rest of the sentence after the closing mark
		hi := a.paraEnd(q.closeEnd)
		if k+1 < len(a.raws) && a.raws[k+1].openStart < hi {
			hi = max(a.raws[k+1].openStart, q.closeEnd)
		}
		hi = min(hi, runeEnd(a.text, q.closeEnd+window))
		post := a.tokens(postBuf, q.closeEnd, hi)
		for i := range post {
			if isSentenceEnd(post, i) {
				post = post[:i]
				break
			}
		}
		nextOpensAfterPost := k+1 < len(a.raws) && a.raws[k+1].openStart == hi
		endsSentence := endsWithStop(a.text[q.start:q.end])
		endsComma := endsWithComma(a.text[q.start:q.end])

		postC := postCue(post)
		if !postC.ok && (endsComma || endsQuestion(a.text[q.start:q.end])) {
			postC = looseCue(post)
		}
		if postC.ok && endsSentence && nextOpensAfterPost && len(post) > 0 && post[len(post)-1].w == ":" {
			postC.ok = false // "X said:" introduces the next quotation
		}
		if postC.ok && endsSentence && !endsQuestion(a.text[q.start:q.end]) && postC.clause {
			postC.ok = false // "…." GM said it expects …: a new sentence
		}
		preC := a.preCue(pre)

		var c cue
		switch {
		case endsComma && postC.ok:
			c = postC
		case preC.ok && preC.strong:
			c = preC
		case postC.ok:
			c = postC
		case preC.ok:
			c = preC
		}

		// a quotation that continues a sentence of the reporter's ("called
		// it "a step forward"", "said that "…"") is a partial quotation,
		// unless a verb of saying introduces it whole
		if n := len(pre); n > 0 && !pre[n-1].punct && !(strings.HasSuffix(pre[n-1].w, ".") && !startsLower(a.text[q.start:q.end])) {
			if !isCueVerb(pre, n-1) || !(endsSentence || len(post) == 0 || postC.ok) {
				continue
			}
		}
		// lower-case words after a comma continue the reporter's sentence
		// unless a verb of saying stands right before them
		if n := len(pre); n > 0 && startsLower(a.text[q.start:q.end]) && !(preC.ok && preC.near) && !postC.ok {
			continue
		}
		words := countWords(a.text[q.start:q.end])
		standalone := len(pre) == 0 && (endsSentence || endsComma || len(post) == 0)
		if c.ok && c.loose && a.titleLike(q, pre, words) {
			c = cue{}
		}
		if !c.ok {
			if words <= 3 && !standalone {
				continue // scare quotes
			}
			if a.titleLike(q, pre, words) {
				continue
			}
			if q.single && !(havePrev && prevRaw.single && a.paraStart(prevRaw.closeEnd) == a.paraStart(q.openStart) && words >= 4) {
				continue
			}
		} else if words <= 3 && !c.strong && !standalone && len(pre) > 0 && !endsComma {
			continue
		}
		if q.single && words < 2 {
			continue
		}

		// the reporter's sentences since the previous quotation
		if q.openStart > scanned {
			a.scanStretch(scanned, q.openStart)
		}
		scanned = max(scanned, q.closeEnd)

		var sp speaker
		switch {
		case c.ok:
			sp = a.resolve(c, q.openStart)
		case havePrev && a.continues(prevRaw, q, prevSp):
			sp = prevSp
		default:
			sp = a.lastSource(q.openStart, prevEnd)
		}
		qt := Quote{
			Text:        a.text[q.start:q.end],
			Speaker:     collapseSpace(sp.name),
			Actor:       sp.actor,
			Span:        entities.Span{Start: q.start, End: q.end},
			SpeakerSpan: sp.span,
		}
		if sp.named() && c.ok {
			sp.pos = q.openStart
			a.addSource(sp)
		}
		out = append(out, qt)
		prevSp, havePrev = sp, true
		prevRaw = q
		prevEnd = q.closeEnd
	}
	return out
}

// continues reports whether quotation q, which has no cue of its own,
// continues the speaker of prev: same paragraph or the next one, with no
// reported speech of another source in between.
func (a *attributor) continues(prev, q rawQuote, prevSp speaker) bool {
	paras := 0
	inBreak := false
	for i, r := range a.text[prev.closeEnd:q.openStart] {
		if r == '\n' && isBreak(a.text, prev.closeEnd+i, a.wrapped) {
			if !inBreak {
				paras++
			}
			inBreak = true
		} else if !isSpace(r) {
			inBreak = false
		}
	}
	if paras > 1 {
		return false
	}
	if paras == 0 {
		return true
	}
	for _, s := range a.sourcesIn(prev.closeEnd+1, q.openStart) {
		if s.name != prevSp.name {
			return false
		}
	}
	return true
}

// lastSource returns the latest reported-speech source between after and
// pos, in the paragraph of pos or the one before.
func (a *attributor) lastSource(pos, after int) speaker {
	ps := a.paraStart(pos)
	if ps > 0 {
		ps = a.paraStart(max(ps-1, 0))
		for ps > 0 && strings.TrimSpace(a.text[ps:a.paraEnd(ps)]) == "" {
			ps = a.paraStart(ps - 1)
		}
	}
	lo := max(ps, after)
	if in := a.sourcesIn(lo, pos); len(in) > 0 {
		return in[len(in)-1]
	}
	return speaker{}
}

// sourcesIn returns the sources with lo <= pos < hi.
func (a *attributor) sourcesIn(lo, hi int) []speaker {
	cmp := func(s speaker, p int) int { return s.pos - p }
	i, _ := slices.BinarySearchFunc(a.sources, lo, cmp)
	j, _ := slices.BinarySearchFunc(a.sources, hi, cmp)
	if j < i {
		return nil
	}
	return a.sources[i:j]
}

// addSource records a named source, keeping the sources sorted by pos.
func (a *attributor) addSource(s speaker) {
	i := len(a.sources)
	for i > 0 && a.sources[i-1].pos > s.pos {
		i--
	}
	if len(a.sources) == cap(a.sources) {
		a.sources = slices.Grow(a.sources, len(a.sources)+8) // double
	}
	a.sources = append(a.sources, speaker{})
	copy(a.sources[i+1:], a.sources[i:])
	a.sources[i] = s
}

// scanStretch reads sentences of text[from:to] for sources and subjects.
func (a *attributor) scanStretch(from, to int) {
	toks := a.tokens(stretchBuf, from, to)
	triggers := stretchWords()
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && !isSentenceEnd(toks, i) {
			continue
		}
		sent := toks[start:i]
		start = i + 1
		if len(sent) == 0 {
			continue
		}
		subj := sentenceSubject(sent)
		if len(subj) > 0 && followedByVerb(sent, subj) {
			var sp speaker
			if isPronounNP(subj) {
				// "He said ...": the chain of a person goes on
				sp = a.resolvePronoun(subj[0].lower, subj[0].s)
				sp.pos = subj[0].s
			} else {
				sp = a.resolveSource(subj)
			}
			if sp.person && sp.named() {
				a.subjects = append(a.subjects, sp)
			}
		}
		for v := 0; v < len(sent); v++ {
			if !triggers.has(sent[v].lower) {
				continue // no cue of any kind starts here
			}
			if isAccordingTo(sent, v) {
				if np := npForward(sent, v+2); len(np) > 0 {
					if sp := a.resolveNamed(np); sp.named() && !isPronounNP(np) {
						a.addSource(sp)
					}
				}
				continue
			}
			if isStatementIssue(sent, v) {
				if np := subjectBefore(sent, v); len(np) > 0 && !isPronounNP(np) {
					if sp := a.resolveNamed(np); sp.named() {
						a.addSource(sp)
					}
				}
				continue
			}
			if !isCueVerb(sent, v) || sent[v].lower == "read" || sent[v].lower == "reads" || participles().has(sent[v].lower) {
				continue
			}
			np := subjectBefore(sent, v)
			if len(np) == 0 || isPronounNP(np) || !mainClause(sent, np, subj) {
				continue
			}
			if sp := a.resolveSource(np); sp.named() {
				a.addSource(sp)
			}
		}
	}
}

// mainClause reports whether np, the subject of a verb of saying in sent,
// stands in a main clause: it is the subject of the sentence or follows a
// comma, a dash or a coordinating conjunction.
func mainClause(sent, np, subj []token) bool {
	if len(subj) > 0 && np[0].s == subj[0].s {
		return true
	}
	for i, t := range sent {
		if t.s != np[0].s {
			continue
		}
		if i == 0 {
			return true
		}
		b := sent[i-1]
		if b.punct {
			return b.w != "(" && b.w != "\n"
		}
		return b.lower == "and" || b.lower == "but" || b.lower == "so" || b.lower == "yet"
	}
	return false
}

// isStatementIssue reports whether toks[v:] is "issued a statement" or
// the like, which makes the subject a source.
func isStatementIssue(toks []token, v int) bool {
	switch toks[v].lower {
	case "issued", "released", "published", "sent", "put", "posted", "issues", "releases":
	default:
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+4; j++ {
		if toks[j].punct {
			return false
		}
		if statementNouns().has(toks[j].lower) {
			return true
		}
	}
	return false
}

// followedByVerb reports whether the phrase np of sent is followed by a
// lower-case word that may be a verb.
func followedByVerb(sent, np []token) bool {
	end := np[len(np)-1].e
	for i, t := range sent {
		if t.s < end {
			continue
		}
		for i < len(sent) && sent[i].punct && sent[i].w == "," {
			// skip an appositive: "X, the minister, said"
			j := i + 1
			for j < len(sent) && sent[j].w != "," && !isSentenceEnd(sent, j) {
				j++
			}
			if j >= len(sent) || sent[j].w != "," {
				return false
			}
			i = j + 1
		}
		if i >= len(sent) {
			return false
		}
		t = sent[i]
		return !t.punct && !t.capital() && !determiners().has(t.lower) && !inNPPrep(t.lower) &&
			(!stopWords().has(t.lower) || adverbs().has(t.lower) || cueVerbs().has(t.lower))
	}
	return false
}

// isPronounNP reports whether np is a lone pronoun.
func isPronounNP(np []token) bool {
	return len(np) == 1 && pronouns().has(np[0].lower)
}

// isCueVerb reports whether toks[v] is a verb of saying (or the first word
// of a two-word cue).
func isCueVerb(toks []token, v int) bool {
	t := toks[v]
	if t.punct || t.capital() {
		return false
	}
	if !cueVerbs().has(t.lower) && !(v+1 < len(toks) && isCuePhrase(t.lower, toks[v+1].lower)) {
		return false
	}
	if v > 0 {
		switch toks[v-1].lower {
		case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your":
			return false // "the note says": a noun
		}
	}
	return true
}

// isAccordingTo reports whether toks[v:] starts with "according to".
func isAccordingTo(toks []token, v int) bool {
	return v+1 < len(toks) && toks[v].lower == "according" && toks[v+1].lower == "to"
}

// postCue reads the attribution after a closing mark: `said X`, `X said`,
// `according to X`.
func postCue(post []token) cue {
	i := 0
	for i < len(post) && post[i].punct && (post[i].w == "," || post[i].w == "—" || post[i].w == "–" || post[i].w == "-" || post[i].w == ")") {
		i++
	}
	toks := post[i:]
	for v := 0; v < len(toks) && v < 26; v++ {
		t := toks[v]
		if t.punct && t.w != "," {
			if t.w == ":" || t.w == ";" {
				break
			}
			if _, n := markAt(t.w, 0); n > 0 {
				break
			}
		}
		if isAccordingTo(toks, v) {
			if v > 0 && !(v == 1 && toks[0].punct) {
				// "X said, according to Y": the verb comes first below
				continue
			}
			np := npForward(toks, v+2)
			return cue{np: np, strong: true, ok: len(np) > 0}
		}
		if !isCueVerb(toks, v) {
			continue
		}
		if v == 0 {
			j := 1
			if j < len(toks) && isCuePhrase(t.lower, toks[j].lower) {
				j++
			}
			for j < len(toks) && !toks[j].punct && adverbs().has(toks[j].lower) {
				j++
			}
			np := npForward(toks, j)
			return cue{np: np, ext: appositive(toks, j+len(np)), strong: true, ok: len(np) > 0}
		}
		if f := toks[0]; !f.punct && stopWords().has(f.lower) && !pronouns().has(f.lower) && toks[v-1].w == "," {
			// ""…" in talks, said X": an adverbial stands before the verb
			j := v + 1
			for j < len(toks) && !toks[j].punct && adverbs().has(toks[j].lower) {
				j++
			}
			np := npForward(toks, j)
			return cue{np: np, ext: appositive(toks, j+len(np)), strong: true, ok: len(np) > 0}
		}
		np := trimNP(stripRelative(toks[:v]))
		if !validSubject(np) {
			return cue{}
		}
		return cue{np: np, strong: true, ok: true, clause: reportsClause(toks[v+1:])}
	}
	return cue{}
}

// reportsClause reports whether the words after a verb of saying report
// speech of their own ("GM said it expects ...") rather than end an
// attribution ("he said in a statement").
func reportsClause(rest []token) bool {
	for i, t := range rest {
		if t.punct {
			continue
		}
		if i < 2 {
			switch t.lower {
			case "he", "she", "it", "they", "we", "i", "that", "there", "the":
				return true
			}
		}
		return false
	}
	return false
}

// looseCue reads `X verbed` after a quotation that ends with a comma or a
// question mark, where any verb attributes it ("…," Smith assured him).
func looseCue(post []token) cue {
	i := 0
	for i < len(post) && post[i].punct && post[i].w != "\n" {
		i++
	}
	np := npForward(post, i)
	j := i + len(np)
	if len(np) == 0 || j >= len(post) {
		return cue{}
	}
	if !np[len(np)-1].capital() && !(len(np) == 1 && pronouns().has(np[0].lower)) {
		return cue{}
	}
	if f := np[0].lower; !np[0].capital() && f != "the" && f != "a" && f != "an" && !pronouns().has(f) {
		return cue{}
	}
	t := post[j]
	if t.punct || t.capital() || stopWords().has(t.lower) {
		return cue{}
	}
	if !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "s") {
		return cue{}
	}
	return cue{np: np, strong: true, ok: true}
}

// endsQuestion reports whether quoted words end with a question or
// exclamation mark.
func endsQuestion(s string) bool {
	s = strings.TrimRightFunc(s, isSpace)
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// preCue reads the attribution before an opening mark in the same sentence:
// `X said: "…"`, `X told reporters, "…"`, `according to X, "…"`, `X: "…"`.
func (a *attributor) preCue(pre []token) cue {
	if len(pre) == 0 {
		return cue{}
	}
	last := pre[len(pre)-1]
	strongEnd := last.punct && (last.w == ":" || last.w == "," || last.w == "—")
	// transcript style "NAME:"
	if last.w == ":" && len(pre) >= 2 && len(pre) <= 6 {
		np := trimNP(pre[:len(pre)-1])
		if len(np) == len(pre)-1 && len(np) > 0 && np[len(np)-1].capital() && !stopWords().has(np[0].lower) && validSubject(np) {
			return cue{np: np, strong: true, ok: true}
		}
	}
	for v := len(pre) - 1; v >= 0 && len(pre)-v <= 12; v-- {
		if isAccordingTo(pre, v) {
			np := npForward(pre, v+2)
			if len(np) > 0 {
				return cue{np: np, strong: strongEnd, ok: true}
			}
			continue
		}
		if !isCueVerb(pre, v) {
			continue
		}
		if pre[v].lower == "read" || pre[v].lower == "reads" || pre[v].lower == "post" {
			if v+1 < len(pre) && !pre[v+1].punct {
				continue
			}
		}
		if v > 0 && (pre[v-1].lower == "to" || pre[v-1].lower == "be" || pre[v-1].lower == "been" || pre[v-1].lower == "was" && pre[v].lower == "told") {
			continue
		}
		tail := pre[v+1:]
		strong := strongEnd || len(tail) == 0
		for _, t := range tail {
			if t.lower == "that" || t.lower == "whether" || t.lower == "if" || t.lower == "how" {
				strong = false
			}
		}
		var np []token
		if participles().has(pre[v].lower) {
			np = sentenceSubject(pre[:v])
		} else {
			np = subjectBefore(pre, v)
			if len(np) == 0 && len(tail) > 0 && !tail[0].punct && (v == 0 || (v == 1 && pre[0].punct)) {
				// ", said Merkel, "…"": the speaker follows the verb
				if np2 := npForward(pre, v+1); v+1+len(np2) == len(pre)-1 {
					np = np2
				}
			}
			if len(np) == 0 {
				np = sentenceSubject(pre[:v])
			}
		}
		if len(np) == 0 {
			return cue{}
		}
		return cue{np: np, strong: strong, near: strongEnd && len(tail) <= 6, ok: true}
	}
	// "X gave the technique a whirl on Tuesday: "…"": the subject speaks
	if strongEnd && last.w != "—" {
		if np := sentenceSubject(pre); len(np) > 0 && np[0].capital() && followedByVerb(pre, np) {
			return cue{np: np, ok: true, loose: true}
		}
	}
	return cue{}
}

// appositive returns the appositive that follows a speaker phrase ending
// at toks[i] (", speaker of the lower house,"), or nil.
func appositive(toks []token, i int) []token {
	if i+1 >= len(toks) || toks[i].w != "," {
		return nil
	}
	f := toks[i+1]
	if f.punct || (f.capital() && !determiners().has(f.lower)) {
		return nil
	}
	j := i + 1
	for j < len(toks) && j-i <= 16 && !toks[j].punct {
		j++
	}
	return toks[i+1 : j]
}

// stripRelative removes a relative clause set off by commas (", who is an
// actor,") from a speaker phrase.
func stripRelative(np []token) []token {
	for i := 0; i+1 < len(np); i++ {
		if np[i].w != "," {
			continue
		}
		switch np[i+1].lower {
		case "who", "whose", "which", "now", "then", "also":
		default:
			continue
		}
		for j := i + 2; j < len(np); j++ {
			if np[j].w == "," {
				out := make([]token, 0, len(np))
				out = append(out, np[:i]...)
				return append(out, np[j:]...)
			}
		}
		return np[:i]
	}
	return np
}

// validSubject reports whether np (read before a cue verb after a closing
// mark) can be a speaker phrase.
func validSubject(np []token) bool {
	if len(np) == 0 || len(np) > 26 {
		return false
	}
	words := 0
	inAppositive := false
	for i, t := range np {
		if t.punct {
			if t.w != "," && t.w != "." && t.w != "(" && t.w != ")" && t.w != "-" && t.w != "&" {
				return false
			}
			if t.w == "," && i > 0 && words > 0 {
				inAppositive = true // ", a lawyer then working for the firm,"
			}
			continue
		}
		words++
		if inAppositive {
			continue
		}
		if stopWords().has(t.lower) && !pronouns().has(t.lower) && !determiners().has(t.lower) {
			switch t.lower {
			case "of", "for", "from", "at", "in", "who", "on", "with", "and", "to", "by":
				continue
			}
			return false
		}
	}
	if words == 1 && len(np) == 1 && !np[0].capital() {
		// a lone lower-case word speaks only if it is a pronoun or a noun
		// of people or bodies ("officials", "police")
		w := np[0].lower
		return pronouns().has(w) || roleNouns().has(w) || bodyHeads().has(w) || statementNouns().has(w) || strings.HasSuffix(w, "s")
	}
	return words > 0
}

// isAdverb reports whether the lower-case word t may be an adverb between a
// speaker and the verb ("Cruz openly said", "he never said").
func isAdverb(t token) bool {
	if t.punct || t.capital() {
		return false
	}
	w := t.lower
	return adverbs().has(w) || w == "never" || w == "not" || (len(w) > 4 && strings.HasSuffix(w, "ly"))
}

// trimNP drops adverbs and punctuation at the ends of np.
func trimNP(np []token) []token {
	for len(np) > 0 && (np[len(np)-1].punct || adverbs().has(np[len(np)-1].lower)) {
		np = np[:len(np)-1]
	}
	for len(np) > 0 && np[0].punct {
		np = np[1:]
	}
	return np
}

// inNPPreps may stand inside a speaker phrase ("spokesman for the
// ministry", "Robert Smith of the delegation").
func inNPPrep(w string) bool {
	switch w {
	case "of", "for", "from", "at", "de", "del", "da", "al", "bin", "van", "von", "der", "la", "le":
		return true
	}
	return false
}

// subjectBefore returns the noun phrase that ends right before the verb at
// toks[v], skipping adverbs ("the Kremlin said", "Foreign Minister X, 62,
// also told"), or nil.
func subjectBefore(toks []token, v int) []token {
	j := v - 1
	for j >= 0 && isAdverb(toks[j]) {
		j--
	}
	end := j + 1
	if j >= 0 && !toks[j].punct && pronouns().has(toks[j].lower) {
		return toks[j:end]
	}
	for j >= 0 && end-j <= 26 {
		t := toks[j]
		if t.punct && t.w == ")" {
			k := j - 1
			for k >= 0 && toks[k].w != "(" && toks[k].w != "\n" && j-k < 8 {
				k--
			}
			if k >= 0 && toks[k].w == "(" {
				j = k - 1
				continue
			}
		}
		if t.punct {
			if t.w == "," && j > 0 && j+1 < end && !toks[j-1].punct && (toks[j-1].capital() || toks[j-1].lower == "said") {
				first := toks[j+1]
				r, _ := utf8.DecodeRuneInString(first.w)
				if determiners().has(first.lower) || unicode.IsDigit(r) || !first.capital() {
					j--
					continue // an appositive: "X, the minister," or "X, 57,"
				}
			}
			if t.w == "," && j+1 == end {
				j-- // the closing comma of an appositive
				end = j + 1
				// "X, who was listed on the slate, told": skip the clause
				for k := j; k > 0 && j-k < 16; k-- {
					if toks[k].punct && toks[k].w != "," {
						break
					}
					if toks[k].w == "," {
						if r := toks[k+1].lower; r == "who" || r == "whose" || r == "which" {
							j, end = k-1, k
						}
						break
					}
				}
				continue
			}
			break
		}
		if stopWords().has(t.lower) && !determiners().has(t.lower) {
			break
		}
		if pronouns().has(t.lower) {
			break
		}
		if determiners().has(t.lower) {
			j--
			if j >= 0 && !toks[j].punct && inNPPrep(toks[j].lower) {
				continue
			}
			break
		}
		j--
	}
	np := toks[j+1 : end]
	for len(np) > 0 && (np[0].punct || inNPPrep(np[0].lower)) {
		np = np[1:]
	}
	if len(np) == 0 {
		return nil
	}
	// a phrase that follows a word which is no clause boundary is an
	// object ("met with the minister and said"), not the subject
	if b := j; b >= 0 && !toks[b].punct {
		switch toks[b].lower {
		case "and", "but", "that", "when", "while", "as", "so", "then", "because", "where", "after", "before", "since", "although", "though", "if":
		default:
			if !(len(np) >= 1 && np[0].capital()) || determiners().has(np[0].lower) {
				return nil
			}
		}
	}
	return np
}

// npForward returns the noun phrase that starts at toks[i] ("said Senator X,
// Republican of Y" gives "Senator X"; "says a source close to the talks"
// gives "a source close").
func npForward(toks []token, i int) []token {
	for i < len(toks) && toks[i].punct && toks[i].w != "\n" {
		i++
	}
	if i < len(toks) && pronouns().has(toks[i].lower) {
		return toks[i : i+1]
	}
	j := i
	sawCapital := false
	for j < len(toks) && j-i < 12 {
		t := toks[j]
		if t.punct {
			break
		}
		if determiners().has(t.lower) {
			if j > i && !inNPPrep(toks[j-1].lower) {
				break
			}
			j++
			continue
		}
		if inNPPrep(t.lower) {
			if j+1 < len(toks) && !toks[j+1].punct && (toks[j+1].capital() || determiners().has(toks[j+1].lower)) {
				j++
				continue
			}
			break
		}
		if stopWords().has(t.lower) || pronouns().has(t.lower) || isPronounContraction(t.lower) {
			break
		}
		if !sawCapital && j > i && !determiners().has(toks[j-1].lower) && strings.HasSuffix(t.lower, "ed") && !isDescriptor(t.lower) {
			break // "the spokesman refused": a verb after the noun
		}
		if isCueVerb(toks, j) && !(j > i && isBaseForm(t.lower)) {
			break // "An early tweet" is a noun, "a spokesman said" a verb
		}
		if t.capital() {
			if isWeekday(t.lower) && j > i {
				break
			}
			sawCapital = true
		} else if sawCapital && !isNumber(t.w) && !isLowerNameWord(toks, j) && !nameFollows(toks, j) &&
			!roleNouns().has(t.lower) && !isPossessive(toks[j-1].lower) && !endsPhrase(toks, i, j) {
			break
		}
		j++
	}
	np := toks[i:j]
	for len(np) > 0 && (determiners().has(np[len(np)-1].lower) || inNPPrep(np[len(np)-1].lower)) {
		np = np[:len(np)-1]
	}
	return np
}

// nameFollows reports whether lower-case descriptors at toks[j] lead to a
// capitalized name within three words ("Los Angeles-based attorney Edgar
// Smith").
func nameFollows(toks []token, j int) bool {
	desc := false
	for k := j; k < len(toks) && k < j+3; k++ {
		t := toks[k]
		if t.capital() {
			return desc && !isWeekday(t.lower)
		}
		if t.punct || !isDescriptor(t.lower) {
			return false
		}
		if roleNouns().has(t.lower) || strings.Contains(t.lower, "-") {
			desc = true
		}
	}
	return false
}

// isDescriptor reports whether the lower-case word w may describe a person
// before the name ("former", "Los Angeles-based", "attorney").
func isDescriptor(w string) bool {
	switch w {
	case "former", "senior", "chief", "deputy", "top", "retired", "acting", "longtime",
		"veteran", "then", "late", "general", "assistant", "vice", "party", "campaign",
		"state", "foreign", "finance", "defense", "defence", "interior", "trade", "law",
		"election", "political", "security", "policy", "oil", "energy", "economic":
		return true
	}
	return roleNouns().has(w) || (strings.Contains(w, "-") && !strings.HasSuffix(w, "ing"))
}

// isPronounContraction reports whether w is a pronoun with a contracted
// verb ("she's", "it's", "they're").
func isPronounContraction(w string) bool {
	p, _, ok := strings.Cut(w, "'")
	return ok && (pronouns().has(p) || p == "that" || p == "there" || p == "what" || p == "who")
}

// isPossessive reports whether w ends in a possessive ("Clinton's").
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'")
}

// endsPhrase reports whether the lower-case toks[j] is the noun that ends
// a prepositional phrase of the speaker phrase toks[i:j] before punctuation
// or a verb of saying ("of the New York delegation, said").
func endsPhrase(toks []token, i, j int) bool {
	w := toks[j].lower
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
		return false
	}
	prep := false
	for k := i + 1; k < j; k++ {
		if t := toks[k]; inNPPrep(t.lower) && !t.capital() {
			prep = true
		}
	}
	if !prep {
		return false
	}
	if j+1 >= len(toks) {
		return true
	}
	n := toks[j+1]
	return (n.punct && n.w != "(") || isCueVerb(toks, j+1)
}

// isBaseForm reports whether a verb of saying is in a form that is also a
// noun ("tweet", "comment", "statement") rather than a past or present
// tense ("tweeted", "says", "told").
func isBaseForm(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		return false
	}
	switch w {
	case "said", "told", "wrote", "began", "went", "shot", "fired", "read", "say", "tell", "add", "ask", "state", "write":
		return false
	}
	return true
}

// isLowerNameWord reports whether the lower-case toks[j] continues a name
// ("Abdel Fattah el-Sisi").
func isLowerNameWord(toks []token, j int) bool {
	w := toks[j].lower
	return strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "al-") || w == "bin" || w == "ibn"
}

func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "last", "earlier", "later", "this", "next":
		return true
	}
	return false
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// sentenceSubject returns the first noun phrase of a sentence after an
// introductory phrase ("On Tuesday, Mr. X ...", "In a statement, the
// ministry ...").
func sentenceSubject(toks []token) []token {
	i := skipDateline(toks)
	for i < len(toks) && toks[i].punct {
		i++
	}
	if i < len(toks) && introWords().has(toks[i].lower) {
		for j := i; j < len(toks) && j-i < 10; j++ {
			if toks[j].w == "," {
				i = j + 1
				break
			}
		}
	}
	np := npForward(toks, i)
	if len(np) == 0 || !(np[0].capital() || pronouns().has(np[0].lower)) {
		return nil // a fragment, not the start of a sentence
	}
	return np
}

// skipDateline returns the index of the first token after a dateline that
// opens toks ("PARIS, March 18 - ", "AP - ", "MOSCOW (Reuters) — "), or 0.
func skipDateline(toks []token) int {
	for i := 0; i < len(toks) && i < 10; i++ {
		t := toks[i]
		if t.punct {
			switch t.w {
			case "-", "—", "–":
				if i > 0 {
					return i + 1
				}
				return 0
			case ",", "(", ")", ".":
				continue
			}
			return 0
		}
		if !t.capital() && !isNumber(t.w) {
			return 0
		}
	}
	return 0
}

// endsWithStop reports whether quoted words end a sentence.
func endsWithStop(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '\'' || r == '’' || r == '"' || r == '”' || r == ')' || isSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// endsWithComma reports whether quoted words end with a comma (the
// attribution follows).
func endsWithComma(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '\'' || r == '’' || r == '"' || r == '”' || isSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ',' || r == '—' || r == '–' || r == '-'
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// countWords counts the words of s.
func countWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		var w bool
		if c := s[i]; c < utf8.RuneSelf {
			w = asciiWord[c] || c == '\'' || c == '-'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			w = isWordRune(r) || r == '’'
			i += size
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// titleLike reports whether a quotation without a cue is the title of a
// work or a name in quotation marks.
func (a *attributor) titleLike(q rawQuote, pre []token, words int) bool {
	if len(pre) > 0 {
		last := pre[len(pre)-1]
		if !last.punct && workNouns().has(last.lower) {
			return true
		}
		if len(pre) >= 2 && last.punct && last.w == "," && workNouns().has(pre[len(pre)-2].lower) {
			return true
		}
	}
	if len(pre) == 0 || words > 12 {
		return false
	}
	// Title Case words inside a sentence
	toks := a.tokens(miscBuf, q.start, q.end)
	caps, n := 0, 0
	for _, t := range toks {
		if t.punct {
			continue
		}
		n++
		if t.capital() {
			caps++
		} else if len(t.w) <= 3 {
			n-- // of, the, and, in
		}
	}
	return n >= 2 && caps == n
}
