package events

import (
	"testing"

	"github.com/diplomacy-go/diplomacy/entities"
	"github.com/diplomacy-go/diplomacy/internal/devsuite"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// checkFast checks the fast paths of the coder against their plain
// definitions on text[sent]: tokenize against tokenizeRef, that
// the gate says yes wherever mayMatch does, and that the events are
// those of runRef.
func checkFast(t *testing.T, text string, sent entities.Span, ms []entities.Mention) {
	t.Helper()
	lx := loadLexicon()
	ref := newCoder(lx, text, sent, ms, Options{})
	defer ref.free()
	ref.tokenizeRef(sent.Start, sent.End)
	ref.spell()
	c := newCoder(lx, text, sent, ms, Options{})
	defer c.free()
	var g gateState
	gate := g.run(lx, text, sent.Start, sent.End)
	c.tokenize(sent.Start, sent.End)
	c.spell()
	if diff := cmp.Diff(ref.toks, c.toks, cmp.AllowUnexported(token{}), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("tokens of %q (-ref +fast):\n%s", text[sent.Start:sent.End], diff)
	}
	if !gate && len(ref.toks) > 0 && ref.mayMatch() {
		t.Fatalf("the gate says no, mayMatch yes: %q", text[sent.Start:sent.End])
	}
	r := newCoder(lx, text, sent, ms, Options{})
	defer r.free()
	if diff := cmp.Diff(r.runRef(), CodeWith(text, sent, ms, Options{}), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("events of %q (-ref +fast):\n%s", text[sent.Start:sent.End], diff)
	}
}

// runRef is run without the gate and with tokenizeRef.
func (c *coder) runRef() []Event {
	c.tokenizeRef(c.sent.Start, c.sent.End)
	return c.code()
}

func TestFastPaths(t *testing.T) {
	texts := []string{
		benchArticle,
		"The U.S. and U.N. didn't agree; Kyiv\u2019s allies WON\u2019T, can't, SHAN'T.",
		"T\u00fcrkiye and \u00c9MIRATS met \u0130stanbul's \u212aelvin; Iran \xff\xfeSIGNED a deal.",
		"\u201cNo\u201d \u2014 said -- the pro-Iranian U.S.-backed E.U.'s envoys' \u02bcs talks",
		"Egypt said Ethiopia MUST stop. A.B.C. U.\u00c9. a.1 x.y.z 12.5 N'T n't 'd",
		"", " ", "'", "n't", "U.", "didn\u2019", "didn\u2019t",
	}
	for _, text := range texts {
		d := prepare(text)
		checkFast(t, text, whole(text), d.ms)
		for i := 0; i < len(text); i += 7 {
			checkFast(t, text, entities.Span{Start: i, End: min(len(text), i+40)}, d.ms)
		}
	}
}

// TestFastPathsSuites checks the fast paths on every sentence of the
// development suites (skipped where they are absent).
func TestFastPathsSuites(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	suite, _ := devsuite.Load(t, "places-dev", "quotes-dev", "diplo-dev", "plover-dev")
	for _, doc := range suite {
		d := prepare(doc.Text)
		for _, sent := range d.sents {
			checkFast(t, d.text, sent, d.ms)
		}
	}
}
