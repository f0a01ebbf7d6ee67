// Words around a figure: qualifiers kept in its span, and words that make digits an identifier.

/** Hedges and bounds before a figure, kept in the span (`up to 72 GPUs`, `more than 40%`). */
export const QUALIFIERS: Record<string, string[]> = {
  en: [
    'up to', 'more than', 'less than', 'fewer than', 'nearly', 'almost', 'about', 'around', 'roughly',
    'approximately', 'approx.', 'over', 'under', 'at least', 'at most', 'some', 'as much as',
    'as many as', 'as little as', 'as few as', 'just over', 'just under', 'well over', 'close to',
    'upwards of', 'an estimated', 'an additional', 'a further', 'an extra', 'a record', 'only', 'just',
  ],
  de: ['bis zu', 'mehr als', 'weniger als', 'fast', 'knapp', 'rund', 'etwa', 'circa', 'ca.', 'über', 'unter', 'mindestens', 'höchstens', 'gut', 'weitere'],
  fr: ["jusqu'à", 'jusqu’à', 'plus de', 'moins de', 'près de', 'environ', 'quelque', 'au moins', 'au plus', 'quasiment'],
  es: ['hasta', 'más de', 'menos de', 'casi', 'cerca de', 'alrededor de', 'unos', 'unas', 'al menos', 'aproximadamente'],
  it: ['fino a', 'più di', 'meno di', 'quasi', 'circa', 'almeno', 'oltre', 'intorno a'],
  nl: ['tot', 'meer dan', 'minder dan', 'bijna', 'ongeveer', 'ruim', "zo'n", 'zo’n', 'minstens', 'circa'],
  pt: ['até', 'mais de', 'menos de', 'quase', 'cerca de', 'pelo menos', 'aproximadamente'],
};

/**
 * Words after which digits name a thing rather than measure it (`Section 230`, `chapter 11`,
 * `version 4`, `ticket #4521`, `No. 5`), in any language, compared in lower case.
 */
export const IDENTIFIER_WORDS = new Set([
  'section', 'sections', 'sec.', 'article', 'articles', 'art.', 'chapter', 'chapters', 'ch.', 'clause',
  'paragraph', 'para.', 'rule', 'title', 'part', 'page', 'pages', 'p.', 'pp.', 'no.', 'nos.', 'nr.', 'no',
  'number', 'num.', '#', '§', '§§', '¶', '№', 'n°', 'nº', 'version', 'ver.', 'v.', 'release', 'build',
  'patch', 'episode', 'season', 'volume', 'vol.', 'issue', 'route', 'flight', 'gate', 'terminal',
  'platform', 'room', 'suite', 'apartment', 'apt.', 'unit', 'lot', 'track', 'highway', 'interstate',
  'level', 'grade', 'phase', 'stage', 'tier', 'category', 'class', 'type', 'generation', 'gen', 'step',
  'item', 'figure', 'fig.', 'table', 'exhibit', 'appendix', 'annex', 'schedule', 'form', 'model',
  'series', 'mark', 'mk', 'ticket', 'order', 'case', 'docket', 'bill', 'amendment', 'proposition',
  'measure', 'resolution', 'district', 'ward', 'precinct', 'line', 'lane', 'row', 'seat', 'pier',
  'bus', 'train', 'channel', 'station', 'exit', 'zone', 'bay', 'hangar', 'runway', 'id', 'code', 'pin',
  'iso', 'din', 'iec', 'ieee', 'rfc', 'error', 'port', 'zip', 'sku', 'ext.', 'extension', 'invoice',
  'account', 'postcode', 'serial', 'batch', 'reference', 'ref.', 'bug', 'pr', 'cve', 'commit', 'kb',
  // other languages
  'artikel', 'kapitel', 'abschnitt', 'absatz', 'paragraf', 'seite', 'folge', 'staffel', 'stufe',
  'gleis', 'linie', 'ziffer', 'chapitre', 'alinéa', 'numéro', 'artículo', 'capítulo', 'sección',
  'página', 'versión', 'número', 'núm.', 'articolo', 'capitolo', 'pagina', 'versione', 'numero',
  'hoofdstuk', 'pagina', 'versie', 'nummer', 'artigo', 'capítulo', 'secção', 'seção', 'versão',
]);

/**
 * Capitalised English words that may stand right before a figure without making it a name: words
 * that open a sentence (`In 2027`, `About 1,200 engineers`) and month or season names. Any other
 * capitalised word right before a bare number marks a product, model or law (`Model 3`, `Windows 11`,
 * `Vision 2030`).
 */
export const EN_CAPITALISED_OK = new Set([
  'in', 'by', 'since', 'until', 'till', 'from', 'to', 'after', 'before', 'over', 'under', 'about',
  'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'only', 'just', 'the', 'a', 'an',
  'and', 'but', 'or', 'of', 'for', 'with', 'at', 'on', 'during', 'between', 'than', 'last', 'next',
  'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'all', 'both', 'each',
  'every', 'another', 'up', 'down', 'then', 'now', 'still', 'already', 'also', 'even', 'through',
  'throughout', 'within', 'beyond', 'into', 'per', 'plus', 'minus', 'more', 'less', 'fewer', 'least',
  'most', 'another', 'another', 'nor', 'yet', 'so', 'as', 'if', 'when', 'while', 'where', 'because',
  'although', 'though', 'whereas', 'since', 'unlike', 'like', 'roughly', 'nearly', 'across', 'among',
  'against', 'toward', 'towards', 'until', 'upon', 'without', 'are', 'were', 'is', 'was', 'has',
  'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does',
  'do', 'it', 'they', 'we', 'he', 'she', 'you', 'i', 'there', 'here', 'what', 'which', 'who', 'whose',
  'why', 'how', 'nearly', 'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter',
  'fiscal', 'approx.', 'ca.', 'circa', 'total', 'roughly', 'today', 'yesterday', 'tomorrow', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'join', 'get', 'save', 'add',
  'cut', 'raise', 'hire', 'sell', 'buy', 'see', 'read', 'earn', 'pay', 'spend', 'win', 'lose',
  'u.s.', 'u.k.', 'e.u.', 'us', 'uk', 'eu',
  'exactly', 'precisely', 'fully', 'barely', 'perhaps', 'maybe', 'possibly', 'well', 'below', 'above',
  'past', 'upwards', 'additional', 'further', 'estimated', 'record', 'nearly', 'another', 'only',
]);

/** Street words that make the digits before a capitalised name a house number (`1119 Eighth St.`). */
export const STREET_WORDS = [
  'St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Pl', 'Place', 'Ln', 'Lane', 'Blvd',
  'Boulevard', 'Way', 'Ct', 'Court', 'Terrace', 'Parkway', 'Pkwy', 'Hwy', 'Highway', 'Square', 'Sq',
];
