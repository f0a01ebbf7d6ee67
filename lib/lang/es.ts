// Spanish: numbers, dates and units (numeric claims), ad and disclosure labels.
import { DOT_GROUPS } from './formats';
import type { LanguageTable, PageWords } from './types';

export const es: LanguageTable = {
  stopwords: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'para', 'una', 'por', 'con', 'es'],
  numberFormat: DOT_GROUPS,
  multipliers: { mil: 3, 'mil millones': 9, millón: 6, millones: 6, billón: 12, billones: 12 },
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
    setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  yearPhrases: {
    prepositions: ['hasta', 'antes de', 'desde', 'para'],
    parts: {
      end: ['finales de', 'a finales de', 'fin de', 'fines de'],
      vague: ['mediados de', 'principios de', 'a mediados de', 'a principios de'],
      H1: ['primer semestre de', 'el primer semestre de'],
      H2: ['segundo semestre de', 'el segundo semestre de'],
      Q1: ['primer trimestre de'],
      Q2: ['segundo trimestre de'],
      Q3: ['tercer trimestre de'],
      Q4: ['cuarto trimestre de'],
    },
    fiscal: ['ejercicio', 'año fiscal'],
  },
  oldYearIntroducers: ['en', 'desde'],
  qualifiers: ['hasta', 'más de', 'menos de', 'casi', 'cerca de', 'alrededor de', 'unos', 'unas', 'al menos', 'aproximadamente'],
  identifierWords: ['artículo', 'capítulo', 'sección', 'página', 'versión', 'número', 'núm.'],
  percentWords: { 'por ciento': '%', 'puntos porcentuales': 'pp', 'puntos básicos': 'bp' },
  units: [
    { unit: 'm³', words: ['metros cúbicos'] },
    { unit: 'm²', words: ['metros cuadrados'] },
    { unit: 'week', words: ['semanas'] },
    { unit: 'year', words: ['años'] },
    { unit: 'month', words: ['meses'] },
    { unit: 'day', words: ['días'] },
  ],
  unitWordsAnywhere: { km: ['kilómetros'], t: ['toneladas'] },
  currencyWords: { dólares: 'USD', dólar: 'USD', libras: 'GBP' },
  currencyConnectors: ['de '],
  euroCents: true,
};

export const esPageWords: PageWords = {
  adWords: ['publicidad'],
  placeholderWords: ['anuncio'],
  disclosureHeads: ['contenido patrocinado', 'patrocinado'],
  disclosureBy: ['patrocinado por'],
  labelHints: ['patrocin'],
  loadingWords: ['cargando'],
};
