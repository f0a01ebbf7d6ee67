// Who makes a strategic claim: the person, organisation or group a sentence attributes it to ("said",
// "says", "told", "warned", "according to"), in the article's words; none when the author argues it.
// A quotation without attribution takes the speaker named beside it in the same paragraph, and "he"
// or "she" the speaker of the sentence before.
import type { Claim, Span } from '../analysis';
import { normalizeQuotes } from '../themes/match';

/** Verbs of saying (English), as written after the speaker or before an inverted one ("says Ward"). */
const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'warned', 'warns', 'warn', 'added', 'adds', 'noted', 'notes', 'argued',
  'argues', 'argue', 'believes', 'believe', 'expects', 'expect', 'predicted', 'predicts', 'predict', 'wrote',
  'writes', 'stated', 'states', 'claimed', 'claims', 'explained', 'explains', 'insisted', 'insists', 'cautioned',
  'cautions', 'estimated', 'estimates', 'thinks', 'think', 'called', 'calls', 'asserted', 'asserts', 'acknowledged',
  'conceded', 'concedes', 'contends', 'contended', 'reckons', 'fears', 'feared', 'maintains',
].join('|');
/** Words between a speaker and the verb that belong to neither ("has said", "also warned"). */
const AUXILIARY = /(?:\s+(?:has|have|had|is|are|was|were|also|previously|reportedly|recently|later|then|once|repeatedly|publicly|privately|again|further|meanwhile|however|too))+\s*$/i;
/** Pronouns: resolved to the previous sentence's speaker, if any. */
const PRONOUN = /^(?:he|she|they|we|i|it)$/i;
/** Capitalised words (with the small words names hold) ending a stretch of text: a name. */
const NAME_AT_END = /(?:\p{Lu}[\p{L}\p{N}'.&-]*(?:\s+(?:of|the|de|du|von|van|der|for|and|&|at)){0,2}\s+)*\p{Lu}[\p{L}\p{N}'.&-]*$/u;
/** At the start of a stretch: a name. */
const NAME_AT_START = /^\p{Lu}[\p{L}\p{N}'.&-]*(?:\s+(?:(?:of|the|de|du|von|van|der|for|and|&|at)\s+)?\p{Lu}[\p{L}\p{N}'.&-]*)*/u;
/** A group or a described speaker ("analysts", "the brokerage", "a person familiar with the matter"). */
const GROUP_AT_END = /(?:(?:the|a|an|its|their|his|her|our|some|many|most|several|other|two|three|\d+)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:analysts|economists|experts|officials|executives|investors|critics|observers|sources|strategists|traders|researchers|scientists|lawmakers|regulators|authorities|police|employees|workers|residents|people|company|firm|agency|brokerage|bank|government|ministry|report|study|survey|group|union|spokesperson|spokesman|spokeswoman|statement|person|source|official|executive|analyst|economist|source)(?:\s+(?:familiar with|close to|briefed on|at|of|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?$/iu;
const GROUP_AT_START = new RegExp(`^${GROUP_AT_END.source.slice(0, -1)}`, 'iu');
/** A described speaker ("the port authority") is at most this many words. */
const MAX_DESCRIBED_WORDS = 5;
const SENTENCE_WORDS = /^(?:but|and|so|yet|however|meanwhile|still|now|also|then|while|though|although|because)$/i;

const INVERTED = new RegExp(`(?:["']\\s*,?|,)\\s*(?:${SPEECH_VERBS})\\s+(.+)$`, 'i');
const VERB = new RegExp(`(?<![\\p{L}'-])(?:${SPEECH_VERBS})(?![\\p{L}'-])`, 'giu');
const ACCORDING_TO = /\baccording to\s+([^,.;:"()]+)/i;

function trimSpeaker(s: string): string | undefined {
  let t = s.trim().replace(/^["'(]+|["',;:)]+$/g, '').trim();
  // A full stop ends the sentence, not the name, unless it closes an abbreviation ("Co.", "Jr.").
  if (/\.$/.test(t) && !/(?:^|\s)\p{Lu}\p{Ll}{0,2}\.$/u.test(t)) t = t.slice(0, -1);
  if (!t || t.split(/\s+/).length > 10) return undefined;
  return t;
}

/** The speaker a stretch of text ends with: "Matt Maley, equity strategist at Miller Tabak," → "Matt Maley". */
function speakerBefore(before: string): string | undefined {
  let s = before.replace(AUXILIARY, '').trimEnd();
  // An appositive between the speaker and the verb: "Name, title at Org,".
  const appositive = /^(.*?[^,]),\s*[^,"]{2,80},$/.exec(s);
  if (appositive) s = appositive[1].trimEnd();
  else s = s.replace(/,$/, '').trimEnd();
  if (/["']$/.test(s)) return undefined; // the verb follows a quotation: the speaker comes after it
  const last = (s.split(/\s+/).pop() ?? '').replace(/^["'(]+/, '');
  if (PRONOUN.test(last)) return last.toLowerCase();
  const group = GROUP_AT_END.exec(s);
  const name = NAME_AT_END.exec(s);
  // A capitalised first word of the sentence is no name unless the whole stretch is the name.
  if (name && !(name.index === 0 && SENTENCE_WORDS.test(name[0].split(/\s+/)[0]))) {
    const words = name[0].split(/\s+/);
    while (words.length > 1 && SENTENCE_WORDS.test(words[0])) words.shift();
    return trimSpeaker(words.join(' '));
  }
  if (group) return trimSpeaker(group[0]);
  // "..., the cooperative said", "The warden told ...": a short described speaker opening its clause.
  const clause = /(?:^|[,;:]\s*)((?:the|a|an|its|their)\s+[^,;:]+)$/i.exec(s);
  return clause && clause[1].split(/\s+/).length <= MAX_DESCRIBED_WORDS ? trimSpeaker(clause[1]) : undefined;
}

/** The speaker right after an inverted verb: `, says Ward`, `," said the company`. */
function speakerAfter(after: string): string | undefined {
  const s = after.trim();
  const first = s.split(/\s+/)[0] ?? '';
  if (PRONOUN.test(first.replace(/[.,]$/, ''))) return first.replace(/[.,]$/, '').toLowerCase();
  // The speaker closes the sentence or its clause ("says Ward.", "said Jo Lee, an analyst at ..."): "told US
  // media" is no inverted attribution.
  const ends = (m: RegExpExecArray | null) => m && /^\s*(?:[,.;:!?"')]|$)/.test(s.slice(m[0].length)) ? m[0] : undefined;
  const name = ends(NAME_AT_START.exec(s)) ?? ends(GROUP_AT_START.exec(s));
  return name ? trimSpeaker(name) : undefined;
}

/**
 * Who a sentence attributes its claim to, in the sentence's words; a pronoun ("he") when that is all it
 * says; undefined when nothing attributes it.
 */
export function findSource(sentence: string): string | undefined {
  const text = normalizeQuotes(sentence).trim();
  const found: string[] = [];
  const inverted = INVERTED.exec(text);
  if (inverted) {
    const who = speakerAfter(inverted[1]);
    if (who) found.push(who);
  }
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    const who = speakerBefore(text.slice(0, m.index));
    if (who) found.push(who);
  }
  const according = ACCORDING_TO.exec(text);
  const other = according ? trimSpeaker(according[1]) : undefined;
  if (other) found.push(other);
  // A named speaker wins over a pronoun ("'I think ...,' Ward says").
  return found.find((w) => !PRONOUN.test(w)) ?? found[0];
}

/** A sentence that is (or opens with) a quotation. */
const isQuotation = (s: string) => /^["']/.test(normalizeQuotes(s).trim());

/**
 * Sets `source` on strategic claims: the sentence's own attribution; for a quotation without one, the
 * speaker named in the next or previous sentence of the same paragraph; a pronoun is the previous speaker.
 */
export function attributeSources(strategic: Claim[], sentences: Span[], paragraphOf: (pos: number) => number): void {
  const index = new Map(sentences.map((s, i) => [s.start, i]));
  const sourceOf = (i: number): string | undefined => {
    const s = sentences[i];
    return s ? findSource(s.text) : undefined;
  };
  const named = (who: string | undefined) => (who && !PRONOUN.test(who) ? who : undefined);
  for (const c of strategic) {
    const i = index.get(c.start);
    if (i === undefined) continue;
    let who = sourceOf(i);
    const sameParagraph = (j: number) => sentences[j] && paragraphOf(sentences[j].start) === paragraphOf(c.start);
    if (!who && isQuotation(c.text)) {
      who = (sameParagraph(i + 1) ? named(sourceOf(i + 1)) : undefined) ?? (sameParagraph(i - 1) ? named(sourceOf(i - 1)) : undefined);
    }
    if (who && PRONOUN.test(who)) who = i > 0 ? named(sourceOf(i - 1)) : undefined;
    if (who) c.source = who;
  }
}
