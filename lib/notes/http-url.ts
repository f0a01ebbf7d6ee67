// http(s) URLs checked apart from the note key, so that the schemas (bundled into the popup and the
// options page) do not pull in the Public Suffix List that url-key.ts needs.

const HTTP_PROTOCOLS = new Set(['http:', 'https:']);

/** Parse an absolute or page-relative http(s) URL; null for anything else. */
export function parseHttpUrl(value: string | undefined, base?: string): URL | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return HTTP_PROTOCOLS.has(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** Is this an http(s) URL? (Used by the schemas.) */
export function isHttpUrl(value: string): boolean {
  return parseHttpUrl(value) !== null;
}
