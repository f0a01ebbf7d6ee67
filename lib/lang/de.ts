// German: numbers, dates and units (numeric claims), counted nouns, ad and disclosure labels.
import { DOT_GROUPS, SWISS } from './formats';
import type { LanguageTable, PageWords } from './types';

export const de: LanguageTable = {
  stopwords: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'auf', 'für', 'sich', 'ein'],
  numberFormat: DOT_GROUPS,
  numberFormatByRegion: { ch: SWISS },
  // German `Billion` is 10^12, not the English 10^9.
  multipliers: {
    tausend: 3, 'tsd.': 3, 'mio.': 6, mio: 6, million: 6, millionen: 6,
    'mrd.': 9, mrd: 9, milliarde: 9, milliarden: 9, 'bio.': 12, billion: 12, billionen: 12,
  },
  months: {
    Januar: 1, Jänner: 1, Februar: 2, März: 3, April: 4, Mai: 5, Juni: 6, Juli: 7, August: 8,
    September: 9, Oktober: 10, November: 11, Dezember: 12,
  },
  yearPhrases: {
    prepositions: ['bis', 'bis spätestens', 'seit', 'vor', 'nach', 'ab', 'bis zum', 'im', 'zum'],
    parts: {
      end: ['Ende', 'zum Ende', 'Ende des Jahres'],
      start: ['Beginn'],
      vague: ['Mitte', 'Anfang', 'Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter'],
      H1: ['ersten Halbjahr', 'erstes Halbjahr', '1. Halbjahr'],
      H2: ['zweiten Halbjahr', 'zweites Halbjahr', '2. Halbjahr'],
      Q1: ['ersten Quartal', 'erstes Quartal', '1. Quartal'],
      Q2: ['zweiten Quartal', 'zweites Quartal', '2. Quartal'],
      Q3: ['dritten Quartal', 'drittes Quartal', '3. Quartal'],
      Q4: ['vierten Quartal', 'viertes Quartal', '4. Quartal'],
    },
    fiscal: ['Geschäftsjahr', 'Geschäftsjahres'],
  },
  oldYearIntroducers: ['im', 'seit', 'bis', 'von'],
  qualifiers: ['bis zu', 'mehr als', 'weniger als', 'fast', 'knapp', 'rund', 'etwa', 'circa', 'ca.', 'über', 'unter', 'mindestens', 'höchstens', 'gut', 'weitere'],
  identifierWords: ['artikel', 'kapitel', 'abschnitt', 'absatz', 'paragraf', 'seite', 'folge', 'staffel', 'stufe', 'gleis', 'linie', 'ziffer'],
  percentWords: { prozent: '%', prozentpunkte: 'pp', prozentpunkten: 'pp', basispunkte: 'bp', basispunkten: 'bp' },
  units: [
    { unit: '°', words: ['Grad'] },
    { unit: 'm³', words: ['Kubikmeter', 'Kubikmetern'] },
    { unit: 'm²', words: ['Quadratmetern'] },
    { unit: 'km', words: ['Kilometern'] },
    { unit: 't', words: ['Tonne'] },
    { unit: 'L', words: ['Litern'] },
    { unit: 'week', words: ['Wochen'] },
    { unit: 'min', words: ['Minuten', 'Min.'] },
    { unit: 'h', words: ['Stunde', 'Std.'] },
    { unit: 's', words: ['Sekunden'] },
    { unit: 'year', words: ['Jahre', 'Jahren', 'Jahr'] },
    { unit: 'month', words: ['Monate', 'Monaten'] },
    { unit: 'day', words: ['Tage', 'Tagen'] },
    { unit: 'h', words: ['Stunden'] },
  ],
  unitWordsAnywhere: {
    kWh: ['kilowattstunden'], MWh: ['megawattstunden'], GWh: ['gigawattstunden'], TWh: ['terawattstunden'],
    'm²': ['Quadratmeter'], ha: ['Hektar'], g: ['Gramm'], kg: ['Kilogramm'], t: ['Tonnen'], L: ['Liter'],
    '°C': ['Grad Celsius'],
  },
  currencyWords: { 'US-Dollar': 'USD', 'US-Dollars': 'USD', Franken: 'CHF', 'Schweizer Franken': 'CHF', Pfund: 'GBP' },
  euroCents: true,
  notCounted: ['uhr', 'mal', 'prozent', 'euro', 'dollar', 'franken', 'pfund', 'und', 'oder', 'die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'im', 'in', 'am', 'an', 'auf', 'bei', 'mit', 'nach', 'seit', 'von', 'vor', 'zu', 'zum', 'zur', 'bis', 'ab', 'für', 'über', 'unter', 'es', 'er', 'sie', 'wir', 'ich'],
  notAdjectives: [
    'eine', 'einen', 'einer', 'eines', 'einem', 'seine', 'seinen', 'keine', 'keinen', 'diese', 'dieser', 'diesen',
    'jeder', 'jede', 'alle', 'allen', 'aller', 'unsere', 'ihre', 'ihren', 'unter', 'über', 'oder', 'aber',
    'weniger', 'mehr', 'sowie', 'wieder', 'immer', 'sogar', 'denen', 'deren', 'dessen', 'werden', 'wurden',
    'haben', 'hatten', 'sollen', 'sollten', 'können', 'könnten', 'müssen', 'wollen', 'waren', 'sind', 'kosten',
    'bekommen', 'erhalten', 'zahlen', 'gegen', 'später', 'früher', 'ohne', 'hinter', 'neben', 'wegen', 'statt',
  ],
};

export const dePageWords: PageWords = {
  adWords: ['anzeigen?', 'werbung'],
  continueWords: ['weiterlesen', 'lesen sie weiter'],
  disclosureHeads: ['gesponsert(?:er (?:beitrag|inhalt))?', 'werbliche? (?:inhalte?|beitrag)'],
  disclosureBy: ['gesponsert von', 'in (?:zusammenarbeit|kooperation) mit'],
  sponsoredClassWords: ['gesponsert'],
  labelHints: ['anzeige', 'werb', 'zusammenarbeit', 'kooperation', 'gesponsor'],
};
