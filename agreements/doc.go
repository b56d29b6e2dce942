// Package agreements reads agreements, partnerships and sanctions from
// diplomatic text, given its sentences, entity mentions and time expressions.
//
// Each fact names its parties by actor code (ISO 3166 alpha-3 for states,
// short codes such as "EU" or "OPEC" for organizations), carries normalized
// attributes (an agreement's kind and lifecycle status, a partnership's kind
// and trend, a sanction's kind and what is done with it) and the sentence it
// was read from as evidence.
//
// Triggers ("treaty", "strategic partnership", "arms embargo"), lifecycle
// cues, trend words, sanction actions, sectors and the small word lists that
// steer the rules come from the embedded, editable lexicons in data/*.tsv.
//
// Parties are read from the trigger's frames first: modifiers ("the
// Russian-Cuban strategic partnership", "EU sanctions", "Canada's ban"),
// "between X and Y", "with X" plus the clause's subject, "by X", "sanctions
// on X", "X has been subjected to". A reference that names no parties
// ("the agreements reached during the visit", "these sanctions") joins the
// agreement or regime last spoken of, or takes the two actors the text is
// about when it speaks of "the two sides". Statement authors ("We, the
// leaders of ...", "Statement by ...") stand for "we" and "our". Mediators
// ("brokered by X", "an X-brokered truce"), venues ("talks in Geneva", "the
// Minsk agreements") and the reasons for sanctions ("over Crimea") are not
// parties. Wishes and denials ("could lead to an agreement", "no deal") are
// left out.
//
// Repeated references collapse: one Agreement per set of parties (its status
// the furthest one stated), one Partnership per set of parties (its kind the
// most specific), one Sanction per regime (references with overlapping
// targets and compatible imposers; its action the most specific). Unstated
// imposers may be inferred from the sentence's other actors when the text
// makes them plain ("Cuba condemned the sanctions, blaming the United
// States").
package agreements
