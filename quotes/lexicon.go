package quotes

import (
	"strings"
	"sync"
)

// set is an immutable set of words: an open-addressing hash table with a
// bit filter in front, which turns most other words away with one load.
type set struct {
	filter [256]uint64 // bit hash(w)>>16 % 16384 is set for each word w
	slots  []string    // a power of two of them, "" when free
}

// hash is a cheap hash of a non-empty word.
func hash(w string) uint32 {
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA6B ^ uint32(w[len(w)-1])*0xC2B2AE35 ^ uint32(w[len(w)/2])*0x27D4EB2F
	return h ^ h>>15
}

// has reports whether w is in the set.
func (s *set) has(w string) bool {
	if len(w) == 0 {
		return false
	}
	h := hash(w)
	if s.filter[h>>24]&(1<<(h>>16&63)) == 0 {
		return false
	}
	return s.probe(w, h)
}

// probe looks w, of hash h, up in the hash table.
func (s *set) probe(w string, h uint32) bool {
	mask := uint32(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case "":
			return false
		case w:
			return true
		}
	}
}

// wordSet builds an immutable set from space-separated words.
func wordSet(words string) func() *set {
	return sync.OnceValue(func() *set {
		ws := strings.Fields(words)
		n := 1
		for n < 4*len(ws) {
			n *= 2
		}
		s := &set{slots: make([]string, n)}
		mask := uint32(n - 1)
		for _, w := range ws {
			h := hash(w)
			s.filter[h>>24] |= 1 << (h >> 16 & 63)
			i := h & mask
			for s.slots[i] != "" && s.slots[i] != w {
				i = (i + 1) & mask
			}
			s.slots[i] = w
		}
		return s
	})
}

// cueVerbs are the verbs of saying (all forms) that attribute a quotation.
var cueVerbs = wordSet(cueVerbWords)

const cueVerbWords = `
say says said saying tell tells told telling add adds added adding
ask asks asked asking state states stated write writes wrote writing
note notes noted noting explain explains explained explaining
declare declares declared declaring warn warns warned warning
insist insists insisted insisting argue argues argued arguing
tweet tweets tweeted tweeting continue continues continued continuing
conclude concludes concluded concluding reply replies replied replying
respond responds responded responding answer answers answered answering
charge charges charged claim claims claimed claiming remark remarks remarked
recall recalls recalled recalling quip quips quipped joke jokes joked
shout shouts shouted yell yells yelled exclaim exclaims exclaimed
announce announces announced announcing acknowledge acknowledges acknowledged
admit admits admitted assert asserts asserted emphasize emphasizes emphasized
emphasise emphasises emphasised stress stresses stressed observe observes observed
comment comments commented affirm affirms affirmed predict predicts predicted
promise promises promised pledge pledges pledged vow vows vowed boast boasts boasted
complain complains complained lament laments lamented suggest suggests suggested
urge urges urged post posts posted counter counters countered retort retorts retorted
muse muses mused caution cautions cautioned concede concedes conceded
confirm confirms confirmed contend contends contended maintain maintains maintained
recount recounts recounted reiterate reiterates reiterated scoff scoffs scoffed
snap snaps snapped testify testifies testified wonder wonders wondered
demand demands demanded read reads begin begins began interject interjects interjected
chimed quipped thundered cried mocked bragged opined reasoned surmised
speculate speculates speculated estimate estimates estimated reckon reckons reckoned
forecast forecasts figured guessed hinted assure assures assured assuring reassure reassures reassured reassuring
press presses pressed pressing advise advises advised inform informs informed
allege alleges alleged mention mentions mentioned agreed interjecting remarking recounting quipping joking shouting yelling exclaiming
acknowledging admitting asserting emphasizing stressing observing commenting affirming
predicting promising pledging vowing boasting complaining lamenting suggesting urging
posting countering retorting musing cautioning conceding confirming contending
maintaining reiterating scoffing snapping testifying wondering demanding chiming
thundering crying mocking bragging opining reasoning recalling`

// stretchWords are the words that may start a cue in the reporter's
// sentences: the verbs of saying, the first words of the two-word cues
// (isCuePhrase), "according" (isAccordingTo) and the verbs that issue a
// statement (isStatementIssue). A word outside it starts none.
var stretchWords = wordSet(cueVerbWords + `
went goes go shot shoots fired fires chimed chimes weighed weighs pointed points
according issued released published sent put posted issues releases`)

// isCuePhrase reports whether the words a b are a two-word cue whose first
// word alone is not one ("went on", "shot back", "pointed out").
func isCuePhrase(a, b string) bool {
	switch b {
	case "on":
		return a == "went" || a == "goes" || a == "go"
	case "back":
		return a == "shot" || a == "shoots" || a == "fired" || a == "fires"
	case "in":
		return a == "chimed" || a == "chimes" || a == "weighed" || a == "weighs"
	case "out":
		return a == "pointed" || a == "points"
	}
	return false
}

