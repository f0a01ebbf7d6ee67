// English words only the text half reads (apart from en.ts, so that the page half does not bundle them):
// the cues of strategic claims and the words around counted nouns.
//
// Cue words for strategic claims: what marks a sentence as arguing (a judgement, a forecast, a
// warning, a question) rather than reporting (an announcement, a schedule, an attribution, a market move).
// Regular-expression sources in lower case, matched on the lower-cased sentence with straight quotes,
// except the lists marked case-sensitive. A source that starts with a literal word is only run on
// sentences containing that word (lib/themes/literal-guard.ts). The classifier is claims/strategic.ts;
// another language adds its own in the same shape (`StrategicCues`).
import type { TextWords } from './types';

export const EN_CUES = {
  /** Hedges: the writer does not commit fully. */
  hedge: [
    String.raw`\bcould\b`,
    String.raw`\bmight\b`,
    String.raw`\bsuggest(?:s|ed|ing)?\b`,
    String.raw`\bpotentially\b`,
    String.raw`\b(?:un)?likely\b`,
    String.raw`\bappears?\b(?= (?:to|that)\b)|\bit appears\b`,
    String.raw`\bseem(?:s|ed|ingly)?\b`,
    String.raw`\blook(?:s|ed)? (?:\w+er|more|less|increasingly|likely|unlikely|set|like)\b`,
    String.raw`\bperhaps\b|\bmaybe\b|\bpossibly\b|\bprobably\b|\barguably\b`,
    String.raw`\bit is possible\b|\bit's possible\b`,
    String.raw`\bremains? to be seen\b`,
    String.raw`\bunclear\b|\bnot (?:yet )?clear\b`,
  ],
  /** Hedges matched case-sensitively: "may" the verb, not "May" the month. */
  hedgeCaseSensitive: [String.raw`\bmay\b`],

  /** Questions: asked outright, or named as open. */
  question: [
    String.raw`\?\s*["')\]]*\s*$`,
    String.raw`\b(?:real|key|big|bigger|central|open|crucial|obvious|main|larger|harder|unanswered) questions?\b`,
    String.raw`\brais(?:e|es|ed|ing) (?:\w+ ){0,2}questions?\b`,
    String.raw`\bquestions? (?:of|is|remains|about|over) (?:\w+ ){0,2}(?:whether|how|why|if)\b`,
    String.raw`\bremains? to be seen\b`,
    String.raw`\b(?:test|issue|question|unknown|uncertainty|challenge) (?:\w+ ){0,4}is whether\b`,
    String.raw`\b(?:it is|it's|it remains) (?:still )?(?:unclear|not clear|uncertain) (?:whether|if|how|why)\b`,
  ],

  /** Risks: a harm, a threat or a difficulty the writer points at. */
  risk: [
    String.raw`\brisk(?:s|y|ier|iest)?\b`,
    String.raw`\bthreat(?:s|en|ens|ened|ening)?\b`,
    String.raw`\bvulnerab\w*`,
    String.raw`\bdanger\w*`,
    String.raw`\bjeopard\w*`,
    String.raw`\bundermin\w*`,
    String.raw`\berod(?:e|es|ed|ing)\b|\berosion\b`,
    String.raw`\bsqueez\w*`,
    String.raw`\block(?:s|ed|ing)? (?:\w+ ){0,3}in(?:to)?\b`,
    String.raw`\bstuck\b`,
    String.raw`\bdrain(?:s|ed|ing)?\b`,
    String.raw`\bburden\w*`,
    String.raw`\bstrain(?:s|ed|ing)?\b`,
    String.raw`\bstruggl\w*`,
    String.raw`\bdifficult(?:y|ies)?\b`,
    String.raw`\bchalleng(?:e|es|ed|ing)\b`,
    String.raw`\bproblem(?:s|atic)?\b`,
    String.raw`\btensions?\b`,
    String.raw`\bpressures?\b`,
    String.raw`\bdownsides?\b`,
    String.raw`(?<!success or )\bfail(?:s|ed|ing|ure|ures)?\b`, // "success or failure" weighs both
    String.raw`\bwarn(?:s|ed|ing|ings)?\b`,
    String.raw`\bconcern(?:s|ed)?\b`,
    String.raw`\bworr(?:y|ies|ied|ying)\b`,
    String.raw`\bfragil\w*`,
    String.raw`\bbottlenecks?\b`,
    String.raw`\bshortages?\b`,
    String.raw`\boverruns?\b`,
    String.raw`\b(?:doesn't|does not|don't|do not|didn't|did not|fails? to|never) materiali[sz]e\b`,
    String.raw`\bhurt(?:s|ing)?\b`,
    String.raw`\bweaken(?:s|ed|ing)?\b`,
    String.raw`\bat the mercy of\b`,
    String.raw`\bbackfir\w*`,
    String.raw`\bheadwinds?\b`,
    String.raw`\buncertaint(?:y|ies)\b`,
    String.raw`\bvolatil\w*`,
    String.raw`\bdisrupt(?:s|ed|ion|ions)?\b`,
    String.raw`\bcomplexity\b`,
    String.raw`\bexpos(?:ed|ure)\b|\bexposes (?:\w+ ){1,3}to\b`,
    String.raw`\blimited (?:flexibility|room|options|leverage)\b`,
    String.raw`\bobsole\w*`,
    String.raw`\bcannibali[sz]\w*`,
    String.raw`\bbacklash\b`,
    String.raw`\blos(?:e|es|ing) (?:\w+ ){0,2}(?:customers|subscribers|passengers|share|money|ground|market|control)\b`,
    String.raw`\bpitfalls?\b`,
    String.raw`\bstumbl\w*|\bstretch(?:es|ed|ing)?\b|\b(?:goes|go|went|going) wrong\b`,
    String.raw`\bconstrain(?:s|ed|ing|t|ts)?\b`,
    String.raw`\bbankrupt\w*|\binsolven\w*`,
  ],

  /** Forecasts: modal verbs and the vocabulary of the future ("will" is handled with `planVerbs`). */
  prediction: [
    String.raw`\bcould\b`,
    String.raw`\bmight\b`,
    String.raw`\bwould\b`,
    String.raw`\bshall\b`,
    String.raw`\bwon't\b`,
    String.raw`\b(?:is|are|was|were|seems?|appears?) (?:\w+ )?(?:expected|likely|poised|projected|forecast|predicted|bound|going|set|on track|on course|unlikely) to\b`,
    String.raw`\bforecast(?:s|ing)?\b`,
    String.raw`\bpredict(?:s|ed|ing)?\b`,
    String.raw`\bin the (?:coming|next few) (?:years|months|decades?|quarters)\b`,
    String.raw`\bfor years to come\b`,
    String.raw`\bin the long (?:run|term)\b`,
    String.raw`\beventually\b`,
    String.raw`\bsooner or later\b`,
    String.raw`\bdown the (?:road|line)\b`,
    String.raw`\bgoing forward\b`,
  ],
  /** Forecast modals matched case-sensitively. */
  predictionCaseSensitive: [String.raw`\bmay\b`],
  /**
   * "will" + one of these describes a plan or a schedule ("will open", "will be available"), not a forecast.
   * Matched after "will", an optional adverb in between; regex fragments allowed.
   */
  planVerbs: [
    'open', 'begin', 'start', 'launch', 'deploy', 'build', 'close', 'complete', 'ship', 'hire', 'invest', 'spend',
    'use', 'run', 'offer', 'include', 'add', 'cost', 'house', 'employ', 'produce', 'supply', 'provide', 'host', 'hold',
    'receive', 'pay', 'acquire', 'merge', 'rename', 'retain', 'keep', 'operate', 'serve', 'replace', 'introduce',
    'release', 'debut', 'expand', 'raise', 'go', 'move', 'relocate', 'take over', 'join', 'lead', 'report', 'present',
    'announce', 'continue', 'feature', 'list', 'trade', 'fly', 'sell', 'buy', 'finance', 'fund', 'borrow', 'issue',
    'publish', 'unveil', 'meet', 'vote', 'visit', 'return', 'step down', 'remain in', 'display', 'show', 'undergo',
    'attend', 'speak', 'appear', 'travel', 'testify', 'find', 'stay in',
    'be available', 'be based', 'be located', 'be completed', 'be finished', 'be led', 'be renamed', 'be known',
    'be called', 'be headed', 'be delivered', 'be built', 'be priced', 'be offered', 'be released', 'be launched',
    'be ready', 'be held', 'be used', 'be made', 'be sold', 'be shipped', 'take effect', 'go live', 'go on sale',
    'be affected', 'be charged', 'be billed', 'be required', 'be eligible', 'be paid', 'be closed', 'be opened',
    // A stated change to a figure ("will rise from €9 to €11") is the plan itself, not a forecast.
    'rise from', 'rise to', 'increase from', 'increase to', 'go up from', 'go up to', 'fall from', 'fall to',
    'drop from', 'drop to',
    'focus', 'apply', 'see', 'get', 'remain unchanged', 'stay unchanged', 'remain available', 'stay the same',
  ],

  /** Judgement: analytic verbs, evaluative or intensifying words, what ought to be. */
  assessment: [
    String.raw`\brepresent(?:s|ing)?\b`,
    String.raw`\bsignal(?:s|led|ed|ling|ing)? (?:that|a|an|the|its|their|how)\b`, // the verb, not "the signals of"
    String.raw`\bmarks? an? (?:\w+ )?(?:shift|turn|change|break|departure|end|step|milestone)\b`,
    String.raw`\bunderscor(?:e|es|ed|ing)\b`,
    String.raw`\bhighlights? (?:the|how|a|an|its|their)\b`,
    String.raw`\breflects?\b`,
    String.raw`\bdemonstrat(?:es|ing)\b`,
    String.raw`\breveal(?:s|ing)?\b`,
    String.raw`\bmeans\b`,
    String.raw`\bamounts? to\b`,
    String.raw`\bspeaks? volumes\b`,
    String.raw`\bpoints? to\b`,
    String.raw`\bindicat(?:es|ing)\b`,
    String.raw`\billustrat(?:es|ing)\b`,
    String.raw`\bimpl(?:y|ies|ying)\b`,
    String.raw`\bcreat(?:es|ing)\b`,
    String.raw`\balter(?:s|ing)?\b`,
    String.raw`\breshap\w*`,
    String.raw`\btransform(?:s|ing)?\b`,
    String.raw`\bredefin\w*`,
    String.raw`\bgives? (?:\w+ ){0,3}(?:an? )?(?:\w+ )?(?:edge|advantage|leverage|flexibility|control|upper hand)\b`,
    String.raw`\bputs? (?:\w+ ){0,3}in (?:the|a|an) (?:\w+ )?position\b`,
    String.raw`\bdeserves?\b`,
    String.raw`\bjustif(?:y|ies)\b`,
    String.raw`\bmakes? (?:little |no |more |good )?sense\b`,
    String.raw`\bmust\b|\bshould\b|\bneeds? to\b|\bha(?:s|ve) to\b|\bought to\b|\bcan(?:not|'t) afford\b`,
    // Evaluative adjectives said of something ("is crucial for", "remain decisive"), or judging someone ("critical of").
    String.raw`\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|looks?|proves?|proved|becomes?|became|'s|'re)\s+(?:\w+\s+)?(?:fundamental|significant|decisive|crucial|critical|pivotal|vital|essential)\b|\bcritical of\b`,
    String.raw`\bstaggering\b|\benormous(?:ly)?\b|\bserious(?:ly)?\b|\birresistible\b|\bunprecedented\b|\bbold\b|\bambitious\b`,
    String.raw`\bdesperat\w*|\breckless\w*|\bsavvy\b|\bshrewd\b|\bwise(?:ly)?\b|\bmistake\b|\bmisstep\b|\bgamble\b`,
    String.raw`\bdramatic(?:ally)?\b|\bprofound(?:ly)?\b|\bnotorious(?:ly)?\b|\bremarkabl[ey]\b|\bstriking(?:ly)?\b|\bsurprising(?:ly)?\b`,
    String.raw`\bclearly\b|\bobvious(?:ly)?\b|\binevitabl[ey]\b`,
    String.raw`\bfierce(?:ly)?\b|\bintense(?:ly)?\b|\bintensif\w*|\bcutthroat\b|\bcrowded\b`,
    String.raw`\bdeliberately\b|\bin effect\b|\bat the expense of\b`,
    String.raw`\b(?:less|more|not|rather) (?:about|a matter of)\b|\bas much (?:\w+ )?as\b`,
    String.raw`\bleaves? (?:\w+ ){1,4}(?:with|exposed|vulnerable|short|behind|dependent)\b`,
    String.raw`\b(?:which|that) (?:makes|means|leaves|puts|gives|turns)\b`,
    String.raw`\b(?:ti(?:e|es|ed|ing)|stak(?:e|es|ed|ing)|bet(?:s|ting)?) (?:its|their|the) (?:\w+ )?(?:fortunes?|future|fate|reputation|entire)\b`,
    String.raw`\b(?:does|do|did) (?:little|nothing) to\b|\b(?:weaker|stronger|worse|better) than (?:it|they) (?:sounds?|looks?|seems?|appears?)\b`,
    String.raw`\b(?:little|no|every|good|more|less) reason to\b`,
    String.raw`\b(?:is|are|was|were) (?:\w+ )?betting\b|\bbets? that\b`,
    String.raw`\bdoubt(?:s|ful)?\b|\bfew (?:\w+ )?(?:believe|expect|think)\b`,
    String.raw`\bremain(?:s|ed)? (?:\w+ ){0,2}(?:dependent|reliant|exposed|vulnerable|dominant|decisive|the (?:default|leader))\b`,
    String.raw`^(?:this|that|these|such)\b(?:\s+[\w-]+){0,2}\s+(?:creates?|gives?|puts?|means?|alters?|changes?|leaves?|makes?|forces?|turns?|shifts?|represents?|signals?|shows?|marks?)\b`,
  ],

  /**
   * Intensifiers and evaluative words used attributively ("critical information", "heavily dependent"):
   * they colour a sentence without arguing it, so alone they make no claim (they count beside another cue).
   */
  intensifier: [
    String.raw`\bfundamental(?:ly)?\b|\bsignificant(?:ly)?\b|\bdecisive(?:ly)?\b|\bcrucial(?:ly)?\b|\bcritical(?:ly)?\b|\bpivotal\b`,
    String.raw`\bexponentially\b|\bsubstantial(?:ly)?\b|\bconsiderabl[ey]\b|\bsevere(?:ly)?\b`,
    String.raw`\bcompletely\b|\bentirely\b|\bheavily\b|\bdeeply\b|\bincreasingly\b|\boverly\b|\beffectively\b|\bessentially\b`,
    String.raw`\baggressively\b|\bsimultaneously\b`,
  ],

  /** Attribution: the sentence reports what someone else says. */
  attribution: [
    String.raw`\baccording to\b`,
    String.raw`\b(?:said|says|told|stated|noted|added|wrote|confirmed|disclosed|announced)\b`,
    String.raw`\bin a (?:statement|press release|filing|blog post|memo|letter|note to (?:clients|investors))\b`,
  ],
  /** Announcements and other past events, reported. */
  announcement: [
    String.raw`\b(?:announced|unveiled|launched|introduced|released|signed|acquired|filed|appointed|named|posted|debuted|struck|inked|sealed)\b`,
    String.raw`\bagreed to\b`,
    String.raw`\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  ],
  /** Schedules and stated plans. */
  schedule: [
    String.raw`\b(?:scheduled|slated)\b`,
    String.raw`\b(?:set|due|expected|on track|planned) to (?:open|close|begin|start|launch|complete|be completed|take effect|go live|ship|arrive|debut|finish|be finali[sz]ed|conclude|roll out)\b`,
    String.raw`\b(?:plans?|planning|intends?|intending) to\b`,
  ],
  /** Routine facts: market moves, company facts. */
  routineFact: [
    String.raw`\b(?:shares|stock|stocks|the index)\b[^.]{0,40}\b(?:rose|fell|jumped|climbed|dropped|slipped|gained|lost|closed|surged|tumbled|edged|traded|opened)\b`,
    String.raw`\bwas founded\b|\bfounded in\b|\bheadquartered in\b|\bis based in\b`,
  ],
} as const;

/** A language's cue table: regex sources by cue, the same cues as English. */
export type StrategicCues = { readonly [K in keyof typeof EN_CUES]: readonly string[] };

export const enTextWords: TextWords = {
  cues: EN_CUES,
  countStopWords: [
    'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
    'as', 'than', 'that', 'this', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
    'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'do', 'does',
    'did', 'not', 'no', 'yes', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'we', 'you', 'his',
    'her', 'our', 'your', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'while', 'per',
    'more', 'less', 'most', 'least', 'also', 'only', 'just', 'about', 'over', 'under', 'after', 'before',
    'since', 'until', 'into', 'through', 'during', 'between', 'against', 'among', 'each', 'every', 'all',
    'both', 'either', 'neither', 'times', 'ones', 'others', 'others', 'us', 'plus', 'minus', 'thus',
    'always', 'perhaps', 'towards', 'besides', 'afterwards', 'sometimes', 'nevertheless', 'whereas',
    'unless', 'across', 'news', 'says', 'said', 'rises', 'falls', 'grows', 'gets', 'goes', 'makes',
    'takes', 'means', 'remains', 'seems', 'shows', 'puts', 'sits', 'stands', 'comes', 'runs', 'includes',
    'ago', 'later', 'earlier', 'apiece', 'each', 'percent', 'cent', 'yet', 'so', 'too', 'very', 'out',
    'up', 'down', 'off', 'away', 'back', 'there', 'here', 'then', 'now', 'again', 'around', 'nearly',
    'tens', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'scores',
  ],
  countAdjectives: [
    'new', 'more', 'additional', 'other', 'extra', 'further', 'large', 'small', 'big', 'major', 'minor',
    'old', 'young', 'senior', 'junior', 'local', 'foreign', 'global', 'national', 'international',
    'domestic', 'independent', 'active', 'daily', 'monthly', 'weekly', 'annual', 'paying', 'unique',
    'registered', 'full', 'part', 'permanent', 'temporary', 'separate', 'different', 'distinct',
    'individual', 'key', 'top', 'leading', 'private', 'public', 'state', 'federal', 'european',
    'american', 'chinese', 'british', 'german', 'french', 'japanese', 'indian', 'korean', 'retail',
    'commercial', 'electric', 'autonomous', 'advanced', 'dedicated', 'custom', 'existing', 'current',
    'former', 'remaining', 'planned', 'known', 'confirmed', 'reported', 'total', 'hyperscale', 'data',
    'wind', 'solar', 'nuclear', 'passenger', 'cargo', 'cloud', 'ai', 'software', 'hardware',
  ],
  irregularPlurals: {
    people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', mice: 'mouse',
    teeth: 'tooth', geese: 'goose', criteria: 'criterion', phenomena: 'phenomenon', indices: 'index',
    staff: 'staff', personnel: 'personnel', equipment: 'equipment', aircraft: 'aircraft', spacecraft: 'spacecraft',
    sheep: 'sheep', fish: 'fish', deer: 'deer', cattle: 'cattle', police: 'police', species: 'species',
    series: 'series', crew: 'crew', offspring: 'offspring', headcount: 'headcount', halves: 'half',
    shelves: 'shelf', wolves: 'wolf', lives: 'life', knives: 'knife', leaves: 'leaf', thieves: 'thief',
    wives: 'wife', calves: 'calf', loaves: 'loaf',
  },
  iePlurals: ['movies', 'cookies', 'rookies', 'calories', 'zombies', 'pies', 'ties', 'lies', 'brownies', 'selfies', 'hoodies', 'smoothies', 'goalies', 'prairies', 'aunties', 'sorties', 'freebies', 'newbies', 'techies', 'yuppies'],
  oesPlurals: ['shoes', 'toes', 'canoes', 'oboes', 'hoes', 'foes'],
};
