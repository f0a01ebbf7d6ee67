// English: the default language, and the only one with strategic claims and themes so far.
// English month names, qualifiers and currency words also apply to texts in other languages
// (mixed-language pages), as the modules using them say.
import { COMMA_GROUPS } from './formats';
import type { LanguageTable, PageWords } from './types';

export const en: LanguageTable = {
  stopwords: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'with', 'for', 'was', 'are', 'this'],
  numberFormat: COMMA_GROUPS,
  // lakh and crore: Indian English (10^5, 10^7), with their plurals and abbreviations
  multipliers: {
    thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, mln: 6, tn: 12, trn: 12,
    lakh: 5, lakhs: 5, lac: 5, lacs: 5, lkh: 5, lkhs: 5, crore: 7, crores: 7, cr: 7,
  },
  months: {
    January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9,
    October: 10, November: 11, December: 12, Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8,
    Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
  },
  yearPhrases: {
    prepositions: ['by', 'until', 'till', 'before', 'into', 'through', 'since', 'beyond', 'after', 'by the', 'until the', 'before the', 'through the'],
    parts: {
      end: ['end of', 'the end of', 'end of the', 'close of', 'the close of', 'year-end', 'end-'],
      start: ['start of', 'the start of', 'beginning of', 'the beginning of'],
      vague: [
        'mid-', 'mid', 'middle of', 'the middle of', 'early', 'early-', 'late', 'late-', 'spring', 'summer',
        'autumn', 'fall', 'winter', 'spring of', 'summer of', 'autumn of', 'fall of', 'winter of',
      ],
      H1: ['first half of', 'the first half of', 'first-half', '1H', 'H1'],
      H2: ['second half of', 'the second half of', 'second-half', '2H', 'H2'],
      Q1: ['first quarter of', 'the first quarter of', 'first-quarter', '1st quarter of', 'Q1', '1Q'],
      Q2: ['second quarter of', 'the second quarter of', 'second-quarter', '2nd quarter of', 'Q2', '2Q'],
      Q3: ['third quarter of', 'the third quarter of', 'third-quarter', '3rd quarter of', 'Q3', '3Q'],
      Q4: ['fourth quarter of', 'the fourth quarter of', 'fourth-quarter', '4th quarter of', 'Q4', '4Q'],
    },
    fiscal: ['fiscal', 'fiscal year', 'financial year', 'FY'],
  },
  oldYearIntroducers: ['in', 'since', 'from', 'until', 'till', 'by', 'around', 'circa', 'c.', 'ca.', 'before', 'after', 'during', 'year'],
  qualifiers: [
    'up to', 'more than', 'less than', 'fewer than', 'nearly', 'almost', 'about', 'around', 'roughly',
    'approximately', 'approx.', 'over', 'under', 'at least', 'at most', 'some', 'as much as',
    'as many as', 'as little as', 'as few as', 'just over', 'just under', 'well over', 'close to',
    'upwards of', 'an estimated', 'an additional', 'a further', 'an extra', 'a record', 'only', 'just',
    'no more than', 'no less than', 'not more than', 'not less than', 'no fewer than', 'lower than',
    'higher than', 'greater than', 'exceeding', 'above', 'below', 'in excess of', 'exactly', '~',
  ],
  bounds: {
    low: [
      'more than', 'over', 'at least', 'just over', 'well over', 'upwards of', 'no less than', 'not less than',
      'no fewer than', 'higher than', 'greater than', 'exceeding', 'above', 'in excess of', 'as little as', 'as few as',
    ],
    high: [
      'up to', 'less than', 'fewer than', 'under', 'at most', 'just under', 'no more than', 'not more than',
      'lower than', 'below', 'as much as', 'as many as',
    ],
  },
  identifierWords: [
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
  ],
  percentWords: {
    percent: '%', 'per cent': '%', pct: '%', 'percentage points': 'pp', 'percentage point': 'pp',
    'percentage-point': 'pp', 'basis points': 'bp', 'basis point': 'bp', bps: 'bp',
  },
  currencyWords: {
    'US dollars': 'USD', 'U.S. dollars': 'USD', 'American dollars': 'USD', 'Australian dollars': 'AUD',
    'Canadian dollars': 'CAD', 'Hong Kong dollars': 'HKD', 'Singapore dollars': 'SGD',
    'New Zealand dollars': 'NZD', 'Taiwan dollars': 'TWD', dollars: 'USD', dollar: 'USD',
    euros: 'EUR', euro: 'EUR', 'pounds sterling': 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY',
    renminbi: 'CNY', rupees: 'INR', rupee: 'INR', 'Swiss francs': 'CHF', 'Swiss franc': 'CHF',
    reais: 'BRL', rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', rand: 'ZAR',
    'Australian dollar': 'AUD', 'Canadian dollar': 'CAD', 'Hong Kong dollar': 'HKD', 'Singapore dollar': 'SGD',
    'New Zealand dollar': 'NZD', 'Taiwan dollar': 'TWD', 'Taiwanese dollars': 'TWD', 'US dollar': 'USD',
    bucks: 'USD', buck: 'USD', 'South Korean won': 'KRW', 'Korean won': 'KRW', won: 'KRW',
    'Japanese yen': 'JPY', 'Chinese yuan': 'CNY', 'Indian rupees': 'INR', 'Pakistani rupees': 'PKR',
    'Sri Lankan rupees': 'LKR', 'Nepalese rupees': 'NPR', 'Indonesian rupiah': 'IDR', rupiah: 'IDR',
    'Mexican pesos': 'MXN', 'Argentine pesos': 'ARS', 'Chilean pesos': 'CLP', 'Colombian pesos': 'COP',
    'Philippine pesos': 'PHP', 'Turkish lira': 'TRY', 'Turkish liras': 'TRY', 'South African rand': 'ZAR',
    'Brazilian reais': 'BRL', 'Brazilian real': 'BRL', 'Russian rubles': 'RUB', 'Russian roubles': 'RUB',
    'Egyptian pounds': 'EGP', 'Lebanese pounds': 'LBP', 'Kuwaiti dinars': 'KWD', 'Kuwaiti dinar': 'KWD',
    'Saudi riyals': 'SAR', 'Qatari riyals': 'QAR', 'Qatari riyal': 'QAR', 'Iranian rials': 'IRR',
    'UAE dirhams': 'AED', 'Emirati dirhams': 'AED', 'Moroccan dirhams': 'MAD', shekels: 'ILS', shekel: 'ILS',
    ringgit: 'MYR', ringgits: 'MYR', 'Malaysian ringgit': 'MYR', 'Malaysian ringgits': 'MYR', 'Malaysia ringgit': 'MYR',
    'Malaysia ringgits': 'MYR', baht: 'THB', 'Egyptian pound': 'EGP', 'Saudi riyal': 'SAR',
    zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN', forints: 'HUF', forint: 'HUF', 'Swedish kronor': 'SEK',
    'Swedish krona': 'SEK', 'Norwegian kroner': 'NOK', 'Danish kroner': 'DKK', 'Icelandic kronur': 'ISK',
    naira: 'NGN', 'Kenyan shillings': 'KES', hryvnias: 'UAH', hryvnia: 'UAH', tugriks: 'MNT', tugrik: 'MNT',
    leva: 'BGN', lei: 'RON', dong: 'VND', tenge: 'KZT',
    // Currencies gone into the euro (historical figures): ISO codes still name them.
    pesetas: 'ESP', guilders: 'NLG', 'Deutsche marks': 'DEM', 'Deutschmarks': 'DEM', 'French francs': 'FRF',
    'Italian lire': 'ITL', drachmas: 'GRD', escudos: 'PTE', schillings: 'ATS',
    // Names of several countries' currencies: money, but which one the article says elsewhere ('').
    francs: '', franc: '', pesos: '', peso: '', dinars: '', dinar: '', riyals: '', rials: '', dirhams: '',
    lira: '', liras: '', lire: '', kronor: '', kroner: '', krona: '', krone: '', shillings: '',
  },
  // Not `a ton`, `a degree`, `a buck`, `a yen`, `a cup`: idioms more often than figures.
  unitsAfterArticle: [
    'dollar', 'euro', 'rupee', 'franc', 'peso', 'shekel', 'riyal', 'rial', 'dinar', 'kilogram', 'kilo', 'kg', 'gram',
    'milligram', 'pound', 'lb', 'ounce', 'liter', 'litre', 'milliliter', 'millilitre', 'ml', 'hectoliter',
    'hectolitre', 'gallon', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'centimeter', 'centimetre',
    'millimeter', 'millimetre', 'mile', 'megawatt', 'gigawatt', 'kilowatt-hour', 'terabyte', 'gigabyte',
  ],
};

