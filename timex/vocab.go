package timex

import "strings"

// vocab maps every lower-case word the rules compare against to itself, so
// that capitalized tokens can be lower-cased without allocating.
var vocab = onceValue(func() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for _, w := range strings.Fields(vocabWords) {
		add(w)
	}
	for w := range triggers() {
		add(w)
	}
	for w := range abbrev {
		add(w)
	}
	for w := range notAfterYear {
		add(w)
	}
	for w := range notBeforeYear {
		add(w)
	}
	return m
})

// vocabWords lists the words the rules use beyond the lexicon and triggers.
const vocabWords = `
	a about account accounts additional adm affairs after afternoon ago ahead aims aircraft almost
	am an and announced annually another approximately apr april are armistice around arrived
	article as assets at aug august autumn back barely barrels bastille be became been before began
	beginning being between beyond biannually bill billion biweekly bought boxing broke broken
	brought bst by c calendar came capt cars cases caught cdt cents centuries century cest cet
	chapter children chose christmas circa civilians clock close co code col coming comparable corp
	corresponding countless countries couple cst current currently daily date day days deaths dec
	decade decades december decree did died disappointing dollars dozen dr due during each earlier
	early easter ed edt eet effective eight eighteen eighteenth eighth eighties eighty election
	eleven eleventh end ended ending ends entire est et euros eve evening events every exactly
	expect expected expects expire expires fall families feb february feet fell few fewer fifteen
	fifteenth fifth fifties fifty final first fiscal five flat fled flew flight following for
	foreseeable formerly forties forty fought found four fourteen fourteenth fourth francs friday
	from ft full fully future fy gave gen given gmt going good gov had half halloween held hence
	highway hit homes hopes hour hourly hours houses hrs hundred in inc independence initial
	intended intends is ist item its jan january jobs jr jst jul july jun june just kg killed
	kilometers kilometres km known labor last late lately later latest least led left less
	liabilities lire little ll local long lost lt m made maj many mar march marks math may mdt
	members memorial men met meters metres mid mid- mid-afternoon midday middle midnight migrants
	miles million minute minutes missiles model moment monday mondays month monthly months more
	morning mornings most mr mrs ms msk mst mt mw n nd near nearly new next night nightly nights
	nine nineteen nineteenth nineties ninety ninth no noon nov november now nowadays number
	numerous o oct october of old on once one only or other over p page pages paid paragraph past
	payable pdt people per percent period plan planned planning plans pm points pounds precisely
	present presently previous prior prof proposed pst quarter quarters ran rd recent recently
	refugees remaining rep resolution resolutions rev rockets room rose roubles roughly route rs
	rubles rule s said same saturday saw says scheduled seats second seconds section seen sen sent
	sep sept september set seven seventeen seventeenth seventh seventies seventy several sgt shall
	shares shortly shown since six sixteen sixteenth sixth sixties sixty slated so sold soldiers
	some sometime soon spoke spoken spring st start states strconv strings strong struck summer
	summer-long sunday sync taken ten tenth term th than thanksgiving that the third third-quarter
	thirteen thirteenth thirties thirtieth thirty thirty-first this thought thousand three thrice
	through thursday till time times to today told tomorrow tonight tonnes tons took trillion
	troops tuesday turn twelfth twelve twentieth twenty twenty-first twenty-four twice two u under
	unicode units until up upcoming utc valentine vehicles version veterans vol volume votes vs was
	weak wednesday week weekend weekends weekly weeks well went were whole will winter within wo
	women won workers would written wrote year year-ago year-earlier year-end yearly years yen
	yesterday yr yrs yuan zero
`
