// Command brief prints a readable summary of one diplomatic news article:
// headline and date, who is involved, what happened, agreements,
// partnerships and sanctions, who said what, and who feels how about whom.
//
//	go run ./examples/brief                 # the built-in sample article
//	go run ./examples/brief article.txt     # a file
//	go run ./examples/brief - < article.txt # standard input
//
// The built-in article is fictional wire copy written for this example.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/diplomacy-go/diplomacy"
)

//go:embed article.txt
var sample string

// samplePublished is the publication date of the built-in article.
const samplePublished = "2024-03-14"

func main() {
	published := flag.String("published", "", "reference date `YYYY-MM-DD` (default: the dateline's date; the sample's own date for the sample)")
	flag.Parse()
	text, pub := sample, samplePublished
	if flag.NArg() > 0 {
		var b []byte
		var err error
		if flag.Arg(0) == "-" {
			b, err = io.ReadAll(os.Stdin)
		} else {
			b, err = os.ReadFile(flag.Arg(0))
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "brief:", err)
			os.Exit(1)
		}
		text, pub = string(b), ""
	}
	if *published != "" {
		pub = *published
	}
	var ref time.Time
	if pub != "" {
		t, err := time.Parse("2006-01-02", pub)
		if err != nil {
			fmt.Fprintf(os.Stderr, "brief: -published: want YYYY-MM-DD, got %q\n", pub)
			os.Exit(2)
		}
		ref = t
	}
	doc, err := diplomacy.Parse(text, ref)
	if err != nil {
		fmt.Fprintln(os.Stderr, "brief:", err)
		os.Exit(1)
	}
	fmt.Print(Brief(doc))
}

