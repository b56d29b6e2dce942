package sentiment

import "strings"

// actKind classifies what an act noun ("the move", "the test") names and
// which verbs perform it.
type actKind uint8

const (
	actSpeech   actKind = 1 << iota // remarks, statement: said, declared
	actDecision                     // decision: decided, voted, approved
	actVisit                        // visit, trip: visited, travelled
	actDeploy                       // deployment: deployed, sent
	actGeneric                      // move, step, measure: any deed of the subject
	actMissile                      // test, launch: fired, launched, tested
	actAttack                       // attack, strike: attacked, struck, shelled
)

// deedActs are the acts whose noun refers to whoever performed them, however
// far back (within deedWindow sentences): "North Korea fired a missile ...
// Japan condemned the test".
const (
	deedActs   = actMissile | actAttack
	deedWindow = 5 // sentences back in which a deed is looked for
)

// actNouns are the nouns that, after "the", "this" ..., refer back to an act.
var actNouns = map[string]actKind{
	"move": actGeneric, "moves": actGeneric, "step": actGeneric, "steps": actGeneric,
	"action": actGeneric, "actions": actGeneric, "measure": actGeneric, "measures": actGeneric,
	"policy":   actGeneric,
	"decision": actDecision, "decisions": actDecision,
	"announcement": actSpeech | actDecision, "remarks": actSpeech, "comments": actSpeech, "statement": actSpeech,
	"visit": actVisit, "trip": actVisit,
	"deployment": actDeploy,
	"test":       actMissile, "tests": actMissile, "launch": actMissile, "launches": actMissile,
	"attack": actAttack, "attacks": actAttack, "strike": actAttack, "strikes": actAttack,
}

// actVerbs are the verb forms that perform an act of each kind.
var actVerbs = func() map[string]actKind {
	m := map[string]actKind{}
	add := func(k actKind, ws ...string) {
		for _, w := range ws {
			m[w] |= k
		}
	}
	add(actDecision, "decided", "decides", "voted", "votes", "approved", "approves", "adopted", "adopts", "ruled",
		"rules", "chose", "chooses", "agreed", "agrees", "ordered", "orders", "announced", "announces", "opted",
		"opts", "resolved", "imposed", "imposes", "endorsed", "endorses")
	add(actVisit, "visited", "visits", "travelled", "traveled", "travels", "arrived", "arrives", "toured", "tours",
		"went", "goes", "flew", "flies", "came", "comes")
	add(actDeploy, "deployed", "deploys", "sent", "sends", "stationed", "stations", "moved", "dispatched", "dispatches")
	add(actMissile, "fired", "fires", "launched", "launches", "tested", "tests", "conducted",
		"conducts", "carried")
	add(actAttack, "attacked", "attacks", "struck", "strikes", "launched", "launches", "fired", "fires", "carried",
		"conducted", "conducts", "bombed", "bombs", "shelled", "shells", "raided", "raids", "invaded", "invades",
		"hit", "hits", "targeted", "targets", "stormed", "storms")
	// irregular past tenses that report a deed
	add(actGeneric, "took", "made", "cut", "set", "put", "began", "withdrew", "froze", "broke", "chose", "sought",
		"shut", "gave", "built", "brought", "drew", "won", "led", "left", "paid", "sold", "bought", "kept", "held",
		"sent", "struck", "hit", "went", "came", "flew", "ran", "rose", "fell", "began", "undertook", "overtook")
	return m
}()

// modalCues are words after a subject that announce a deed in the verb that
// follows: "Japan will close its embassy", "X plans to expel".
var modalCues = set("will", "would", "shall", "can", "could", "may", "might", "must", "to", "plans", "plan",
	"intends", "intend", "wants", "want", "vowed", "pledged", "promised", "threatened")

// referent resolves the act noun of "condemned the test" at term token t: the
// actor who performed the act. A deed ("the test", "the attack") belongs to
// the subject of the latest sentence whose verb performs it; any other act
// ("the move", "the decision", "the remarks") to the subject of the previous
// sentence, and only when that sentence's verb is such an act. Otherwise
// there is no referent.
func (d *doc) referent(noun string, t int) []string {
	kind := actNouns[noun]
	if kind&deedActs != 0 {
		return d.deedAgent(kind&deedActs, t)
	}
	if !d.hasPrev {
		return nil
	}
	lo, hi := d.prevSent[0], d.prevSent[1]
	subj := d.sentenceSubject(lo, hi)
	if len(subj) == 0 {
		return nil
	}
	if d.subjectVerb(lo, hi)&kind == 0 {
		return nil
	}
	return subj
}

