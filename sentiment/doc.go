// Package sentiment scores diplomatic text and finds the stances of actors
// toward one another.
//
// A Lexicon holds scored words and phrases of diplomatic language ("fruitful",
// "grave concern", "interference in internal affairs") with negators,
// intensifiers, hedges and diminishers. Score rates a stretch of text in
// [-1, 1], Tone a whole document, and Stances reads, from entity mentions,
// sentences and quotations, which actor praises, supports, condemns or accuses
// which other actor; Analyze gives both the stances and the tone of a text
// in one reading. The built-in lexicon (Default) is embedded and loaded
// once; every Lexicon is immutable and safe for concurrent use.
package sentiment
