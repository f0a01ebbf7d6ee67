// What a flagged block is, in a reader's words ("Advertisement", "Promoted stories (Outbrain)",
// "Paid link"): one short label per block, picked from its evidence. The evidence itself (class
// names, ids, rules) stays in the block's reasons.
import type { Label } from './labels';
import { WIDGET_NETWORKS } from './rules';

export type ReaderKind = 'advertisement' | 'sponsored' | 'paid-content' | 'partner-content' | 'promoted' | 'paid-links' | 'affiliate-links';

/** What one piece of evidence says the block is; `name`: the sponsor, partner or network when known. */
export interface ReaderLabel {
  kind: ReaderKind;
  name?: string;
}

/** Longest sponsor or network name shown in a label; a longer "name" is a clause, not a name. */
const NAME_MAX = 30;
/** The name after "by" / "with" in a page's label ("Sponsored by Acme Bank" → "Acme Bank"). */
const NAME_AFTER = /\b(?:by|with)\s+([^.,;:!?()|—–]{1,80})$/i;

/** Label words in a "name": the label repeats itself ("Sponsored Links by Sponsored Links by"), no name. */
const NOT_A_NAME = /\b(?:by|with|sponsor\w*|promot\w*|links?|partners?|advert\w*)\b/i;

function nameIn(text: string): string | undefined {
  const name = NAME_AFTER.exec(text)?.[1].trim();
  return name && name.length <= NAME_MAX && !NOT_A_NAME.test(name) ? name : undefined;
}

/** The reader's label for a label the page shows (its kind and its own words). */
export function fromPageLabel(label: Label): ReaderLabel {
  const text = label.text;
  const name = nameIn(text);
  if (label.kind === 'ad') return { kind: 'advertisement' };
  if (label.kind === 'powered') return { kind: 'partner-content', name };
  if (label.kind === 'widget') return /^sponsored/i.test(text) ? { kind: 'sponsored', name } : { kind: 'promoted', name };
  // Disclosures: the sponsor's name when the label gives one, else what kind of paid content it is.
  if (/\b(?:sponsored|presented|brought to you|paid for) by\b/i.test(text)) return { kind: 'sponsored', name };
  if (/partner|association/i.test(text)) return { kind: 'partner-content', name };
  if (/^paid\b/i.test(text)) return { kind: 'paid-content' };
  if (/^advert/i.test(text)) return { kind: 'advertisement' };
  return { kind: 'sponsored', name };
}

/** The reader's label for an attribute kind (ad-unit container, sponsored container, widget vendor...). */
export function fromAttribute(kind: 'ad' | 'sponsored' | 'widget' | 'promo', token = ''): ReaderLabel | null {
  switch (kind) {
    case 'ad':
      return { kind: 'advertisement' };
    case 'sponsored':
      return { kind: 'sponsored' };
    case 'widget':
      return { kind: 'promoted', name: WIDGET_NETWORKS.find((n) => n.token.test(token))?.name };
    default:
      // A promo class says what it is only when it names affiliate links; other promo words are hints.
      return /affiliate/i.test(token) ? { kind: 'affiliate-links' } : null;
  }
}

/**
 * One label for a block from everything said about it: the page's own label first (what the reader
 * sees), then its attributes, then its paid links. A promoted-stories label takes the network's
 * name from a widget attribute when the heading did not give one.
 */
export function pickReaderLabel(fromLabels: ReaderLabel[], fromAttributes: ReaderLabel[], paidLinks: number): ReaderLabel {
  const network = fromAttributes.find((l) => l.kind === 'promoted' && l.name)?.name;
  const affiliate = fromAttributes.some((l) => l.kind === 'affiliate-links');
  const picked =
    fromLabels[0] ??
    fromAttributes.find((l) => l.kind !== 'affiliate-links') ??
    (affiliate ? { kind: 'affiliate-links' as const } : paidLinks > 0 ? { kind: 'paid-links' as const } : { kind: 'sponsored' as const });
  if (picked.kind === 'promoted' && !picked.name && network) return { kind: 'promoted', name: network };
  return picked;
}

/** The label as words: "Promoted stories (Outbrain)", "Sponsored by Acme", "Paid link". */
export function readerWords(label: ReaderLabel, paidLinks = 0): string {
  const { name } = label;
  switch (label.kind) {
    case 'advertisement':
      return 'Advertisement';
    case 'sponsored':
      return name ? `Sponsored by ${name}` : 'Sponsored';
    case 'paid-content':
      return 'Paid content';
    case 'partner-content':
      return name ? `Partner content (${name})` : 'Partner content';
    case 'promoted':
      return name ? `Promoted stories (${name})` : 'Promoted stories';
    case 'paid-links':
      return paidLinks > 1 ? 'Paid links' : 'Paid link';
    default:
      return 'Affiliate links';
  }
}