// subjectVerb classifies the verb that follows the subject opening the
// sentence [lo, hi): "The Belarusian ministry said ..." is speech, "Japan
// sent warships" a deed.
func (d *doc) subjectVerb(lo, hi int) actKind {
	t := -1
	for k := lo; k < hi && k < lo+6; k++ {
		if m := d.mentionAt(k); m >= 0 {
			t = d.ments[m].t1
			break
		}
	}
	if t < 0 {
		return 0
	}
	modal := false
	for steps := 0; t < hi && steps < 12; steps++ {
		if m := d.mentionAt(t); m >= 0 {
			t = d.ments[m].t1
			continue
		}
		tk := d.toks[t]
		w := d.norm(t)
		if tk.kind != tokWord {
			if w == "," || w == "-" {
				t++
				continue
			}
			return 0
		}
		var kind actKind
		if it := d.items[d.itemAt[t]]; it.i == t && it.term != nil && it.term.Tags&TagSpeech != 0 {
			kind = actSpeech
		}
		kind |= actVerbs[w]
		if kind == 0 && tk.upper || w == "'s" || w == "and" || agentWords.has(w) || titleWords.has(w) {
			t++ // the rest of the subject: "Foreign Minister X", "Iran's foreign ministry"
			continue
		}
		if kind&actSpeech != 0 {
			return kind
		}
		if kind != 0 {
			return kind | actGeneric
		}
		if modalCues.has(w) {
			modal = true
			t++
			continue
		}
		if subjectSkip.has(w) || strings.HasSuffix(w, "ly") && len(w) > 4 {
			t++
			continue
		}
		if modal || len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
			return kind | actGeneric
		}
		return 0
	}
	return 0
}

// deedAgent finds who performed a deed of the given kind: the subject of
// the latest verb performing it, in the sentence of token t before t or in
// the deedWindow sentences before.
func (d *doc) deedAgent(kind actKind, t int) []string {
	for s := d.sentIdx; s >= 0 && s >= d.sentIdx-deedWindow && s < len(d.spans); s-- {
		lo, hi := d.spans[s][0], d.spans[s][1]
		if s == d.sentIdx {
			hi = min(hi, t)
		}
		for k := hi - 1; k >= lo; k-- {
			tk := d.toks[k]
			if tk.kind != tokWord || actVerbs[d.norm(k)]&kind == 0 || d.mentionAt(k) >= 0 {
				continue
			}
			if k > lo && determiners.has(d.norm(k-1)) {
				continue // a noun: "the launch", "its strikes"
			}
			if codes := d.deedSubject(k, lo); len(codes) > 0 {
				return codes
			}
		}
	}
	return nil
}

// deedSubject returns the actor right before the verb at token k, with only
// auxiliaries, adverbs and an official's title between: "North Korea fired",
// "Russia's army has shelled".
func (d *doc) deedSubject(k, lo int) []string {
	for b, steps := k-1, 0; b >= lo && steps < 6; b, steps = b-1, steps+1 {
		if m := d.mentionAt(b); m >= 0 {
			if p := d.ments[m].t0 - 1; p >= lo {
				pw := d.norm(p)
				if pw == "the" && p-1 >= lo {
					pw = d.norm(p - 1)
				}
				if victimPreps.has(pw) || objectPreps.has(pw) || pw == "by" || pw == "from" {
					return nil
				}
			}
			return d.group(m, lo, k)
		}
		w := d.norm(b)
		if d.toks[b].kind != tokWord && w != "-" {
			return nil
		}
		if !(subjectSkip.has(w) || agentWords.has(w) || titleWords.has(w) || w == "'s" || w == "-" || w == "test" || strings.HasSuffix(w, "ly") && len(w) > 4) {
			return nil
		}
	}
	return nil
}
