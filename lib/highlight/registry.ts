// Thin wrapper over the CSS Custom Highlight API registry. Injected so unit tests (jsdom has no
// CSS.highlights) can hand in a fake, and so Lede only ever deletes names it set itself.

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

/** The highlight entries Lede has registered; replaces them as a whole on every draw. */
export class HighlightSet {
  private readonly names = new Set<string>();

  constructor(private readonly env: HighlightEnv) {}

  /** Registers each name with its ranges; names Lede set before and not given now are deleted. */
  draw(byName: ReadonlyMap<string, AbstractRange[]>): void {
    for (const name of [...this.names]) {
      if (!byName.get(name)?.length) this.remove(name);
    }
    for (const [name, ranges] of byName) {
      if (!ranges.length) continue;
      this.env.registry.set(name, this.env.create(ranges));
      this.names.add(name);
    }
  }

  /** Sets (or with no ranges, deletes) one entry, leaving the others alone. */
  drawOne(name: string, ranges: AbstractRange[]): void {
    if (!ranges.length) return this.remove(name);
    this.env.registry.set(name, this.env.create(ranges));
    this.names.add(name);
  }

  remove(name: string): void {
    if (this.names.delete(name)) this.env.registry.delete(name);
  }

  clear(): void {
    for (const name of [...this.names]) this.remove(name);
  }

  get registered(): readonly string[] {
    return [...this.names];
  }
}
