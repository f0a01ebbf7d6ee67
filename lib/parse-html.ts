// HTML to a Document with the browser's own parser, for reading a copy of a page (lib/page-service.ts).
// Scripts in it never run, and nothing it names is fetched: DOMParser documents have no browsing context.
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
