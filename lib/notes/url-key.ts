/**
 * The key that groups notes by article: the same article reached through different links
 * (tracking parameters, fragments, `www.`, a trailing slash, the publisher's canonical URL) gets the
 * same key.
 *
 * Policy:
 *  - rel=canonical, else og:url, is used when it is an http(s) URL on the same site as the page:
 *    the same registrable domain by the Public Suffix List, private suffixes included (github.io,
 *    blogspot.com: each blog under them is a site of its own; SHARED_HOSTS adds writers' hosts the
 *    list lacks), and the page's own host or one above it (m.site -> site). A canonical elsewhere
 *    is ignored (a page cannot claim to be another site's article, or read its notes).
 *  - otherwise the page URL.
 *  - then normalized: lower-case host (URL does it), `www.` dropped, default port dropped, fragment
 *    dropped, tracking parameters dropped (TRACKING_PARAMS), remaining parameters sorted by name
 *    (stable order), trailing slash removed except for the root path `/`. The scheme is kept.
 */
import { getDomain } from 'tldts';
import { SHARED_HOSTS } from './shared-hosts';
import { parseHttpUrl } from './http-url';

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

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.includes(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Host without a leading `www.` (and without the trailing dot of a fully-qualified name). */
export function bareHost(hostname: string): string {
  return hostname.replace(/\.$/, '').replace(/^www\d*\.(?=[^.]+\.)/, '');
}

/**
 * The site a host belongs to: its registrable domain by the Public Suffix List (tldts), with the
 * list's private section, so that a.github.io and b.github.io are two sites; under a SHARED_HOSTS
 * host, the writer's subdomain. IP addresses, single-label hosts and hosts that are themselves a
 * public suffix are their own site.
 */
export function registrableDomain(hostname: string): string {
  const host = bareHost(hostname.toLowerCase());
  if (IPV4.test(host) || host.startsWith('[')) return host;
  const domain = getDomain(host, { allowPrivateDomains: true, extractHostname: false }) ?? host;
  if (!SHARED_HOSTS.has(domain) || host === domain) return domain;
  const writer = host.slice(0, -domain.length - 1).split('.').pop();
  return `${writer}.${domain}`;
}

/**
 * May a page at `page` be keyed by the hint `hint`? Only on the same site, and only for its own
 * host or a host above it (m.site or news.site -> site): never a sibling host, which on a
 * multi-writer host missing from both lists would be another writer's blog.
 */
function mayStandFor(page: URL, hint: URL): boolean {
  const pageHost = bareHost(page.hostname);
  const hintHost = bareHost(hint.hostname);
  if (registrableDomain(pageHost) !== registrableDomain(hintHost)) return false;
  return pageHost === hintHost || pageHost.endsWith(`.${hintHost}`);
}

/** The normalized form of an http(s) URL used as a key (see the policy above). */
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
  for (const hint of [hints.canonical, hints.ogUrl]) {
    const candidate = parseHttpUrl(hint, page.href);
    if (candidate && mayStandFor(page, candidate)) return normalizeUrl(candidate);
  }
  return normalizeUrl(page);
}

/** The site (registrable domain) of a key or URL, or '' when it is not an http(s) URL. */
export function siteOf(url: string): string {
  const parsed = parseHttpUrl(url);
  return parsed ? registrableDomain(parsed.hostname) : '';
}
