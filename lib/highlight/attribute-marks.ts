// One data-lede-* attribute Lede sets on page elements, kept so that it can be taken away exactly: where
// Lede added it, it is removed; where the page had put a value in it first, that value is given back.
// A page's own value never stops Lede marking the element (a page could otherwise hide its ads).
export class AttributeMarks {
  /** Element → the value Lede set on it. */
  private readonly marked = new Map<Element, string>();
  /** Element → the value the page itself had in the attribute before Lede marked it. */
  private readonly pageValues = new Map<Element, string>();

  constructor(readonly attribute: string) {}

  mark(el: Element, value: string): void {
    if (!this.marked.has(el)) {
      const pageValue = el.getAttribute(this.attribute);
      if (pageValue !== null) this.pageValues.set(el, pageValue);
    }
    if (el.getAttribute(this.attribute) !== value) el.setAttribute(this.attribute, value);
    this.marked.set(el, value);
  }

  /** Gives one element back as Lede found it, unless the page has changed the attribute since (then it is the page's). */
  unmark(el: Element): void {
    const value = this.marked.get(el);
    if (value === undefined) return;
    this.marked.delete(el);
    const pageValue = this.pageValues.get(el);
    this.pageValues.delete(el);
    if (el.getAttribute(this.attribute) !== value) return;
    // An added attribute is the element's last, so removing it leaves the others in their order.
    if (pageValue === undefined) el.removeAttribute(this.attribute);
    else el.setAttribute(this.attribute, pageValue);
  }

  unmarkAll(): void {
    for (const el of [...this.marked.keys()]) this.unmark(el);
  }

  get elements(): ReadonlyMap<Element, string> {
    return this.marked;
  }

  get size(): number {
    return this.marked.size;
  }
}
