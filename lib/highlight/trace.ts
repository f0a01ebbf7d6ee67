// Everything Lede adds to a page, recorded so that it can all be taken away again and leave
// `document.documentElement.outerHTML` exactly as it was: one <style>, one <lede-root> host with a
// closed shadow root, and data-lede-sponsored attributes. Nothing else in the page is touched.
import { highlightCss, SPONSORED_ATTRIBUTE } from './styles';

export const HOST_TAG = 'lede-root';

export class PageTrace {
  private style: HTMLStyleElement | null = null;
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  /** Element → the id Lede set on it. */
  private readonly marked = new Map<Element, string>();
  /** Element → the value the page itself had put in Lede's attribute, given back when Lede leaves. */
  private readonly pageValues = new Map<Element, string>();

  constructor(private readonly doc: Document) {}

  /** Adds Lede's <style> once (to <head>, or the root element when there is none). */
  ensureStyle(): void {
    if (this.style?.isConnected) return;
    this.style?.remove();
    const style = this.doc.createElement('style');
    style.textContent = highlightCss();
    (this.doc.head ?? this.doc.documentElement).append(style);
    this.style = style;
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
    if (!this.marked.has(el)) {
      const pageValue = el.getAttribute(SPONSORED_ATTRIBUTE);
      if (pageValue !== null) this.pageValues.set(el, pageValue);
    }
    el.setAttribute(SPONSORED_ATTRIBUTE, id);
    this.marked.set(el, id);
    return true;
  }

  /**
   * Takes Lede's attributes away: removed where Lede added them (an added attribute is last, so the
   * others keep their order), the page's own value put back where it had one.
   */
  unmarkSponsored(): void {
    for (const [el, id] of this.marked) {
      if (el.getAttribute(SPONSORED_ATTRIBUTE) !== id) continue; // the page changed it since: its own now
      const pageValue = this.pageValues.get(el);
      if (pageValue === undefined) el.removeAttribute(SPONSORED_ATTRIBUTE);
      else el.setAttribute(SPONSORED_ATTRIBUTE, pageValue);
    }
    this.marked.clear();
    this.pageValues.clear();
  }

  get sponsoredElements(): ReadonlyMap<Element, string> {
    return this.marked;
  }

  /** Takes away every node and attribute Lede added. */
  removeAll(): void {
    this.unmarkSponsored();
    this.style?.remove();
    this.host?.remove();
    this.style = null;
    this.host = null;
    this.shadow = null;
  }

  /** True while anything of Lede's is in the page. */
  get present(): boolean {
    return Boolean(this.style?.isConnected || this.host?.isConnected || this.marked.size);
  }
}
