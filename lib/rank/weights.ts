// What makes a claim matter to a reader: the weights and word tables of the ranking, in one place (like
// Readability's REGEXPS table). Scores add up; a claim's score orders it over all claims of the article,
// and the best ones within the density budget are `key`. Word tables are English; on other languages
// only the kinds, positions and repeats count.

/** Durations ("18 years", "90-day") measure time, not stakes: this weight instead of KIND_WEIGHT.quantity. */
export const DURATION_WEIGHT = 1.5;
export const DURATION_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|quarters?)$/i;
/** Words around a figure read for stakes and change: this many before it and after it. */
export const NEAR_BEFORE = 6;
export const NEAR_AFTER = 4;

/** How much each kind of figure tends to carry a story, before its context is read. */
export const KIND_WEIGHT = {
  money: 3,
  percent: 2.5,
  count: 2.5,
  quantity: 2,
  date: 1,
  number: 0.5,
} as const;

/** A figure about what a deal, a budget or a result is worth (deal, revenue, loss, valuation...). */
export const STAKES_WEIGHT = 1.5;
/** ...and this more when the figure is what the stakes word names ("a $9 billion order", "a 25.2% stake"). */
export const STAKES_NOUN_WEIGHT = 1;
/** A figure of growth or decline ("rose 3%", "cut from $47 billion to $8 billion", "a high of"). */
export const CHANGE_WEIGHT = 1.5;
/** A count of people affected (employees, civilians, passengers...). */
export const PEOPLE_WEIGHT = 1.5;
/** A date that is a deadline or a plan ("by the end of 2025", "could begin in 2022"). */
export const DEADLINE_WEIGHT = 3;
/** A duration that is a streak ("for four straight years"). */
export const STREAK_WEIGHT = 1;
/** A reporting period ("Q2", "fiscal 2019") named with the results it is about. */
export const PERIOD_PATTERN = /\b(?:Q[1-4]|[1-4]Q|H[12]|quarter|half|fiscal|FY)/i;
/** Figures of the headline or the standfirst. */
export const HEADLINE_WEIGHT = 1.5;
/** Figures of the opening: running-text sentences until LEDE_WORDS words are read (at least 2 sentences). */
export const LEDE_WEIGHT = 1.5;
export const LEDE_WORDS = 90;
export const LEDE_MIN_SENTENCES = 2;
/** A figure inside a thesis sentence, or inside a strategic claim. */
export const THESIS_WEIGHT = 1.5;
export const STRATEGIC_SENTENCE_WEIGHT = 1;
/** News puts what matters first: up to this much for a figure at the very start, nothing at the end. */
export const POSITION_WEIGHT = 1;
/** Each repeat of a figure adds this to its first mention, up to MAX_REPEAT_BONUS. */
export const REPEAT_WEIGHT = 0.5;
export const MAX_REPEAT_BONUS = 1.5;
/** A bare year ("in 2014", "a 2018 survey") that is no deadline and no trend's start counts less. */
export const BARE_YEAR_PENALTY = 1.5;
/** A past date outside the opening: when something happened, seldom what the story rests on. */
export const PAST_DATE_PENALTY = 0.5;
/** Trivia (an age, a caption, a table cell, a figure that only names something) scores at most this. */
export const TRIVIA_SCORE = 0.5;

/** Strategic claims: by type, then where they stand. */
export const STRATEGIC_TYPE_WEIGHT = { risk: 2, question: 1.5, prediction: 1.5, assertion: 1 } as const;
/** A hedged claim ("could", "may") commits less. */
export const HEDGE_PENALTY = 0.5;
/** Each theme the claim speaks to beyond the first. */
export const EXTRA_THEME_WEIGHT = 0.5;
/** A strategic claim that is a thesis sentence carries the article. */
export const THESIS_CLAIM_WEIGHT = 2.5;
/** Someone else's claim (a source is named) weighs a little less than the article's own argument. */
export const SOURCED_PENALTY = 0.5;

