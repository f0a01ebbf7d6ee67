// An article's claims as the page keeps them. A very long article has tens of thousands (~27,600 on a
// 15 MB page). Held as objects in the page, they fill V8's young heap as they arrive, and its scavenges
// copy them while they are young: pauses of 46-100 ms, as tasks of the page's own, measured on 2 cores.
// So the claims of a long answer's later parts (lede:analyze-text:claims) stay the JSON text they came
// in, one string per part, which the collector never walks; only their key claims (drawn by default,
// a few dozen) are kept as objects. The rest are parsed again when asked for, part by part: all of
// them ("All claims", lede:analysis), those within a stretch of text (a card's sentence), or one by id
// (a repeat a card steps to). An ordinary article's claims all come in the first answer, as objects.
import type { Analysis, Claim, Summary } from '../analysis';
import type { TextAnalysis } from './text-half';
import { isNumericKind } from '../claim-kinds';

/** A part kept as text: the JSON of its claims and the stretch of the article they cover. */
interface PackedPart {
  json: string;
  start: number;
  end: number;
}

export class ClaimBook {
  private readonly parts: PackedPart[] = [];
  private readonly keyClaims: Claim[] = [];
  private figures = 0;
  private count = 0;
  /** The part parsed last and its claims: an open card asks about the same stretch of text on every render. */
  private recent: { part: PackedPart; claims: Claim[] } | null = null;

  /** `claims` kept as objects (the first answer's, or all of an ordinary article's). */
  private constructor(private readonly loose: readonly Claim[]) {
    this.note(loose);
  }

  /** A book of claims at hand as objects. */
  static of(claims: readonly Claim[]): ClaimBook {
    return new ClaimBook(claims);
  }

  /**
   * Adds a part kept as text: `json` is the JSON of `claims`, already parsed and checked by the caller.
   * Only its key claims are kept as objects; the caller lets go of the others.
   */
  addPacked(json: string, claims: readonly Claim[]): void {
    if (claims.length === 0) return;
    let start = Infinity;
    let end = 0;
    for (const c of claims) {
      start = Math.min(start, c.start);
      end = Math.max(end, c.end);
    }
    this.parts.push({ json, start, end });
    this.note(claims);
  }

  get total(): number {
    return this.count;
  }

  /** The key claims, in article order. */
  get key(): readonly Claim[] {
    return this.keyClaims;
  }

  /** How many claims of each group the book holds. */
  get counts(): Summary['counts'] {
    return { numeric: this.figures, strategic: this.count - this.figures, key: this.keyClaims.length };
  }

  /** Every claim, in the order they came: the objects at hand, then each part's, parsed again. */
  all(): Claim[] {
    return [...this.inParts()].flat();
  }

  /** The claims a part at a time (parsed as it is reached): for work that yields between parts. */
  *inParts(): Generator<readonly Claim[]> {
    if (this.loose.length) yield this.loose;
    for (const part of this.parts) yield this.parsed(part);
  }

  /** The claims lying wholly within [start, end) of the article text; only the parts that reach it are parsed. */
  within(start: number, end: number): Claim[] {
    const inside = (c: Claim) => c.start >= start && c.end <= end;
    const found = this.loose.filter(inside);
    for (const part of this.parts) if (part.start < end && start < part.end) found.push(...this.parsed(part).filter(inside));
    return found;
  }

  /** The claim with this id; a part is parsed only when its text names the id. */
  byId(id: string): Claim | undefined {
    const at = this.loose.find((c) => c.id === id);
    if (at) return at;
    // The id as it stands in the JSON: a cheap search in each part's text before parsing it.
    const needle = `"id":${JSON.stringify(id)}`;
    for (const part of this.parts) {
      if (!part.json.includes(needle)) continue;
      const found = this.parsed(part).find((c) => c.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** A part's claims: its text was checked when it came, and it is the extension's own string since. */
  private parsed(part: PackedPart): Claim[] {
    if (this.recent?.part !== part) this.recent = { part, claims: JSON.parse(part.json) as Claim[] };
    return this.recent.claims;
  }

  private note(claims: readonly Claim[]): void {
    for (const c of claims) {
      if (isNumericKind(c.kind)) this.figures++;
      if (c.key) this.keyClaims.push(c);
    }
    this.count += claims.length;
  }
}

/** The text half's answer as the page holds it. */
export type PageTextAnalysis = Omit<TextAnalysis, 'claims'> & { claims: ClaimBook };

/** The Analysis as the page holds it: its claims in a book. */
export type PageAnalysis = Omit<Analysis, 'claims'> & { claims: ClaimBook };

/** The text half's answer with its claims (all at hand) in a book. */
export function bookedText(text: TextAnalysis): PageTextAnalysis {
  return { ...text, claims: ClaimBook.of(text.claims) };
}

/** The whole Analysis, every claim parsed (lede:analysis, the CLI). */
export function fullAnalysis(analysis: PageAnalysis): Analysis {
  return { ...analysis, claims: analysis.claims.all() };
}
