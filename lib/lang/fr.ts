// French: numbers, dates and units (numeric claims), ad and disclosure labels.
import { SPACE_GROUPS } from './formats';
import type { LanguageTable, PageWords } from './types';

export const fr: LanguageTable = {
  stopwords: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'sur', 'pas'],
  numberFormat: SPACE_GROUPS,
  multipliers: { mille: 3, million: 6, millions: 6, milliard: 9, milliards: 9, md: 9, mds: 9, 'mrd': 9 },
  months: {
    janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9,
    octobre: 10, novembre: 11, décembre: 12,
  },
  yearPhrases: {
    prepositions: ["d'ici", 'd’ici', "jusqu'en", 'jusqu’en', 'avant', 'depuis', 'dès', "d'ici à", 'd’ici à'],
    parts: {
      end: ['fin', 'la fin', 'à la fin', 'fin de', 'la fin de'],
      start: ['le début de'],
      vague: ['mi-', 'début', 'courant', 'printemps', 'au printemps', 'été', "l'été", 'l’été', 'automne', "l'automne", 'l’automne', 'hiver', "l'hiver", 'l’hiver'],
      H1: ['premier semestre', 'au premier semestre', 'premier semestre de'],
      H2: ['second semestre', 'deuxième semestre', 'au second semestre'],
      Q1: ['premier trimestre', 'T1'],
      Q2: ['deuxième trimestre', 'T2'],
      Q3: ['troisième trimestre', 'T3'],
      Q4: ['quatrième trimestre', 'T4'],
    },
    fiscal: ['exercice'],
  },
  oldYearIntroducers: ['en', 'depuis'],
  qualifiers: ["jusqu'à", 'jusqu’à', 'plus de', 'moins de', 'près de', 'environ', 'quelque', 'au moins', 'au plus', 'quasiment'],
  identifierWords: ['chapitre', 'alinéa', 'numéro'],
  percentWords: { 'pour cent': '%', 'points de pourcentage': 'pp', 'points de base': 'bp' },
  units: [
    { unit: 'm³', words: ['mètres cubes'] },
    { unit: 'm²', words: ['mètres carrés'] },
    { unit: 'week', words: ['semaines'] },
    { unit: 'year', words: ['ans', 'années'] },
    { unit: 'month', words: ['mois'] },
    { unit: 'day', words: ['jours'] },
    { unit: 'h', words: ['heures'] },
  ],
  unitWordsAnywhere: { km: ['kilomètres'] },
  currencyWords: { 'livres sterling': 'GBP', 'francs suisses': 'CHF' },
  currencyConnectors: ["d'", 'd’', 'de '],
  euroCents: true,
};

export const frPageWords: PageWords = {
  adWords: ['publicit[ée]', 'annonce'],
  placeholderWords: ['pub'],
  continueWords: ['la suite'],
  disclosureHeads: ['contenu sponsoris[ée]', 'sponsoris[ée]', 'publi-?reportage'],
  disclosureBy: ['pr[ée]sent[ée] par', 'en partenariat avec'],
  labelHints: ['publi', 'annonce'],
  loadingWords: ['chargement'],
};
