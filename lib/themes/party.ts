// The party a theme is about, named from the text: the proper-noun phrase found most often right after
// the theme's party cues (e.g. "reliant on X"), where the depended-on party sits, not its subject.

/** Capitalised words that open sentences and clauses without naming anyone. */
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'we', 'our', 'he', 'she',
  'his', 'her', 'i', 'you', 'your', 'and', 'or', 'but', 'so', 'yet', 'if', 'as', 'at', 'by', 'for', 'from', 'in',
  'into', 'of', 'on', 'to', 'with', 'without', 'despite', 'although', 'though', 'while', 'when', 'where', 'why',
  'how', 'what', 'which', 'who', 'whether', 'however', 'now', 'then', 'still', 'both', 'either', 'neither', 'each',
  'such', 'given', 'after', 'before', 'since', 'until', 'unlike', 'like', 'also', 'even', 'only', 'just', 'more',
  'most', 'many', 'some', 'any', 'all', 'no', 'not', 'there', 'here', 'meanwhile', 'instead', 'indeed', 'moreover',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Where a cue's object ends: clause punctuation, dashes, or a conjunction that starts a new clause. Not the
 * full stop: within a sentence it belongs to an abbreviation ("U.S.").
 */
const CLAUSE_END = /[,;:!?()–—]|\s-\s|\b(?:while|but|which|because|although|whereas|as well as|rather than|than)\b/i;
/** The longest stretch after a cue that is searched for a name. */
const MAX_OBJECT_CHARS = 90;

/** A run of capitalised words (letters, digits, & . - inside), with a possessive stripped. */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*/gu;

function cleanName(run: string): string {
  const name = run.replace(/['’]s$/u, '').replace(/-+$/u, '').trim();
  // A closing full stop belongs to the sentence unless the name is dotted itself ("U.S.").
  return /\..*\.$/u.test(name) ? name : name.replace(/\.+$/u, '');
}

/** Proper-noun phrases in a stretch of text, with where each starts; a leading function word is dropped. */
function namesIn(stretch: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of stretch.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    while (words.length && NOT_A_NAME.has(cleanName(words[0]).toLowerCase())) words.shift();
    const name = cleanName(words.join(' '));
    if (name.length > 1) out.push({ name, index: m.index ?? 0 });
  }
  return out;
}

/** Proper-noun phrases in a stretch of text; a leading function word is dropped. */
export function properNouns(stretch: string): string[] {
  return namesIn(stretch).map((n) => n.name);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The stretches of `sentence` that follow a cue, up to the end of their clause. */
export function objectsOf(sentence: string, cues: string[]): string[] {
  if (cues.length === 0) return [];
  const re = new RegExp(`\\b(?:${cues.map(escapeRegExp).join('|')})\\b`, 'gi');
  const out: string[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    let stretch = sentence.slice(m.index + m[0].length, m.index + m[0].length + MAX_OBJECT_CHARS);
    const end = stretch.search(CLAUSE_END);
    if (end >= 0) stretch = stretch.slice(0, end);
    out.push(stretch);
  }
  return out;
}

/**
 * The name found most often after the cues in these sentences, or null. Ties, and sentences whose
 * cues name no one, fall back to how often the name occurs anywhere in the sentences except as the
 * last name before the first cue (most likely the subject doing the depending).
 */
export function mostNamedParty(sentences: string[], cues: string[]): string | null {
  const asObject = new Map<string, number>();
  const anywhere = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const sentence of sentences) {
    for (const stretch of objectsOf(sentence, cues)) for (const name of properNouns(stretch)) bump(asObject, name);
    // The sentence's first word is capitalised only because it opens the sentence.
    const body = sentence.replace(/^\s*\S+/, (w) => ' '.repeat(w.length));
    const firstCue = firstCueIndex(body, cues);
    const names = namesIn(body);
    // The last name before the first cue is most likely the subject: "Despite A, B relies on C" skips B.
    const subject = firstCue < 0 ? -1 : names.filter((n) => n.index < firstCue).length - 1;
    names.forEach(({ name }, i) => i !== subject && bump(anywhere, name));
  }
  const names = foldShortForms([...new Set([...asObject.keys(), ...anywhere.keys()])], [asObject, anywhere]);
  let best: string | null = null;
  let bestKey: [number, number] = [0, 0];
  for (const name of names) {
    const key: [number, number] = [asObject.get(name) ?? 0, anywhere.get(name) ?? 0];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) [best, bestKey] = [name, key];
  }
  return best;
}

function firstCueIndex(sentence: string, cues: string[]): number {
  if (cues.length === 0) return -1;
  const m = new RegExp(`\\b(?:${cues.map(escapeRegExp).join('|')})\\b`, 'i').exec(sentence);
  return m ? m.index : -1;
}

/**
 * A name that opens a longer one ("Halden" and "Halden Optics") is the same party, short: its counts go
 * to the longer form (the most counted one when there are several). Returns the names that remain.
 */
function foldShortForms(names: string[], tallies: Map<string, number>[]): string[] {
  const total = (n: string) => tallies.reduce((sum, t) => sum + (t.get(n) ?? 0), 0);
  const kept: string[] = [];
  // Shortest first, so "A" flows into "A B" before "A B" flows into "A B C".
  for (const short of [...names].sort((a, b) => a.length - b.length)) {
    const longer = names.filter((n) => n.startsWith(`${short} `)).sort((a, b) => total(b) - total(a))[0];
    if (!longer) {
      kept.push(short);
      continue;
    }
    for (const t of tallies) t.set(longer, (t.get(longer) ?? 0) + (t.get(short) ?? 0));
  }
  return kept;
}
