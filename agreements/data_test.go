package agreements

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestData checks every lexicon: it parses, keys are unique, and values are
// the ones SPEC.md allows.
func TestData(t *testing.T) {
	if _, err := build(); err != nil {
		t.Fatal(err)
	}
	allowed := map[string][]string{
		"agreement_triggers.tsv":   {"treaty", "agreement", "memorandum", "deal", "contract", "accord", "ceasefire", "declaration"},
		"agreement_status.tsv":     keys(statusRank),
		"agreement_verbs.tsv":      {"reached"},
		"partnership_triggers.tsv": keys(kindRank),
		"trends.tsv":               {"strengthening", "stable", "weakening"},
		"sanction_triggers.tsv":    {"economic", "financial", "trade", "arms_embargo", "embargo", "travel_ban", "asset_freeze", "diplomatic", "unilateral", "other"},
		"sanction_kinds.tsv":       {"economic", "financial", "trade", "arms_embargo", "embargo", "travel_ban", "asset_freeze", "diplomatic", "unilateral", "other"},
		"sanction_actions.tsv":     keys(actionRank),
		"cues.tsv":                 {"modal", "hypothetical", "negation", "definite", "bilateral", "issuers", "author", "mod", "rupture"},
		"sanction_targets.tsv":     nil,
		"sectors.tsv":              nil,
		"groups.tsv":               nil,
		"imposers.tsv":             nil,
		"territories.tsv":          nil,
		"business.tsv":             nil,
	}
	code := regexp.MustCompile(`^([A-Z]{3}|[A-Z][A-Z0-9_]+)$`)
	entries, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			want, ok := allowed[e.Name()]
			if !ok {
				t.Fatalf("no check for %s", e.Name())
			}
			b, _ := dataFS.ReadFile("data/" + e.Name())
			if !strings.HasPrefix(string(b), "#") {
				t.Errorf("no # header")
			}
			if !strings.Contains(string(b), "\n# DataVersion "+DataVersion+"\n") {
				t.Errorf("header lacks # DataVersion %s", DataVersion)
			}
			rows, err := readRows(e.Name())
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, r := range rows {
				key := r.cols[0]
				if e.Name() == "cues.tsv" {
					key += "\t" + r.cols[1]
				}
				if seen[key] {
					t.Errorf("line %d: duplicate %q", r.line, key)
				}
				seen[key] = true
				if want != nil && (len(r.cols) < 2 || !slices.Contains(want, r.cols[1])) {
					t.Errorf("line %d: value %q not in %v", r.line, r.cols, want)
				}
				switch e.Name() {
				case "imposers.tsv", "territories.tsv":
					if !code.MatchString(key) {
						t.Errorf("line %d: bad code %q", r.line, key)
					}
				case "groups.tsv":
					for _, c := range strings.Fields(r.cols[1]) {
						if !code.MatchString(c) {
							t.Errorf("line %d: bad code %q", r.line, c)
						}
					}
				}
			}
		})
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
