// Languages Lede knows only a little of: how they write numerals, whether their cent is a euro cent,
// their ad and loading labels. A language that gets more (months, units...) moves to its own file.
import { COMMA_GROUPS, DOT_GROUPS, SPACE_GROUPS } from './formats';
import type { LanguageTable, PageWords } from './types';

export const OTHER_LANGUAGES: Record<string, LanguageTable> = {
  ja: { numberFormat: COMMA_GROUPS },
  zh: { numberFormat: COMMA_GROUPS },
  ko: { numberFormat: COMMA_GROUPS },
  da: { numberFormat: DOT_GROUPS },
  id: { numberFormat: DOT_GROUPS },
  tr: { numberFormat: DOT_GROUPS },
  pl: { numberFormat: SPACE_GROUPS },
  cs: { numberFormat: SPACE_GROUPS },
  sv: { numberFormat: SPACE_GROUPS },
  fi: { numberFormat: SPACE_GROUPS, euroCents: true },
  nb: { numberFormat: SPACE_GROUPS },
  no: { numberFormat: SPACE_GROUPS },
  ru: { numberFormat: SPACE_GROUPS },
  uk: { numberFormat: SPACE_GROUPS },
  el: { euroCents: true },
  sk: { euroCents: true },
  sl: { euroCents: true },
  et: { euroCents: true },
  lv: { euroCents: true },
  lt: { euroCents: true },
};

export const OTHER_PAGE_WORDS: Record<string, PageWords> = {
  zh: { placeholderWords: ['广告'], loadingWords: ['正在加载'] },
  da: { adWords: ['reklame'], labelHints: ['reklam'] },
  pl: { adWords: ['reklama'], labelHints: ['reklam'] },
  fi: { adWords: ['mainos'], labelHints: ['mainos'] },
  ru: { placeholderWords: ['Реклама'], loadingWords: ['Загрузка'] },
};
