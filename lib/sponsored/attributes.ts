// Reads an element's class, id and data attributes as evidence: ad-unit containers, disclosed
// sponsored containers, recommendation widgets, and (weak) promo boxes. Class names are compared
// word by word, so `header`, `shadow`, `badge`, `download`, `loaded` or `thread` never count as "ad".
import {
  AD_MARKUP_RULES,
  type AdMarkupRule,
  CLASS_ID_FRAGMENTS,
  CLASS_WORDS,
  CONTROL_ROLES,
  CONTROL_TAGS,
  NAVIGATION_ROLES,
  NAVIGATION_TAGS,
  DATA_ATTRIBUTE_PREFIXES,
  SPONSORED_REL,
  WIDGET_TOKEN,
} from './rules';
import { fromAttribute, type ReaderLabel } from './reader-label';

export type AttributeKind = 'ad' | 'sponsored' | 'widget' | 'promo';

export interface AttributeEvidence {
  kind: AttributeKind;
  reason: string;
  /** What the attribute says the block is, in a reader's words (none for most promo hints). */
  says?: ReaderLabel;
}

/** The class/id fragments compiled into one test. */
const FRAGMENT_TEST = new RegExp(CLASS_ID_FRAGMENTS.join('|'), 'i');

/** Whether an element is worth a closer look: a telling class/id fragment, a data-ad attribute, a paid link. */
export function isCandidate(el: Element): boolean {
  if (!el.hasAttributes()) return false; // no class, id, data attribute or rel
  const cls = el.getAttribute('class');
  if (cls && FRAGMENT_TEST.test(cls)) return true;
  const id = el.getAttribute('id');
  if (id && FRAGMENT_TEST.test(id)) return true;
  // Names only: walking `el.attributes` makes the browser create an Attr node per attribute.
  for (const name of el.getAttributeNames()) {
    if (DATA_ATTRIBUTE_PREFIXES.some((p) => name.startsWith(p))) return true;
  }
  return isSponsoredLink(el);
}

/** Whether an element opens a navigation region or a control (texts inside are never labels). */
export function textContext(el: Element, tag = el.tagName): 'navigation' | 'control' | null {
  const role = el.hasAttributes() ? el.getAttribute('role') : null;
  if (NAVIGATION_TAGS.has(tag) || (role !== null && NAVIGATION_ROLES.has(role))) return 'navigation';
  if (CONTROL_TAGS.has(tag)) return tag !== 'A' || el.hasAttribute('href') ? 'control' : null;
  return role !== null && CONTROL_ROLES.has(role) ? 'control' : null;
}

/**
 * `sidebarAdSlot2` → ["sidebar", "ad", "slot"]; `widget_ad` → ["widget", "ad"]; `ad300x250` → ["ad"].
 * A part with digits keeps only its leading letters, so hashes (`e1ad`, `900a582c7ad8`) yield no "ad".
 */
export function tokenWords(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((part) => /^[a-z]*/.exec(part)![0])
    .filter((w) => w.length > 0);
}

function classifyToken(token: string): AttributeKind | null {
  if (WIDGET_TOKEN.test(token)) return 'widget';
  const words = tokenWords(token);
  if (words.some((w) => CLASS_WORDS.negating.has(w))) return null;
  if (words.some((w) => CLASS_WORDS.ad.has(w))) return 'ad';
  if (words.some((w) => CLASS_WORDS.sponsored.has(w))) return 'sponsored';
  for (let i = 0; i + 1 < words.length; i++) {
    if (CLASS_WORDS.sponsoredPrefix.has(words[i]) && CLASS_WORDS.sponsoredSuffix.has(words[i + 1])) return 'sponsored';
  }
  if (words.some((w) => CLASS_WORDS.promo.has(w))) return 'promo';
  return null;
}

const KIND_STRENGTH: Record<AttributeKind, number> = { widget: 3, ad: 2, sponsored: 2, promo: 1 };

function describe(kind: AttributeKind, attr: 'class' | 'id', token: string): string {
  switch (kind) {
    case 'widget':
      return `recommendation widget (${attr} ${token})`;
    case 'ad':
      return `ad-unit container (${attr} ${token})`;
    case 'sponsored':
      return `sponsored container (${attr} ${token})`;
    default:
      return `promo box (${attr} ${token})`;
  }
}

/** The strongest class/id evidence on an element, or null. */
function classEvidence(el: Element, covered?: AdMarkupRule): AttributeEvidence | null {
  let best: AttributeEvidence | null = null;
  const consider = (attr: 'class' | 'id', token: string): void => {
    if (covered && (attr === 'id' ? !!covered.idPrefix : token === covered.className)) return;
    const kind = classifyToken(token);
    if (kind && (!best || KIND_STRENGTH[kind] > KIND_STRENGTH[best.kind])) {
      best = { kind, reason: describe(kind, attr, token), says: fromAttribute(kind, token) ?? undefined };
    }
  };
  const cls = el.getAttribute('class');
  if (cls) for (const token of cls.split(/\s+/)) if (token) consider('class', token);
  const id = el.getAttribute('id');
  if (id) consider('id', id);
  return best;
}

function matchesMarkup(el: Element, rule: AdMarkupRule): boolean {
  if (rule.attr) return el.hasAttribute(rule.attr);
  if (rule.idPrefix) return (el.getAttribute('id') ?? '').startsWith(rule.idPrefix);
  return el.tagName === rule.tag && !!rule.className && el.classList.contains(rule.className);
}

/** Every piece of attribute evidence on one element (ad-server markup first, then class/id). */
export function attributeEvidence(el: Element): AttributeEvidence[] {
  const found: AttributeEvidence[] = [];
  const rule = AD_MARKUP_RULES.find((r) => matchesMarkup(el, r));
  if (rule) found.push({ kind: rule.kind, reason: rule.reason, says: fromAttribute(rule.kind) ?? undefined });
  // A rule may already name the class or id (ins.adsbygoogle, div-gpt-ad…): don't report it twice.
  const byClass = classEvidence(el, rule);
  if (byClass) found.push(byClass);
  return found;
}

/** Whether a link is marked as paid (`rel="sponsored"`). */
export function isSponsoredLink(el: Element): boolean {
  return el.tagName === 'A' && SPONSORED_REL.test(el.getAttribute('rel') ?? '');
}