export const enPageWords: PageWords = {
  adWords: ['advertisement', 'advertisements', 'advertising', 'ads?'],
  placeholderWords: ['advertising', 'sponsored'],
  continueWords: ['scroll', 'continue', 'story continues', 'article continues'],
  disclosureHeads: [
    'sponsored(?: (?:content|post|article|story|feature|listing|links?|stories|headlines?|resources?|offers?|products?|results?|searches|deals?))?',
    'promoted(?: (?:content|post|story|stories|links?))?',
    '(?:paid )?partner (?:content|post|story|feature)',
    'content from our partners?',
    'from our partners?',
    'advertorial',
    'advertiser content',
    'advertising feature',
    'advertisement feature',
    'paid (?:content|post|partnership|promotion|feature)',
    'brand(?:ed)? content',
  ],
  disclosureBy: [
    // Not "produced by" / "supported by": those are credits and grant notes, not paid placement.
    '(?:sponsored|promoted|paid for|presented|brought to you) by',
    '(?:in|produced in|created in) partnership with',
    'paid partnership with',
    'in association with',
  ],
  sponsoredClassWords: ['sponsored', 'advertorial', 'advertorials'],
  labelHints: [
    'sponsor', 'promot', 'partner', 'advert', '\\bads?\\b', 'paid', 'present', 'brought', 'around the web',
    'recommended by', 'association', 'produced', 'created', 'supported', 'powered',
  ],
  loadingWords: ['loading'],
};
