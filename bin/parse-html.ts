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

export function parseHtml(html: string, url: string): Document {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
