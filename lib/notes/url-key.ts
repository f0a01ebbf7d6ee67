/**
 * The key that groups notes by article: the same article reached through different links
 * (tracking parameters, fragments, `www.`, a trailing slash, the publisher's canonical URL) gets the
 * same key.
 *
 * Policy:
 *  - rel=canonical, else og:url, is used when it is an http(s) URL on the same site as the page:
 *    same registrable domain, approximated as the last two host labels, or three when the last two
 *    are a common second-level public suffix (SECOND_LEVEL_SUFFIXES: co.uk, com.au, ...). A
 *    canonical on another site is ignored (a page cannot claim to be another site's article).
 *  - otherwise the page URL.
 *  - then normalised: lower-case host (URL does it), `www.` dropped, default port dropped, fragment
 *    dropped, tracking parameters dropped (TRACKING_PARAMS), remaining parameters sorted by name
 *    (stable order), trailing slash removed except for the root path `/`. The scheme is kept.
 */

/**
 * Query parameters that only say how a reader arrived, never which page it is. Ambiguous names that
 * some sites use for content ids (`id`, `cid`, `source`, `page`) are deliberately not listed.
 */
export const TRACKING_PARAMS: readonly string[] = [
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'ref', 'ref_src', 'ref_url',
  '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'hsctatracking', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv', 'wt_mc', 'wt.mc_id', 'cmpid', 'ncid', 'sr_share', 's_cid', 'spm', 'at_medium',
  'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'xtor', 'smid', 'icid', 'ocid',
  'guccounter', 'guce_referrer', 'guce_referrer_sig', 'ns_mchannel', 'ns_source', 'ns_campaign',
  'ns_linkname', 'ns_fee',
];

/** Parameter-name prefixes with the same role (utm_source, utm_medium, pk_campaign, ...). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hmb_', 'ga_'];

/**
 * Common second-level public suffixes, under which a site is three labels long (bbc.co.uk).
 * An approximation of the Public Suffix List, kept small on purpose.
 */
export const SECOND_LEVEL_SUFFIXES: ReadonlySet<string> = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk', 'net.uk', 'sch.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au',
  'co.nz', 'org.nz', 'net.nz', 'govt.nz', 'ac.nz',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp',
  'co.kr', 'or.kr', 'co.in', 'net.in', 'org.in', 'gov.in', 'ac.in',
  'com.br', 'net.br', 'org.br', 'gov.br', 'com.cn', 'net.cn', 'org.cn', 'gov.cn',
  'com.hk', 'com.sg', 'com.tw', 'com.my', 'com.ph', 'com.pk', 'com.tr', 'com.mx', 'com.ar',
  'com.co', 'com.pe', 'com.ua', 'com.eg', 'com.ng', 'com.sa', 'co.za', 'org.za', 'co.il', 'co.id',
  'co.th', 'ac.th', 'co.ke', 'com.es', 'com.pl', 'com.gr', 'com.pt', 'co.at', 'or.at',
]);

const HTTP_PROTOCOLS = new Set(['http:', 'https:']);
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.includes(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Parse an absolute or page-relative http(s) URL; null for anything else. */
function parseHttpUrl(value: string | undefined, base?: string): URL | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return HTTP_PROTOCOLS.has(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** Host without a leading `www.` (and without the trailing dot of a fully-qualified name). */
export function bareHost(hostname: string): string {
  return hostname.replace(/\.$/, '').replace(/^www\d*\.(?=[^.]+\.)/, '');
}

/**
 * The site a host belongs to: its registrable domain, approximated (see SECOND_LEVEL_SUFFIXES).
 * IP addresses and single-label hosts are their own site.
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** The normalised form of an http(s) URL used as a key (see the policy above). */
export function normalizeUrl(url: URL): string {
  const out = new URL(url.href);
  out.hash = '';
  out.hostname = bareHost(out.hostname);
  out.username = '';
  out.password = '';
  const kept = [...out.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.search = kept.length ? new URLSearchParams(kept).toString() : '';
  if (out.pathname.length > 1 && out.pathname.endsWith('/')) out.pathname = out.pathname.replace(/\/+$/, '') || '/';
  return out.href;
}

export interface PageUrlHints {
  /** href of <link rel=canonical>, absolute or relative to the page. */
  canonical?: string;
  /** content of <meta property=og:url>. */
  ogUrl?: string;
}

/**
 * The note key for a page. Throws for a page URL that is not http(s) (Lede keeps no notes there).
 */
export function noteKey(pageUrl: string, hints: PageUrlHints = {}): string {
  const page = parseHttpUrl(pageUrl);
  if (!page) throw new TypeError(`Not an http(s) URL: ${pageUrl.slice(0, 200)}`);
  const site = registrableDomain(page.hostname);
  for (const hint of [hints.canonical, hints.ogUrl]) {
    const candidate = parseHttpUrl(hint, page.href);
    if (candidate && registrableDomain(candidate.hostname) === site) return normalizeUrl(candidate);
  }
  return normalizeUrl(page);
}

/** The site (registrable domain) of a key or URL, or '' when it is not an http(s) URL. */
export function siteOf(url: string): string {
  const parsed = parseHttpUrl(url);
  return parsed ? registrableDomain(bareHost(parsed.hostname)) : '';
}

/** Is this an http(s) URL? (Used by the schemas.) */
export function isHttpUrl(value: string): boolean {
  return parseHttpUrl(value) !== null;
}
