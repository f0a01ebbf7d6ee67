// Thin wrapper over the CSS Custom Highlight API registry. Injected so unit tests (jsdom has no
// CSS.highlights) can hand in a fake, and so Lede only ever deletes names it set itself.
import { textParentsOf } from './range-elements';

/** What Lede needs of `CSS.highlights` and `Highlight`. */
export interface HighlightEnv {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): boolean };
  create(ranges: AbstractRange[]): unknown;
}

interface HighlightWindow {
  CSS?: { highlights?: HighlightEnv['registry'] };
  Highlight?: new (...ranges: AbstractRange[]) => { add(range: AbstractRange): unknown };
}

/** The window's highlight API, or null where it has none (older browsers, jsdom). */
export function highlightEnvOf(win: unknown): HighlightEnv | null {
  const w = win as HighlightWindow;
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  // Ranges are added one by one: spreading tens of thousands of them into the constructor's
  // arguments overflows the stack (a 15 MB article has ~70,000 claims), and nothing would be drawn.
  const create = (ranges: AbstractRange[]) => {
    const highlight = new Ctor();
    for (const range of ranges) highlight.add(range);
    return highlight;
  };
  return { registry, create };
}

/** Where the elements under drawn text are marked (PageTrace), so that Lede's rules reach that text. */
export interface ElementMarks {
  markHighlighted(el: Element): void;
  unmarkHighlighted(el: Element): void;
}

/**
 * The highlight entries Lede has registered; replaces them as a whole on every draw. With `marks`, the
 * elements under each entry's text are kept marked while some entry draws on them, and only as long.
 */
export class HighlightSet {
  private readonly names = new Set<string>();
  /** Name → the elements its ranges' text lies in. */
  private readonly elementsByName = new Map<string, ReadonlySet<Element>>();
  /** Element → how many entries draw on its text. */
  private readonly drawnOn = new Map<Element, number>();

  constructor(
    private readonly env: HighlightEnv,
    private readonly marks?: ElementMarks,
  ) {}

  /** Registers each name with its ranges; names Lede set before and not given now are deleted. */
  draw(byName: ReadonlyMap<string, AbstractRange[]>): void {
    for (const name of [...this.names]) {
      if (!byName.get(name)?.length) this.remove(name);
    }
    for (const [name, ranges] of byName) {
      if (ranges.length) this.set(name, ranges);
    }
  }

  /** Sets (or with no ranges, deletes) one entry, leaving the others alone. */
  drawOne(name: string, ranges: AbstractRange[]): void {
    if (!ranges.length) return this.remove(name);
    this.set(name, ranges);
  }

  remove(name: string): void {
    if (!this.names.delete(name)) return;
    this.env.registry.delete(name);
    this.markElements(name, new Set());
  }

  clear(): void {
    for (const name of [...this.names]) this.remove(name);
  }

  get registered(): readonly string[] {
    return [...this.names];
  }

  private set(name: string, ranges: AbstractRange[]): void {
    // Marked before the entry goes in, so that no frame draws its ranges unstyled.
    if (this.marks) this.markElements(name, new Set(ranges.flatMap((range) => textParentsOf(range))));
    this.env.registry.set(name, this.env.create(ranges));
    this.names.add(name);
  }

  /** Gives `name` these elements: marks the ones no entry drew on yet, unmarks the ones none draws on now. */
  private markElements(name: string, elements: ReadonlySet<Element>): void {
    const marks = this.marks;
    if (!marks) return;
    for (const el of elements) {
      const n = this.drawnOn.get(el) ?? 0;
      if (n === 0) marks.markHighlighted(el);
      this.drawnOn.set(el, n + 1);
    }
    for (const el of this.elementsByName.get(name) ?? []) {
      const n = (this.drawnOn.get(el) ?? 1) - 1;
      if (n > 0) this.drawnOn.set(el, n);
      else {
        this.drawnOn.delete(el);
        marks.unmarkHighlighted(el);
      }
    }
    if (elements.size) this.elementsByName.set(name, elements);
    else this.elementsByName.delete(name);
  }
}
