// The default theme table for business and technology news. Data, not code: the engine reads only
// these fields, so a user's own ThemeDefinition[] works the same way (see match.ts for how terms match).
// The ids diversification, cost-risk, dependency, competition and scaling are a contract (DESIGN.md).

/** A theme of the argument: data, not code, so that users can add their own. */
export interface ThemeDefinition {
  id: string;
  label: string;
  /**
   * Words and phrases (lower case) that speak to the theme. Each matches as a whole word, case-insensitively,
   * with an optional plural or verb ending (s, es, d, ed, ing); a space or hyphen in a term matches either.
   */
  terms: string[];
  /** Regular-expression sources (case-insensitive) for what terms cannot say. */
  patterns?: string[];
  /**
   * Regular-expression sources run on the sentence's lemmas (lemma.ts: "rivals were bidding for contracts"
   * reads "rival be bid for contract"): who does what to whom. A frame is stronger evidence than a term, so
   * a sentence that states the theme in other words ("vie for contracts" is competition) still carries it.
   */
  frames?: string[];
  /**
   * Optional: name the party the theme is about in its label. In the theme's sentences, the proper noun
   * phrase found most often right after one of `cues` (e.g. "reliant on") replaces `{party}` in `label`;
   * with none found, the plain `label` above is used.
   */
  party?: { cues: string[]; label: string };
  /**
   * Optional, default 1: how much the theme's score counts. Broad themes that nearly every business story
   * touches (strategy, performance) count for less, so the specific argument ranks first.
   */
  weight?: number;
}

/** The weight of themes broad enough to fit almost any sentence about a company. */
export const BROAD_THEME_WEIGHT = 0.5;

