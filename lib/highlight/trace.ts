// Everything Lede adds to a page, recorded so that it can all be taken away again and leave
// `document.documentElement.outerHTML` exactly as it was: one <style>, one <lede-root> host with a
// closed shadow root, and data-lede-sponsored and data-lede-highlight attributes. Nothing else in the
// page is touched.
import { AttributeMarks } from './attribute-marks';
import { HIGHLIGHTED_ATTRIBUTE, highlightCss, SPONSORED_ATTRIBUTE } from './styles';

export const HOST_TAG = 'lede-root';

export class PageTrace {
  private style: HTMLStyleElement | null = null;
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private readonly sponsored = new AttributeMarks(SPONSORED_ATTRIBUTE);
  private readonly highlighted = new AttributeMarks(HIGHLIGHTED_ATTRIBUTE);

  constructor(private readonly doc: Document) {}

  /** Adds Lede's <style> once (to <head>, or the root element when there is none); true when it went in now. */
  ensureStyle(): boolean {
    if (this.style?.isConnected) return false;
    this.style?.remove();
    const style = this.doc.createElement('style');
    style.textContent = highlightCss();
    (this.doc.head ?? this.doc.documentElement).append(style);
    this.style = style;
    return true;
  }

  /**
   * The closed shadow root all in-page UI lives in. The host is an undefined custom element (never
   * `customElements.define`: it is null in Chromium content scripts), placed after <body> so it is
   * outside the page's text and layout.
   */
  ensureShadow(): ShadowRoot {
    if (this.host?.isConnected && this.shadow) return this.shadow;
    this.host?.remove();
    const host = this.doc.createElement(HOST_TAG);
    this.shadow = host.attachShadow({ mode: 'closed' });
    this.doc.documentElement.append(host);
    this.host = host;
    return this.shadow;
  }

  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /** The shadow root if the host is there, without creating one. */
  get shadowRoot(): ShadowRoot | null {
    return this.host?.isConnected ? this.shadow : null;
  }

  /**
   * Marks a flagged sponsored block. A value the page put in the attribute beforehand does not stop
   * the flag (a page could otherwise hide its ads from Lede): it is kept and given back on unmark.
   */
  markSponsored(el: Element, id: string): boolean {
    this.sponsored.mark(el, id);
    return true;
  }

  /** Takes the sponsored flags away, the page's own values put back where it had some. */
  unmarkSponsored(): void {
    this.sponsored.unmarkAll();
  }

  /**
   * Marks an element whose own text Lede highlights: Lede's ::highlight() rules apply only to marked
   * elements (styles.ts says why), so each text node a drawn range touches has its parent marked.
   */
  markHighlighted(el: Element): void {
    this.highlighted.mark(el, '');
  }

  unmarkHighlighted(el: Element): void {
    this.highlighted.unmark(el);
  }

  get sponsoredElements(): ReadonlyMap<Element, string> {
    return this.sponsored.elements;
  }

  /** Takes away every node and attribute Lede added. */
  removeAll(): void {
    this.sponsored.unmarkAll();
    this.highlighted.unmarkAll();
    this.style?.remove();
    this.host?.remove();
    this.style = null;
    this.host = null;
    this.shadow = null;
  }

  /** True while anything of Lede's is in the page. */
  get present(): boolean {
    return Boolean(this.style?.isConnected || this.host?.isConnected || this.sponsored.size || this.highlighted.size);
  }
}