/** A claim scoring at least this is key whenever the budget allows it... */
export const KEY_SCORE = 4;
/** ...and one scoring at least this fills the budget up to KEY_PER_100_WORDS. */
export const MIN_KEY_SCORE = 2.5;
/** The density budget: about this many key claims per 100 words... */
export const KEY_PER_100_WORDS = 1;
/** ...never more than this many per 100 words... */
export const MAX_KEY_PER_100_WORDS = 2.5;
/** ...and never more than this many however long the article. */
export const MAX_KEY = 12;
/** At most this share of the key claims are strategic (the figures are what a reader looks for first). */
export const MAX_STRATEGIC_KEY_SHARE = 0.25;

/** Lower-case word tables, matched as whole words (an ending allowed where the entry ends in `\w*`). */
export const WORDS = {
  stakes: [
    'deal', 'deals', 'order', 'orders', 'contract', 'contracts', 'worth', 'valued', 'value', 'valuation', 'revenue',
    'revenues', 'sales', 'profit', 'profits', 'earned', 'earnings', 'income', 'loss', 'losses', 'debt', 'budget',
    'invest\\w*', 'stake', 'offer', 'bid', 'lifeline', 'bailout', 'fund\\w*', 'price', 'priced', 'cost\\w*',
    'spend\\w*', 'acqui\\w*', 'merger', 'partnership', 'synergies', 'savings', 'tariff\\w*', 'fine', 'fined',
    'capacity', 'fleet', 'market', 'share', 'shares', 'dividend', 'pension', 'payout', 'raised', 'raise', 'wage\\w*',
    'salar\\w*', 'subscription', 'rate', 'index', 'benchmark', 'gdp', 'inflation', 'unemployment',
  ],
  change: [
    'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'up', 'down',
    'increase\\w*', 'decrease\\w*', 'declin\\w*', 'grew', 'grow\\w*', 'gain\\w*', 'drop\\w*', 'jump\\w*', 'climb\\w*',
    'surg\\w*', 'slump\\w*', 'plung\\w*', 'tumbl\\w*', 'slid', 'slide', 'slip\\w*', 'cut', 'cuts', 'slash\\w*',
    'added', 'adds', 'lost', 'shed', 'expand\\w*', 'shr[iau]nk\\w*', 'doubl\\w*', 'tripl\\w*', 'halv\\w*', 'soar\\w*',
    'high', 'low', 'record', 'peak', 'reduc\\w*', 'boost\\w*', 'lift\\w*',
  ],
  /** Right before a figure, these make it the end or the size of a change ("to 126", "by 30%", "a high of"). */
  changeJustBefore: ['to', 'from', 'by', 'since', 'high of', 'low of'],
  people: [
    'people', 'persons', 'employees', 'workers', 'staff', 'jobs', 'civilians', 'troops', 'soldiers', 'members',
    'killed', 'dead', 'died', 'deaths', 'injured', 'wounded', 'victims', 'customers', 'users', 'subscribers',
    'passengers', 'patients', 'residents', 'students', 'children', 'voters', 'households', 'families', 'homes',
    'refugees', 'migrants', 'cases', 'infections', 'readers', 'hostages', 'prisoners', 'detainees', 'inmates',
    'protesters', 'demonstrators', 'officers', 'police', 'fighters', 'militants', 'rebels', 'doctors', 'nurses',
    'teachers', 'journalists', 'tourists', 'visitors', 'consumers', 'shoppers', 'borrowers', 'homeowners', 'tenants',
    'taxpayers', 'citizens', 'immigrants', 'survivors', 'casualties', 'fatalities', 'evacuees', 'displaced',
  ],
  /** Before a date: it bounds something to come ("by", "until", "into", "starting in"). */
  deadlineBefore: [
    'by', 'until', 'till', 'before', 'through', 'into', 'beyond', 'deadline', 'due', 'expires?', 'expiring',
    'starting', 'start', 'begin', 'end of', 'effective', 'next', 'from', 'in', 'on', 'since', 'over', 'for',
    'planned', 'scheduled', 'expected', 'targeted',
  ],
  /** Right before a date, these bound something to come whatever the rest of the sentence says. */
  deadlineJustBefore: [
    'by', 'until', 'till', 'deadline', 'due', 'expires?', 'into', 'beyond', 'end of', 'starting', 'planned',
    'scheduled', 'targeted', 'slated for',
  ],
  /** In the sentence of a date: it is a plan or a forecast. */
  future: [
    'will', "'ll", 'would', 'could', 'may', 'might', 'plans?', 'planned', 'planning', 'expect\\w*', 'scheduled',
    'set to', 'aims?', 'target\\w*', 'forecast\\w*', 'projected', 'deadline', 'due', 'should', 'sees', 'see',
    'intends?', 'launch(?:es)?', 'expires?', 'terminated', 'available',
  ],
  /** Right before a count of people, these make it a capacity, not people affected ("seating 300 passengers"). */
  // Not "carrying" or "holding": a plane carrying 150 passengers, militants holding 30 hostages are people affected.
  capacityBefore: ['seat(?:s|ing)', 'accommodat\\w*', 'room for', 'capacity of', 'capacity for'],
  /** Verbs of reporting: "By 2030, the minister said, …" tells nothing about when the rest happened. */
  reporting: ['said', 'told', 'announced', 'added', 'noted', 'stated', 'reported', 'confirmed', 'claimed', 'warned', 'explained', 'wrote', 'insisted', 'argued'],
  /** Right after a date, these say it is when something was done, not a deadline ("in October revealed"). */
  pastAfter: [
    '\\w+ed', 'said', 'told', 'made', 'gave', 'took', 'saw', 'began', 'won', 'lost', 'sold', 'bought', 'paid',
    'spent', 'left', 'met', 'wrote', 'put', 'set', 'cut', 'became', 'came', 'went', 'got', 'held', 'led', 'shut',
  ],
  /** After a reporting period ("Q2 results", "third-quarter earnings"), these make it the period a result is about. */
  results: ['results', 'earnings', 'sales', 'revenues?', 'profits?', 'loss(?:es)?', 'numbers', 'gdp', 'growth', 'report'],
  /** A duration that is a streak ("four straight years", "three quarters in a row") is what a trend rests on. */
  streak: ['straight', 'consecutive', 'successive', 'in a row', 'running'],
  /** A date in a trend's start ("since 2008") reads as part of the figure of change. */
  trendStart: ['since'],
  /** Just before a figure, these make it an age ("aged 45", "age 7"). */
  ageBefore: ['aged', 'age', 'ages'],
} as const;

