package quotes_test

import (
	"fmt"

	"github.com/diplomacy-go/diplomacy/quotes"
)

func ExampleFind() {
	text := `"We are ready," Foreign Minister Lena Holm said, "to resume the talks."`
	for _, q := range quotes.Find(text, nil) {
		fmt.Printf("%q by %s [%d,%d)\n", q.Text, q.Speaker, q.Start, q.End)
	}
	// Output:
	// "We are ready," by Foreign Minister Lena Holm [1,14)
	// "to resume the talks." by Foreign Minister Lena Holm [50,70)
}