// participles are cue verbs that take the subject of their clause
// ("Mr. X issued a statement saying, ...").
var participles = wordSet(`saying adding telling writing noting declaring warning
insisting arguing tweeting explaining asking continuing concluding replying responding
answering claiming announcing stating interjecting remarking recounting quipping joking
shouting yelling exclaiming acknowledging admitting asserting emphasizing stressing
observing commenting affirming predicting promising pledging vowing boasting complaining
lamenting suggesting urging posting countering retorting musing cautioning conceding
confirming contending maintaining reiterating scoffing snapping testifying wondering
demanding recalling`)

// adverbs may stand between a speaker and the cue verb or follow the verb.
var adverbs = wordSet(`also later then again further simply quickly previously recently
once often repeatedly frequently has had have was were is would will just even still
then afterwards earlier finally ultimately subsequently separately publicly privately
bluntly flatly angrily curtly softly quietly emphatically flatly tersely only
reportedly sarcastically jokingly recently immediately`)

// stopWords end a speaker phrase: they cannot be part of one.
var stopWords = wordSet(`that which who whom whose where and but or nor when while as if
because after before since in on at to by with without about into onto than then so also
is was were are be been being has have had do did does not it its this these those there
here what how why whether during over under upon until unless although though through
across against toward towards between among amid via per told said says say tell tells
adding saying according yet like just even still very more most much many some any no
may might can could would should will shall must`)

// pronouns are speaker pronouns, resolved to the last named speaker.
var pronouns = wordSet(`he she they we i it you`)

// determiners may start a speaker phrase.
var determiners = wordSet(`the a an his her their its our one another this that`)

// abbrevs are abbreviations written with a period that does not end a
// sentence.
var abbrevs = wordSet(`mr mrs ms dr sen rep gov gen lt col sgt st jr sr prof rev pres
adm capt cmdr maj rt hon amb atty supt insp cpl pvt no vs etc inc corp ltd co dept
jan feb mar apr aug sept sep oct nov dec mt ft messrs mme mlle`)

// statementNouns are documents that speak for the body that issued them.
var statementNouns = wordSet(`statement statements communique communiqué release readout
declaration message letter note memo notice transcript report post tweet resolution
announcement bulletin`)

// workNouns introduce the title of a work in quotation marks.
var workNouns = wordSet(`book books film films movie movies song songs album albums
show shows series novel novels article articles column columns op-ed essay essays poem
poems play plays documentary documentaries program programme programs programmes
titled entitled headline headlined slogan slogans campaign hashtag episode opera
painting exhibition exhibit magazine newspaper podcast speech book's memoir report
chapter section hymn anthem motto dubbed called named nicknamed`)

// introWords start an introductory phrase that precedes the subject of a
// sentence ("In a statement, ...", "On Tuesday, ...").
var introWords = wordSet(`in on at after before during last earlier later meanwhile however
but and yet still asked when while speaking writing addressing responding for with
according from separately also today yesterday tonight`)

// femaleWords and maleWords mark a speaker's gender.
var femaleWords = wordSet(`ms ms. mrs mrs. miss madam madame she her woman queen lady
princess duchess sister mother wife daughter chairwoman congresswoman spokeswoman
businesswoman grandmother`)

var maleWords = wordSet(`mr mr. sir he his man king lord prince duke brother father
husband son chairman congressman spokesman businessman grandfather`)

// bodyHeads end the names of bodies rather than people.
var bodyHeads = wordSet(`inc corp co ltd llc plc ag sa group center centre
corporation company bank department ministry agency committee council commission
association union party institute university embassy government office exchange
board fund organization organisation federation alliance administration
authority bureau service services cabinet court parliament congress senate
assembly house kremlin presidency palace secretariat foundation network news
times post journal reuters press television radio data securities partners
holdings industries campaign team club league army police force forces command
navy military`)

// roleNouns are lower-case heads of phrases that name a person.
var roleNouns = wordSet(`spokesman spokeswoman spokesperson official minister president
analyst economist diplomat envoy ambassador secretary chairman chairwoman chair
leader director executive dealer trader lawyer attorney senator governor mayor
adviser advisor aide expert professor manager negotiator premier chancellor king
queen prince general commander officer delegate candidate nominee source sources
strategist consultant researcher banker broker chief head deputy representative
congressman congresswoman lawmaker legislator judge prosecutor activist witness
member voter resident worker pastor priest bishop author writer editor columnist
reporter correspondent host man woman mother father son daughter wife husband`)
