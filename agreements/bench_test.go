package agreements

import (
	"strings"
	"testing"
)

func BenchmarkExtract(b *testing.B) {
	para := "Russia and Cuba signed a comprehensive energy agreement in Havana on Tuesday. " +
		"The two presidents pledged to deepen their strategic partnership in industry and trade. " +
		"Cuba has been subjected to unilateral sanctions imposed by the United States for six decades, " +
		"and Havana condemned the embargo again.\n"
	text := strings.Repeat(para, 20)
	sents, ms := fixture(strings.ReplaceAll(text, ". ", ".\n"),
		ctry("Russia", "RUS"), ctry("Cuba", "CUB"), capt("Havana", "CUB"), ctry("United States", "USA"))
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(text, sents, ms, nil)
	}
}