export const DEFAULT_THEMES: ThemeDefinition[] = [
  {
    id: 'diversification',
    label: 'Diversification',
    terms: [
      'diversify', 'diversifies', 'diversified', 'diversification', 'multi-cloud', 'multi-vendor', 'multi-supplier',
      'second source', 'dual source', 'dual-sourcing', 'multi-sourcing', 'alternative supplier', 'alternative suppliers',
      'redundancy', 'hedge its bets', 'hedge their bets', 'spread its bets', 'spread the risk', 'new markets',
      'broaden', 'broadening', 'new revenue streams',
    ],
    patterns: [
      String.raw`\bdiversif\w*`,
      String.raw`\breduc\w* (?:its |their |the )?(?:reliance|dependence|exposure)\b`,
      String.raw`\b(?:lessen|limit|cut)\w* (?:its |their )?(?:reliance|dependence)\b`,
      String.raw`\bmultiple (?:\w+ )?(?:clouds?|suppliers|vendors|providers|sources|partners|environments|sites|locations|regions|countries|markets)\b`,
      String.raw`\bexpand\w* (?:\w+ )?into\b`,
      String.raw`\bspread\w* (?:\w+ ){0,3}(?:across|among|between|over)\b`,
      String.raw`\bsplit\w* (?:\w+ ){0,3}between\b`,
      String.raw`\b(?:two|second|multiple|several|dual|more) (?:\w+ )?(?:suppliers|vendors|sources|providers|partners|locations|sites)\b`,
      String.raw`\b(?:geographic|global|wider|broader) footprint\b`,
      String.raw`\ball (?:its|their|of its|of their) (?:\w+ ){0,2}(?:plants|production|eggs|capacity|operations|suppliers?) (?:in|with|from) (?:one|a single)\b`,
      String.raw`\b(?:an?|the|classic|natural) hedge\b|\bhedge against\b|\balternative (?:source|supplier|route|provider)s?\b`,
      String.raw`\b(?:adding|add|adds|added) (?:a |an )?(?:second|another|new) (?:supplier|vendor|provider|partner|source)\b`,
    ],
    frames: [
      String.raw`\b(?:add|bring on|sign|take on|select|choose|onboard) (?:\w+ ){0,3}(?:new |additional |more |other |second |smaller )?(?:provider|supplier|vendor|partner|source|company|firm|carrier)\b`,
      String.raw`\b(?:additional|alternative|new|more|diverse|several|multiple) (?:\w+ )?(?:provider|supplier|vendor|source|partner|market|revenue stream)\b`,
      String.raw`\bexpand (?:\w+ ){0,3}(?:service|offering|portfolio|range|lineup|relationship|collaboration|partnership|product|business)\b`,
      String.raw`\b(?:addition to|broaden|extend|widen) (?:\w+ ){0,3}(?:portfolio|reach|range|offering|audience|base|lineup)\b`,
      String.raw`\b(?:wider|broader|new) (?:audience|reach|distribution|customer base|market)\b`,
      String.raw`\brange from (?:\w+ ){1,4}to\b`,
      String.raw`\bdivers\w*`,
      String.raw`\bmove (?:\w+ ){0,2}beyond\b|\bless reliant\b|\bless dependent\b`,
    ],
  },
  {
    id: 'cost-risk',
    label: 'Cost risk',
    terms: [
      'cost', 'costly', 'expensive', 'price tag', 'spending', 'spend', 'expenditure', 'capex', 'capital expenditure',
      'outlay', 'margin', 'margins', 'losses', 'cash burn', 'burn rate', 'debt', 'overrun', 'budget', 'write-down',
      'writedown', 'fixed costs', 'return on investment', 'payback', 'profitability', 'unprofitable', 'subsidy',
      'pricing', 'price hike', 'price increase', 'fee', 'licensing fees', 'obsolete', 'obsolescence', 'stranded assets', 'revenue projections',
    ],
    patterns: [
      String.raw`\bcosts?\b`,
      String.raw`\bexpens(?:e|es|ive)\b`,
      String.raw`\bjustify (?:\w+ ){0,4}(?:spending|investment|cost|price|outlay)`,
      String.raw`\bpay (?:for )?itself\b|\bpay off\b`,
      String.raw`\b(?:raise|raising|raised|hike|hiking|hiked) (?:its |their )?prices?\b`,
    ],
    frames: [
      String.raw`\b(?:tariff|levy|loss|debt|deficit|writedown|write - down|impairment|bailout|lifeline|shortfall|overrun|slowdown|recession|downturn)\b`,
      String.raw`\bbail (?:\w+ )?out\b|\bcash (?:flow|burn|crunch)\b|\bcut (?:\w+ ){0,2}cost\b`,
      String.raw`\b(?:revenue|sale|earning|profit|margin|income|valuation|share|stock|price|finance|result) (?:\w+ ){0,3}(?:fall|drop|decline|slump|plunge|miss|hit|slash)\b`,
      String.raw`\b(?:revenue|sale|earning|profit|margin|income|valuation|share|stock|price|finance|result) (?:\w+ ){0,3}(?:shrink|tumble|sink|impair|squeeze|suffer|below)\b`,
      String.raw`\b(?:slash|cut|hit|miss|squeeze|hurt|erode|weigh on|dent|drag on) (?:\w+ ){0,3}(?:revenue|sale|earning|profit|margin|income|valuation|result|investor|stock|market|economy|growth)\b`,
      String.raw`\b(?:below|miss|short of) (?:\w+ ){0,2}(?:expectation|estimate|forecast|target)\b`,
      String.raw`\brisk\w* (?:\w+ ){0,4}(?:bet|investment|stock|valuation|return|reward|market|earning|economy)\b|\b(?:bet|investment|valuation|stock|market|earning|economy)\b (?:\w+ ){0,4}risk`,
      String.raw`\bweigh (?:on|upon)\b|\bclaw back\b|\btake longer\b (?:\w+ ){0,3}(?:realize|realise|pay)`,
      String.raw`\bcost (?:\S+ ){0,4}more\b|\bpay (?:\w+ ){0,2}more\b|\bnot come cheap\b`,
      String.raw`\b(?:rise|high|higher|soar|climb|mount) (?:\w+ ){0,2}(?:cost|bill|price)\b|\bwipe (?:\w+ )?out (?:\w+ ){0,2}(?:profit|margin|saving|gain)\b`,
      String.raw`\bbudget\b|\b(?:raise|hike|increase) (?:\w+ )?price\b|\bsteep discount\b|\bpay off\b`,
    ],
  },
  {
    id: 'dependency',
    label: 'Dependency',
    terms: [
      'dependent', 'dependence', 'dependency', 'dependencies', 'reliant', 'reliance', 'lock-in', 'locked in',
      'locked into', 'single supplier', 'sole supplier', 'single source', 'sole source', 'at the mercy of',
      'beholden', 'hostage to', 'captive customer',
    ],
    patterns: [
      // "depends on whether/how ..." is about uncertainty, and "depending on" mostly a condition
      // ("prices vary depending on the region"): neither is dependency.
      String.raw`\bdepend(?:s|ed)? (?:\w+ )?(?:on|upon)\b(?! (?:whether|how|what|when|where|who|if|various|several|many|a number of|a (?:variety|range) of|the (?:specifics|details|circumstances|situation|weather))\b)`,
      String.raw`\brel(?:y|ies|ied|ying) (?:\w+ )?(?:on|upon)\b`,
      String.raw`\blocks? (?:\w+ ){1,3}into\b`,
      String.raw`\btied to\b|\bti(?:e|es|ed|ing) (?:its|their) (?:\w+ )?(?:fortunes?|future|fate) to\b`,
      String.raw`\b(?:a single|one|only one) (?:\w+ )?(?:supplier|source|vendor|provider|customer|buyer|market|factory|plant|foundry|partner|chemistry)\b`,
    ],
    frames: [
      String.raw`\b(?:number one|no \. 1|biggest|largest|main|key|sole|only|single|dominant) (?:\w+ ){0,2}(?:buyer|customer|client|supplier|source|investor|backer|lender|market)\b`,
      String.raw`\b(?:crucial|critical|vital|essential|lifeline) (?:to|for) (?:the |its |their |a )?(?:\w+ ){0,3}(?:company|firm|maker|manufacturer|giant|business|survival|future|revenue|supplier|economy)\b`,
      String.raw`\b(?:rely|depend|dependent|dependence|dependency|reliant|reliance|hinge) (?:\w+ )?(?:on|upon)\b(?! (?:whether|how|what|when|where|who|which|if)\b)`,
      String.raw`\bhostage to\b|\bat the mercy of\b|\block (?:\w+ ){0,3}in\b`,
    ],
    party: {
      cues: [
        'dependent on', 'dependent upon', 'dependence on', 'dependency on', 'dependencies on', 'reliant on',
        'reliance on', 'relies on', 'rely on', 'relying on', 'relied on', 'depends on', 'depend on', 'depending on',
        'at the mercy of', 'beholden to', 'locked into', 'tied to', 'hostage to',
      ],
      label: '{party} dependency',
    },
  },
  {
    id: 'competition',
    label: 'Competition',
    terms: [
      'competitor', 'competitors', 'competition', 'competitive', 'compete', 'competing', 'rival', 'rivals', 'rivalry',
      'market share', 'challenger', 'incumbent', 'dominance', 'dominant', 'dominate', 'monopoly', 'duopoly',
      'price war', 'undercut', 'outcompete', 'head-to-head', 'moat', 'pricing power', 'market leader',
      'competitive landscape', 'edge over', 'advantage over', 'competitive advantage', 'lose ground', 'gain ground',
      'crowded', 'saturated', 'overcapacity', 'market leaders',
    ],
    patterns: [
      String.raw`\bcompet\w*`,
      String.raw`\brival\w*`,
      String.raw`\b(?:fewer|little|less|no|limited|more) (?:real )?(?:choices?|options|alternatives|competitors|carriers|players)\b`,
      String.raw`\bcontrol\w* (?:\w+ ){0,2}\d[\d.]*\s?(?:%|percent)`,
      String.raw`\b(?:weaken|strengthen|erode|cement|bolster|consolidat|threaten|challeng)\w* (?:\w+['’]s |its |their |the )?(?:\w+ )?(?:market )?(?:position|lead|grip|hold)\b`,
      String.raw`\b(?:win|wins|won|winning|lure|lures|lured|poach\w*|steal\w*|lose|loses|losing|lost) (?:\w+ )?(?:customers|clients|subscribers|passengers|business) (?:from|to)\b`,
    ],
    frames: [
      String.raw`\b(?:bid|bidder|vie|contender|challenger|entrant)\b`,
      String.raw`\b(?:win|lose|award|secure|land) (?:\w+ ){0,3}(?:contract|deal|tender|bid|customer|client|share)\b`,
      String.raw`\bnot the only\b|\bexclusive to\b|\bother (?:\w+ ){0,2}(?:option|alternative|service|platform|player|provider|offering)\b`,
      String.raw`\b(?:big|established|small|new|major|rival) player\b|\bmarket share\b|\bpool of (?:\w+ ){0,2}(?:bidder|provider|supplier|vendor|company)\b`,
      String.raw`\b(?:take|steal|gain|lose|win) (?:\w+ ){0,2}(?:market share|ground|customer|subscriber)\b|\b(?:ahead of|behind|catch up with) (?:its |their )?(?:rival|competitor|peer)\b`,
      String.raw`\brival\w*|\bcompet\w*`,
    ],
  },
  {
    id: 'scaling',
    label: 'Scaling',
    terms: [
      'scale', 'scaling', 'at scale', 'scale up', 'scalability', 'scalable', 'capacity', 'expansion', 'expand',
      'build-out', 'buildout', 'ramp up', 'ramp-up', 'mass production', 'volume production', 'throughput',
      'bottleneck', 'distributed computing', 'distributed systems', 'fault tolerance', 'infrastructure',
    ],
    patterns: [
      String.raw`\bscal(?:e|es|ed|ing|able|ability)\b`,
      String.raw`\b(?:hundreds|tens) of thousands\b`,
      String.raw`\b(?:production|manufacturing|generating|fleet|network) (?:capacity|lines?)\b`,
      String.raw`\bramp(?:s|ed|ing)?\b`,
      String.raw`\bfull (?:output|capacity|production|scale)\b`,
      String.raw`\bgr[eo]w(?:s|n|ing)? from (?:\w+ ){1,4}to\b`,
      String.raw`\b(?:whole|entire) (?:estate|network|fleet|chain)\b`,
    ],
    frames: [
      String.raw`\bexpand (?:\w+ ){0,3}(?:fleet|network|capacity|production|footprint|operation|presence|airline|chain|store|plant|factory|output)\b`,
      String.raw`\bscal\w* (?:\w+ ){0,2}(?:production|output|manufacturing|capacity|operation)\b|\b(?:question|challenge|problem|test) of scale\b`,
      String.raw`\bexpansion\b|\bscal\w* up\b|\bat scale\b|\b(?:national|global|massive|huge) scale\b|\bramp (?:\w+ )?up\b`,
      String.raw`\broll (?:\w+ ){0,2}out (?:\w+ ){0,3}(?:to|across|in) (?:\w+ ){0,2}(?:market|country|city|region|store|state)\b`,
      String.raw`\b(?:largest|biggest) (?:\w+ ){0,3}(?:chain|network|carrier|operator|fleet|producer|maker|provider) in the\b`,
      String.raw`\b(?:heavy|heavier|large|larger|big|bigger) (?:\w+ )?(?:payload|load|volume|capacity|fleet)\b|\bcapability to (?:carry|handle|deliver|serve|support)\b`,
      String.raw`\b(?:capacity|throughput|bottleneck) (?:\w+ ){0,2}(?:grow|expand|double|triple|increase|constrain|limit|strain)\b`,
    ],
  },
  {
    id: 'strategy',
    label: 'Strategy',
    weight: BROAD_THEME_WEIGHT,
    terms: [
      'strategy', 'strategic', 'strategically', 'pivot', 'bet', 'gamble', 'long-term', 'vertical integration',
      'vertically integrated', 'business model', 'roadmap', 'in-house', 'core business', 'turnaround',
      'direction', 'trajectory',
    ],
    patterns: [
      String.raw`\bstrateg(?:y|ies|ic|ically)\b`, // not "strategist": a job title argues nothing
      String.raw`\bbet(?:s|ting)?\b`,
      String.raw`\bshift\w* (?:toward|towards|away|to|from)\b|\bstrategic shift\b`,
      String.raw`\b(?:build|builds|building|make|makes|making|develop|develops|developing|design\w*) (?:its|their) own\b`,
    ],
  },
  {
    id: 'execution',
    label: 'Execution',
    terms: [
      'integration', 'integrate', 'integrating', 'execution', 'execute', 'implementation', 'implement',
      'teething problems', 'technical hurdles', 'migration', 'merge systems', 'culture clash',
    ],
  },
  {
    id: 'regulation',
    label: 'Regulation',
    terms: [
      'regulator', 'regulators', 'regulatory', 'regulation', 'antitrust', 'competition authority', 'approval',
      'lawmakers', 'legislation', 'compliance', 'sanctions', 'tariff', 'tariffs', 'export controls', 'subsidies',
      'probe', 'investigation', 'lawsuit', 'fines', 'fined', 'consent decree', 'remedies',
    ],
    patterns: [String.raw`\bregulat\w*`, String.raw`\b(?:block|blocks|blocked|clear|cleared|approve|approved) the (?:deal|merger|takeover|acquisition)\b`],
  },
  {
    id: 'security',
    label: 'Security',
    terms: [
      'security', 'cybersecurity', 'breach', 'hack', 'hacked', 'hackers', 'ransomware', 'malware', 'privacy',
      'data protection', 'espionage', 'attack surface',
    ],
    patterns: [String.raw`\bcyber\w*`, String.raw`\bsecurity (?:flaw|hole|vulnerabilit\w*|risk)`],
  },
  {
    id: 'timeline',
    label: 'Timeline',
    terms: [
      'delay', 'delays', 'delayed', 'timeline', 'timelines', 'deadline', 'behind schedule', 'ahead of schedule',
      'postpone', 'postponed', 'pushed back', 'slip', 'slipped', 'time to market',
    ],
    patterns: [String.raw`\bdelay\w*`, String.raw`\bon (?:time|schedule)\b`],
  },
  {
    id: 'performance',
    label: 'Performance',
    weight: BROAD_THEME_WEIGHT,
    terms: [
      'performance', 'outperform', 'outperformed', 'underperform', 'benchmark', 'efficiency', 'efficient',
      'latency', 'reliability', 'yield', 'yields', 'quality', 'punctuality',
    ],
    patterns: [String.raw`\b(?:out|under)?perform\w*`, String.raw`\befficien\w*`],
  },
  {
    id: 'labour',
    label: 'Labour',
    terms: [
      'workers', 'employees', 'staff', 'jobs', 'layoffs', 'job cuts', 'union', 'unions', 'strike', 'strikes',
      'hiring', 'talent', 'headcount', 'wages', 'workforce', 'skilled labour', 'skilled labor', 'labour', 'labor',
      'pilots', 'crews', 'technicians', 'engineers', 'recruit', 'recruitment',
    ],
    patterns: [String.raw`\blay(?:ing)? off\b`, String.raw`\blabou?r (?:costs|shortage\w*|market)\b`],
  },
  {
    id: 'demand',
    label: 'Demand',
    terms: [
      // Not "customers": they are named in most business sentences without any claim about demand.
      'demand', 'adoption', 'subscribers', 'subscriber', 'churn', 'uptake', 'usage', 'bookings', 'orders', 'sales',
      'cancel', 'cancellations', 'growth', 'traffic', 'ridership', 'footfall',
    ],
    patterns: [String.raw`\bdemand\w*`],
  },
  {
    id: 'supply-chain',
    label: 'Supply chain',
    terms: [
      'supply chain', 'supply chains', 'supplier', 'suppliers', 'supply', 'shortage', 'shortages', 'raw materials',
      'sourcing', 'components', 'logistics', 'inventory', 'procurement',
    ],
    patterns: [String.raw`\bsuppl(?:y|ies|ier|iers)\b`],
  },
];
