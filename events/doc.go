// Package events codes the events of diplomatic news sentences in PLOVER
// and CAMEO terms: who did what to whom ("Russia imposed sanctions on
// Belarus" is SANCTION, CAMEO 163, source RUS, target BLR).
//
// Code reads one sentence at a time, given the entity mentions the entities
// package found in the text. It works without a parser, from embedded data:
//
//   - data/verbs.tsv: the trigger lexicon, verbal patterns ("held talks with",
//     "slapped sanctions on", inflected from their lemma) and nominal ones
//     ("talks between", "Russia's invasion of"), each with its CAMEO code;
//     blocking patterns keep idioms ("shot back", "signed into law") out;
//   - data/cameo.tsv: each CAMEO code's PLOVER type and mode and its
//     Goldstein score (GDELT and PLOVER tables, with the SPEC's changes);
//   - data/intent.tsv: how an announced intention is coded ("will visit" is
//     AGREE 036, besides the visit itself; "threatened to impose sanctions"
//     is THREATEN 1312);
//   - data/words.tsv and data/irregular.tsv: closed word classes (negators,
//     modals, reporting verbs, prepositions) and irregular verb forms.
//
// Actors come from the clause: the subject before the verb (active) or the
// "by" phrase (passive) is the source, the first actor after it the target.
// Compound actors give one event per pair, and "X and Y met" one event X-Y.
// A state never acts on itself in a diplomatic event ("Russian President
// Putin" is one actor). Negations, wishes, hypotheses and questions give
// events marked Negated; a possible hostile act ("X could impose sanctions")
// is a threat. Precision comes first: one event per verb clause at most,
// and none without a trigger.
//
// The coder is deterministic and safe for concurrent use; its data is built
// once, lazily. Its cost is proportional to the sentence, not the text: it
// reads the words once, looks them up in one hash table, reuses its buffers
// from call to call, and stops early at a sentence where no pattern can
// match.
package events