// Brief renders a document as a short plain-text report.
func Brief(doc *diplomacy.Document) string {
	var b strings.Builder
	title := doc.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(&b, "%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
	var when []string
	if doc.Published != "" {
		when = append(when, doc.Published)
	}
	if d := doc.Dateline; d != nil {
		when = append(when, "filed from "+d.Place+" ("+name(doc, d.Country)+")")
	}
	if len(when) > 0 {
		fmt.Fprintf(&b, "%s\n", strings.Join(when, ", "))
	}
	fmt.Fprintf(&b, "Overall tone: %s (%+.2f)\n", toneWord(doc.Tone), doc.Tone)

	section(&b, "Who", len(doc.Leaders)+len(doc.Countries)+len(doc.Organizations))
	for _, l := range doc.Leaders {
		fmt.Fprintf(&b, "  - %s, %s of %s (%s)\n", l.Name, strings.ToLower(strings.TrimSpace(l.Title)), name(doc, l.Country), strings.ReplaceAll(l.Role, "_", " "))
	}
	if len(doc.Countries) > 0 {
		var cs []string
		for _, c := range doc.Countries {
			cs = append(cs, fmt.Sprintf("%s (%d)", c.Name, len(c.Mentions)))
		}
		fmt.Fprintf(&b, "  Countries, by mentions: %s\n", strings.Join(cs, ", "))
	}
	if len(doc.Organizations) > 0 {
		var os []string
		for _, o := range doc.Organizations {
			os = append(os, o.Name)
		}
		fmt.Fprintf(&b, "  Organizations: %s\n", strings.Join(os, ", "))
	}

	section(&b, "What happened", len(doc.Events))
	for _, e := range doc.Events {
		if e.Negated {
			continue
		}
		v := verb(e.Type, e.Mode)
		line := fmt.Sprintf("%s %s", name(doc, e.Source), v)
		if e.Target != "" {
			line += " " + name(doc, e.Target)
		} else {
			// No target named: "agreed", not "agreed with".
			for _, prep := range []string{" with", " to", " of", " from", " against"} {
				v = strings.TrimSuffix(v, prep)
			}
			line = fmt.Sprintf("%s %s (no target named)", name(doc, e.Source), v)
		}
		if e.Date != "" {
			line += " on " + e.Date
		}
		fmt.Fprintf(&b, "  - %s  [CAMEO %s, Goldstein %+.1f]\n", line, e.CAMEO, e.Goldstein)
	}

	section(&b, "Agreements, partnerships, sanctions", len(doc.Agreements)+len(doc.Partnerships)+len(doc.Sanctions))
	for _, a := range doc.Agreements {
		fmt.Fprintf(&b, "  - %s between %s: %s", a.Kind, names(doc, a.Parties), strings.ReplaceAll(a.Status, "_", " "))
		if a.Date != "" {
			fmt.Fprintf(&b, " (%s)", a.Date)
		}
		if len(a.Sectors) > 0 {
			fmt.Fprintf(&b, "; sectors: %s", strings.Join(a.Sectors, ", "))
		}
		b.WriteString("\n")
	}
	for _, p := range doc.Partnerships {
		fmt.Fprintf(&b, "  - %s of %s, %s", p.Kind, names(doc, p.Parties), p.Trend)
		if len(p.Sectors) > 0 {
			fmt.Fprintf(&b, "; sectors: %s", strings.Join(p.Sectors, ", "))
		}
		b.WriteString("\n")
	}
	for _, s := range doc.Sanctions {
		fmt.Fprintf(&b, "  - %s sanctions", strings.ReplaceAll(s.Kind, "_", " "))
		if len(s.Imposers) > 0 {
			fmt.Fprintf(&b, " by %s", names(doc, s.Imposers))
		}
		if len(s.Targets) > 0 {
			fmt.Fprintf(&b, " on %s", names(doc, s.Targets))
		}
		fmt.Fprintf(&b, ": %s", s.Action)
		if len(s.By) > 0 {
			fmt.Fprintf(&b, " by %s", names(doc, s.By))
		}
		b.WriteString("\n")
	}

	section(&b, "Who said what", len(doc.Quotes))
	for _, q := range doc.Quotes {
		who := q.Speaker
		if who == "" {
			who = "(unattributed)"
		}
		if q.Actor != "" {
			who += " (" + name(doc, q.Actor) + ")"
		}
		fmt.Fprintf(&b, "  - %s: \u201c%s\u201d\n", who, shorten(q.Text, 110))
	}

	section(&b, "Who feels how about whom", len(doc.Stances))
	for _, s := range doc.Stances {
		fmt.Fprintf(&b, "  - %s is %s toward %s (%+.2f)\n", name(doc, s.Holder), s.Polarity, name(doc, s.Target), s.Score)
	}
	return b.String()
}

func section(b *strings.Builder, head string, n int) {
	if n == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", head)
}

// name returns the display name of an actor code.
func name(doc *diplomacy.Document, code string) string {
	if code == "" {
		return "someone"
	}
	for _, c := range doc.Countries {
		if c.Code == code {
			return c.Name
		}
	}
	for _, o := range doc.Organizations {
		if o.Code == code {
			return o.Name
		}
	}
	return code
}

func names(doc *diplomacy.Document, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = name(doc, c)
	}
	switch len(out) {
	case 0:
		return "unnamed parties"
	case 1:
		return out[0]
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

func verb(typ, mode string) string {
	switch typ {
	case "CONSULT":
		switch mode {
		case "phone":
			return "spoke by phone with"
		case "visit":
			return "visited"
		case "host":
			return "hosted"
		}
		return "consulted with"
	case "AGREE":
		return "agreed with"
	case "SUPPORT":
		return "supported"
	case "COOPERATE":
		return "cooperated with"
	case "AID":
		return "gave aid to"
	case "REQUEST":
		return "made a request of"
	case "ACCUSE":
		return "criticized"
	case "REJECT":
		return "rejected"
	case "THREATEN":
		return "threatened"
	case "PROTEST":
		return "protested against"
	case "SANCTION":
		return "sanctioned"
	case "CONCEDE":
		return "made a concession to"
	case "RETREAT":
		return "pulled back from"
	case "MOBILIZE":
		return "mobilized against"
	case "COERCE":
		return "coerced"
	case "ASSAULT":
		return "attacked"
	}
	return strings.ToLower(typ)
}

func toneWord(t float64) string {
	switch {
	case t > 0.15:
		return "positive"
	case t < -0.15:
		return "negative"
	}
	return "neutral"
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "\u2026"
}
