// Title and metadata from what the page declares: JSON-LD, <meta> tags, <link rel=canonical>, <html lang>.
import type { ArticleMeta } from '../analysis';
import { ARTICLE_TYPES } from './rules';

const IS_ARTICLE_TYPE = new Set(ARTICLE_TYPES);

/** Which <meta> names/properties feed which field, in order of preference. */
const META_SOURCES = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'title'],
  site: ['og:site_name', 'application-name', 'apple-mobile-web-app-title'],
  author: ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'byl', 'sailthru.author'],
  published: [
    'article:published_time', 'datepublished', 'og:published_time', 'parsely-pub-date', 'pubdate', 'publishdate',
    'dc.date', 'dcterms.created', 'dc.date.issued', 'date', 'sailthru.date',
  ],
  url: ['og:url'],
  locale: ['og:locale', 'content-language', 'language', 'dc.language'],
} as const;

/** Separators between a headline and the site name in titles ("Headline - Site", "Site | Headline"). */
const TITLE_SEPARATOR = /\s+[|\-–—:»·\\/]\s+|\s+::\s+/g;

export interface PageInfo {
  title: string;
  meta: ArticleMeta;
  /** The page declares itself an article (og:type article or a JSON-LD article type). */
  declaresArticle: boolean;
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  published?: string;
  site?: string;
  url?: string;
  lang?: string;
}

function clean(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return v || undefined;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Some sites escape their meta values twice: undo one level of entities. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

function readMeta(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content');
    if (!content || !content.trim()) continue;
    const keys = [m.getAttribute('property'), m.getAttribute('name'), m.getAttribute('itemprop'), m.getAttribute('http-equiv')];
    for (const key of keys) {
      if (!key) continue;
      for (const k of key.toLowerCase().split(/\s+/)) if (k && !values.has(k)) values.set(k, content);
    }
  }
  return values;
}

function firstMeta(values: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = clean(values.get(k));
    if (v) return v;
  }
  return undefined;
}

function names(value: unknown): string | undefined {
  if (!value) return undefined;
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const all = value.map(names).filter((v): v is string => !!v);
    return all.length ? all.join(', ') : undefined;
  }
  if (typeof value === 'object') return names((value as { name?: unknown }).name);
  return undefined;
}

function typeMatches(type: unknown): boolean {
  if (typeof type === 'string') return IS_ARTICLE_TYPE.has(type);
  return Array.isArray(type) && type.some((t) => typeof t === 'string' && IS_ARTICLE_TYPE.has(t));
}

/** The first article described in the page's JSON-LD, if any. Malformed scripts are ignored. */
function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
      if (!typeMatches(o['@type'])) continue;
      const publisher = o.publisher as { name?: unknown } | undefined;
      const headline = typeof o.headline === 'string' ? o.headline : typeof o.name === 'string' ? o.name : undefined;
      return {
        headline: clean(headline),
        author: names(o.author),
        published: clean(typeof o.datePublished === 'string' ? o.datePublished : undefined),
        site: names(publisher),
        url: clean(typeof o.url === 'string' ? o.url : undefined),
        lang: clean(typeof o.inLanguage === 'string' ? o.inLanguage : undefined),
      };
    }
  }
  return null;
}

function absolute(href: string | undefined, doc: Document): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, doc.baseURI).href;
  } catch {
    return undefined;
  }
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The headline without the site's name: drops a leading or trailing part that names the site (or the
 * host); for a bare <title>, drops the trailing part when what is left is still a headline.
 */
export function cleanTitle(raw: string, site: string | undefined, host: string | undefined, fromDocTitle: boolean): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const pieces = splitTitle(title);
  if (pieces.length < 2) return title;
  const names = [site, host?.replace(/^www\./, '').replace(/\.[a-z]+$/i, '')].filter((n): n is string => !!n).map(letters);
  const namesSite = (piece: string) => {
    const l = letters(piece);
    return !!l && names.some((n) => n && (l === n || (l.length >= 4 && (n.includes(l) || l.includes(n)))));
  };
  const last = pieces[pieces.length - 1];
  if (namesSite(last.text)) return title.slice(0, last.sepStart).trim();
  const first = pieces[0];
  if (namesSite(first.text)) return title.slice(pieces[1].start).trim();
  if (fromDocTitle) {
    const head = title.slice(0, last.sepStart).trim();
    if (head.split(' ').length >= 3 && last.text.split(' ').length <= 5) return head;
  }
  return title;
}

/** The parts of a title between separators; `sepStart` is where the separator before the part begins. */
function splitTitle(title: string): { text: string; start: number; sepStart: number }[] {
  const out: { text: string; start: number; sepStart: number }[] = [];
  let from = 0;
  let sepStart = 0;
  TITLE_SEPARATOR.lastIndex = 0;
  for (let m = TITLE_SEPARATOR.exec(title); m; m = TITLE_SEPARATOR.exec(title)) {
    // A colon belongs to the headline itself ("Cloud bet: strategy or desperation?").
    if (m[0].trim() === ':') continue;
    out.push({ text: title.slice(from, m.index), start: from, sepStart });
    sepStart = m.index;
    from = m.index + m[0].length;
  }
  out.push({ text: title.slice(from), start: from, sepStart });
  return out;
}

export function readPageInfo(doc: Document): PageInfo {
  const values = readMeta(doc);
  const ld = readJsonLd(doc);
  let host: string | undefined;
  try {
    host = new URL(doc.URL).hostname || undefined;
  } catch {
    host = undefined;
  }

  const site = firstMeta(values, META_SOURCES.site) ?? ld?.site;
  const h1 = doc.body?.getElementsByTagName('h1')[0];
  const h1Text = clean(h1?.textContent);
  const declared = ld?.headline ?? firstMeta(values, META_SOURCES.title);
  const docTitle = clean(doc.title);
  let title = '';
  if (declared) title = cleanTitle(declared, site, host, false);
  else if (docTitle) title = cleanTitle(docTitle, site, host, true);
  else if (h1Text) title = h1Text;

  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
  const locale = firstMeta(values, META_SOURCES.locale)?.replace('_', '-');
  const htmlLang = clean(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang'));
  const authorMeta = firstMeta(values, META_SOURCES.author);

  const meta: ArticleMeta = {};
  if (site) meta.site = site;
  const author = ld?.author ?? (authorMeta && !/^https?:\/\//.test(authorMeta) ? authorMeta : undefined);
  if (author) meta.author = author;
  const published = ld?.published ?? firstMeta(values, META_SOURCES.published) ?? timeInArticle(doc);
  if (published) meta.published = published;
  const canonicalUrl = absolute(canonical ?? firstMeta(values, META_SOURCES.url) ?? ld?.url, doc);
  if (canonicalUrl) meta.canonicalUrl = canonicalUrl;
  const lang = htmlLang ?? locale ?? ld?.lang;
  if (lang) meta.lang = lang;

  const ogType = values.get('og:type')?.trim().toLowerCase();
  return { title, meta, declaresArticle: !!ld || ogType === 'article' };
}

/** A <time datetime> inside an <article>: the publication date when nothing declares one. */
function timeInArticle(doc: Document): string | undefined {
  const time = doc.querySelector('article time[datetime]');
  return clean(time?.getAttribute('datetime'));
}
