// Portuguese: numbers, dates and units (numeric claims).
import { DOT_GROUPS } from './formats';
import type { LanguageTable } from './types';

export const pt: LanguageTable = {
  stopwords: ['o', 'os', 'da', 'do', 'que', 'não', 'uma', 'para', 'com', 'em', 'dos', 'mais'],
  numberFormat: DOT_GROUPS,
  multipliers: { mil: 3, 'mil milhões': 9, milhão: 6, milhões: 6, bilhão: 9, bilhões: 9, mi: 6, bi: 9 },
  months: {
    janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9,
    outubro: 10, novembro: 11, dezembro: 12,
  },
  yearPhrases: {
    prepositions: ['até', 'antes de', 'desde'],
    parts: {
      end: ['final de', 'fim de', 'o final de', 'o fim de'],
      vague: ['meados de', 'início de'],
      H1: ['primeiro semestre de'],
      H2: ['segundo semestre de'],
      Q1: ['primeiro trimestre de'],
      Q2: ['segundo trimestre de'],
      Q3: ['terceiro trimestre de'],
      Q4: ['quarto trimestre de'],
    },
    fiscal: ['exercício', 'ano fiscal'],
  },
  oldYearIntroducers: ['em'],
  qualifiers: ['até', 'mais de', 'menos de', 'quase', 'cerca de', 'pelo menos', 'aproximadamente'],
  identifierWords: ['artigo', 'capítulo', 'secção', 'seção', 'versão'],
  percentWords: { 'por cento': '%', 'pontos percentuais': 'pp', 'pontos-base': 'bp' },
  units: [
    { unit: 'year', words: ['anos'] },
    { unit: 'month', words: ['meses'] },
    { unit: 'day', words: ['dias'] },
  ],
  unitWordsAnywhere: { km: ['quilômetros'] },
  currencyConnectors: ['de '],
  euroCents: true,
};
