// Package quotes finds direct quotations in news text and attributes them to
// their speakers.
//
// Find recognises straight ("…"), curly (“…”), typewriter (two backticks or
// two apostrophes opening, two apostrophes closing), German („…“) and French
// («…») quotation marks, quotations that run over several paragraphs (a
// paragraph left open and the next one reopened), and quotations
// interrupted by their attribution ("We are ready," he said, "to continue."
// gives two quotes with the same speaker). Single quotation marks (‘…’)
// count outside double ones when an attribution goes with them, and
// hard-wrapped text (newswire lines of fixed width) is read by paragraph,
// not by line. Scare quotes of one to three words inside a sentence, titles
// of works, and partial quotations that continue the reporter's own
// sentence (called it "a step forward", said that "…") are not quotes.
//
// The speaker is read from the attribution around the quotation: `"…," the
// Kremlin said`, `X said: "…"`, `said X`, `according to X`, `X told
// reporters`, `the statement said`, pronouns (`he added`), and quotations
// without a cue of their own that continue the previous speaker. When entity
// mentions are given, a leader mention names the speaker canonically and any
// leader, country or organization mention in the speaker phrase gives the
// speaker's actor code.
package quotes

import (
	"slices"
	"sync"

	"github.com/diplomacy-go/diplomacy/entities"
)

// Quote is a direct quotation attributed to a speaker.
type Quote struct {
	// Text is the quoted words without the outer quotation marks, exactly
	// text[Start:End].
	Text string `json:"text"`
	// Speaker is the speaker as the text names them; a leader's canonical
	// name (Mention.Name) when the speaker is a leader mention; "" when the
	// text gives no speaker.
	Speaker string `json:"speaker"`
	// Actor is the speaker's actor code (country or organization code), ""
	// when unknown.
	Actor string `json:"actor"`
	// Span holds the byte offsets of the quoted words (JSON "start", "end").
	entities.Span
	// SpeakerSpan is where the speaker is named (zero when none). For a
	// pronoun or a continued quotation it is where the speaker was named
	// last.
	SpeakerSpan entities.Span `json:"-"`
}

// Find returns the quotes of text in order. mentions are the entity mentions
// of the whole text (byte offsets into text), sorted by Start; they may be
// nil. Mentions whose offsets do not fit text are ignored.
func Find(text string, mentions []entities.Mention) []Quote {
	wrapped := isWrapped(text)
	a := attributors.Get().(*attributor)
	defer a.release()
	a.raws = scanQuotes(a.raws, text, wrapped)
	if len(a.raws) == 0 {
		return nil
	}
	a.init(text, cleanMentions(text, mentions), wrapped)
	return a.run()
}

// attributors holds attributors whose buffers can be reused by the next
// call of Find.
var attributors = sync.Pool{New: func() any { return new(attributor) }}

// cleanMentions keeps the mentions whose spans lie inside text, sorted by
// Start (the input is expected sorted; a copy is sorted only when needed).
func cleanMentions(text string, ms []entities.Mention) []entities.Mention {
	ok := true
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || (i > 0 && ms[i-1].Start > m.Start) {
			ok = false
			break
		}
	}
	if ok {
		return ms
	}
	out := make([]entities.Mention, 0, len(ms))
	for _, m := range ms {
		if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b entities.Mention) int { return a.Start - b.Start })
	return out
}
