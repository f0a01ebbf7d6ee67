// Italian: numbers, dates and units (numeric claims), ad and disclosure labels.
import { DOT_GROUPS, SWISS } from './formats';
import type { LanguageTable, PageWords } from './types';

export const it: LanguageTable = {
  stopwords: ['il', 'di', 'che', 'della', 'per', 'una', 'sono', 'non', 'con', 'del', 'gli', 'è'],
  numberFormat: DOT_GROUPS,
  numberFormatByRegion: { ch: SWISS },
  multipliers: { mila: 3, mille: 3, milione: 6, milioni: 6, mln: 6, miliardo: 9, miliardi: 9, mld: 9, mrd: 9 },
  months: {
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8,
    settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
  },
  yearPhrases: {
    prepositions: ['entro', 'entro il', 'fino al', 'prima del', 'dal', 'nel'],
    parts: {
      end: ['fine', 'la fine del', 'entro la fine del'],
      vague: ['metà', 'inizio', 'metà del', 'inizio del'],
      H1: ['primo semestre', 'primo semestre del'],
      H2: ['secondo semestre', 'secondo semestre del'],
      Q1: ['primo trimestre', 'primo trimestre del'],
      Q2: ['secondo trimestre', 'secondo trimestre del'],
      Q3: ['terzo trimestre', 'terzo trimestre del'],
      Q4: ['quarto trimestre', 'quarto trimestre del'],
    },
    fiscal: ['esercizio'],
  },
  oldYearIntroducers: ['nel', 'dal'],
  qualifiers: ['fino a', 'più di', 'meno di', 'quasi', 'circa', 'almeno', 'oltre', 'intorno a'],
  identifierWords: ['articolo', 'capitolo', 'pagina', 'versione', 'numero'],
  percentWords: { 'per cento': '%', 'punti percentuali': 'pp', 'punti base': 'bp' },
  units: [
    { unit: 'year', words: ['anni'] },
    { unit: 'month', words: ['mesi'] },
    { unit: 'day', words: ['giorni'] },
  ],
  unitWordsAnywhere: { km: ['chilometri'], t: ['tonnellate'] },
  currencyWords: { dollari: 'USD', sterline: 'GBP' },
  currencyConnectors: ['di '],
  euroCents: true,
};

export const itPageWords: PageWords = {
  adWords: ['pubblicit[àa]'],
  disclosureHeads: ['contenuto sponsorizzato', 'sponsorizzato'],
};
