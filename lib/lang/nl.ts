// Dutch: numbers, dates and units (numeric claims), ad and disclosure labels.
import { DOT_GROUPS } from './formats';
import type { LanguageTable, PageWords } from './types';

export const nl: LanguageTable = {
  stopwords: ['de', 'het', 'een', 'van', 'en', 'niet', 'dat', 'met', 'voor', 'zijn', 'ook', 'op'],
  numberFormat: DOT_GROUPS,
  multipliers: { duizend: 3, miljoen: 6, mln: 6, miljard: 9, mld: 9, mrd: 9 },
  months: {
    januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9,
    oktober: 10, november: 11, december: 12,
  },
  yearPhrases: {
    prepositions: ['tegen', 'tot', 'voor', 'sinds', 'vanaf'],
    parts: {
      end: ['eind', 'eind van', 'eind', 'einde', 'eind'],
      vague: ['medio', 'begin', 'half'],
      H1: ['eerste helft van', 'eerste jaarhelft van'],
      H2: ['tweede helft van', 'tweede jaarhelft van'],
      Q1: ['eerste kwartaal van'],
      Q2: ['tweede kwartaal van'],
      Q3: ['derde kwartaal van'],
      Q4: ['vierde kwartaal van'],
    },
    fiscal: ['boekjaar'],
  },
  oldYearIntroducers: ['sinds'],
  qualifiers: ['tot', 'meer dan', 'minder dan', 'bijna', 'ongeveer', 'ruim', "zo'n", 'zo’n', 'minstens', 'circa'],
  identifierWords: ['hoofdstuk', 'pagina', 'versie', 'nummer'],
  percentWords: { procent: '%', procentpunt: 'pp', procentpunten: 'pp', basispunten: 'bp' },
  units: [
    { unit: 'year', words: ['jaar'] },
    { unit: 'month', words: ['maanden'] },
    { unit: 'day', words: ['dagen'] },
  ],
  euroCents: true,
};

export const nlPageWords: PageWords = {
  adWords: ['advertentie'],
  disclosureHeads: ['gesponsord'],
};
