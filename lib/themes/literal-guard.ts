// A regex with a cheap guard: the literal word it must start with. Cue and theme tables hold some 170
// regexes; a sentence that lacks the literal skips the regex, so most regexes are never run (nor
// compiled, which V8 does on first use) on most sentences.

/** Shortest literal worth guarding with. */
const MIN_LITERAL = 3;

/**
 * The lower-case literal every match of `source` starts with, or null when it cannot be told simply
 * (a top-level alternative, a class, a group, an optional letter before MIN_LITERAL letters).
 */
export function leadingLiteral(source: string): string | null {
  let i = 0;
  if (source.startsWith('^')) i = 1;
  if (source.startsWith('\\b', i)) i += 2;
  let lit = '';
  for (; i < source.length; i++) {
    const c = source[i];
    if (!/[a-z' ]/.test(c)) break;
    if ('?*{'.includes(source[i + 1] ?? '')) break; // this letter may be absent
    lit += c;
  }
  // The scan for a top-level `|` reads the whole source: only worth it once there is a literal to keep.
  return lit.length >= MIN_LITERAL && !hasTopLevelAlternative(source) ? lit : null;
}

function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A regex compiled on first use, skipped when its leading literal is absent. With the i flag, texts must
 * be given lower-cased (the literal is lower case); without it, as the regex expects them.
 */
export class GuardedRegExp {
  readonly literal: string | null;
  private compiled: RegExp | null = null;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    this.literal = leadingLiteral(source);
  }

  get re(): RegExp {
    this.compiled ??= new RegExp(this.source, this.flags);
    return this.compiled;
  }

  /** False when the text cannot match (its literal is missing); true means "run the regex". */
  mayMatch(text: string): boolean {
    return !this.literal || text.includes(this.literal);
  }

  test(text: string): boolean {
    if (!this.mayMatch(text)) return false;
    const re = this.re;
    re.lastIndex = 0;
    return re.test(text);
  }
}
