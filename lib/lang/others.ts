// Languages Lede knows only a little of: how they write numerals, whether their cent is a euro cent,
// their ad and loading labels. A language that gets more (months, units...) moves to its own file.
import { COMMA_GROUPS, DOT_GROUPS, SPACE_GROUPS } from './formats';
import type { LanguageTable } from './types';

export const OTHER_LANGUAGES: Record<string, LanguageTable> = {
  ja: { numberFormat: COMMA_GROUPS },
  zh: { numberFormat: COMMA_GROUPS, adWords: ['广告'], labelHints: ['广告'], loadingWords: ['正在加载'] },
  ko: { numberFormat: COMMA_GROUPS },
  da: { numberFormat: DOT_GROUPS, adWords: ['reklame'], labelHints: ['reklam'] },
  id: { numberFormat: DOT_GROUPS },
  tr: { numberFormat: DOT_GROUPS },
  pl: { numberFormat: SPACE_GROUPS, adWords: ['reklama'], labelHints: ['reklam'] },
  cs: { numberFormat: SPACE_GROUPS },
  sv: { numberFormat: SPACE_GROUPS },
  fi: { numberFormat: SPACE_GROUPS, euroCents: true, adWords: ['mainos'], labelHints: ['mainos'] },
  nb: { numberFormat: SPACE_GROUPS },
  no: { numberFormat: SPACE_GROUPS },
  ru: { numberFormat: SPACE_GROUPS, adWords: ['реклама'], labelHints: ['реклам'], loadingWords: ['Загрузка'] },
  uk: { numberFormat: SPACE_GROUPS },
  el: { euroCents: true },
  sk: { euroCents: true },
  sl: { euroCents: true },
  et: { euroCents: true },
  lv: { euroCents: true },
  lt: { euroCents: true },
};