/** A figure followed by this is an age ("45-year-old", "45 years old"). */
export const AGE_AFTER = /^[\s-]*(?:years?|yrs?)[\s-]+old\b/i;
/** A block that is a caption or a credit line (photo credits, agency tags, "Media caption"). */
export const CAPTION_BLOCK = /^(?:photo|image|picture|credit|caption|media caption|file photo)\b|\b(?:getty images|ap photo|credit:|\[file\b|photograph:|photo:|illustration:)/i;
/** A block at most this many characters longer than its figure may be a table cell. */
export const CELL_SLACK = 24;
/** A block of at most this many words without final punctuation is a heading (or a caption). */
export const HEADING_MAX_WORDS = 14;
/** Before a figure that only names something ("No. 7", "Route 66", "#3"). */
export const IDENTIFIER_BEFORE = /(?:\bno\.|#|\b(?:number|route|flight|gate|room|platform|level|version|model|series|episode|chapter|season|article|section|page|line|bus|highway|interstate))\s*$/i;
/** A model number ("787-9 Dreamliner"), not a quantity. */
export const MODEL_NUMBER = /^\d+-\d+\s+\p{Lu}/u;
/** Right after another number, a figure names a model ("400 737 Max jets", "five 787 Dreamliners"). */
export const NUMBER_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))\s+$/i;
/** "777x" is a model; a real multiplier ("10x") is smaller than this. */
export const MODEL_MULTIPLIER = 100;
/** "the two companies": a small count that points back at things already named. */
export const REFERRING_BEFORE = /\b(?:the|these|those|both)\s+$/i;
export const REFERRING_MAX = 3;
/** A sports or election score ("won 3-1", "a 24-17 win"). */
export const SCORE_TEXT = /^\d{1,3}\s*[-–]\s*\d{1,3}$/;
