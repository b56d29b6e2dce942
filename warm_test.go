package diplomacy_test

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"testing"

	"github.com/diplomacy-go/diplomacy"
)

// TestNewParserWarmsLexicons checks, in a fresh process, that the first
// Parse after NewParser does not build the relation lexicons: it allocates
// about as much as a second Parse of the same text, where building the
// lexicons would cost tens of thousands of allocations.
func TestNewParserWarmsLexicons(t *testing.T) {
	const text = `"We reject these sanctions," Peru's foreign minister said on Friday, ` +
		`after Peru and Chile signed a trade accord in Lima.`
	if os.Getenv("DIPLOMACY_FIRST_PARSE") == "1" {
		p, err := diplomacy.NewParser(diplomacy.Options{})
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		count := func() uint64 {
			var a, b runtime.MemStats
			runtime.ReadMemStats(&a)
			if _, err := p.Parse(text, day("2024-05-03")); err != nil {
				fmt.Println(err)
				os.Exit(1)
			}
			runtime.ReadMemStats(&b)
			return b.Mallocs - a.Mallocs
		}
		first := count()
		fmt.Println(first, count())
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestNewParserWarmsLexicons$")
	cmd.Env = append(os.Environ(), "DIPLOMACY_FIRST_PARSE=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child process: %v\n%s", err, out)
	}
	var first, second uint64
	if _, err := fmt.Sscan(string(out), &first, &second); err != nil {
		t.Fatalf("child output %q: %v", out, err)
	}
	t.Logf("allocations: first Parse %d, second %d", first, second)
	if first > second+1000 {
		t.Errorf("the first Parse allocates %d times, the second %d: NewParser left lexicons to build", first, second)
	}
}
