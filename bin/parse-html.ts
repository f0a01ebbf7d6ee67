// Saved pages → jsdom Documents for the engine. Scripts never run; resources are never loaded.
import { JSDOM, VirtualConsole } from 'jsdom';

/** Bytes that are no HTML page: binary data, or text with no markup at all. */
export function notHtmlReason(content: string): string | null {
  if (content.includes('\u0000')) return 'not an HTML document (binary data)';
  if (!/<(!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|section|span|title|meta)\b/i.test(content.slice(0, 200_000))) {
    return 'not an HTML document (no HTML markup found)';
  }
  return null;
}

const STYLE_ELEMENT = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

export function parseHtml(html: string, url: string): Document {
  try {
    return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  } catch (err) {
    // jsdom's CSS parser throws on some real-world stylesheets (e.g. unexpanded preprocessor variables).
    // Style sheets carry no article text and the engine uses no layout, so parse again without them.
    const withoutCss = html.replace(STYLE_ELEMENT, '$1$2');
    if (withoutCss === html) throw err;
    return new JSDOM(withoutCss, { url, virtualConsole: new VirtualConsole() }).window.document;
  }
}
