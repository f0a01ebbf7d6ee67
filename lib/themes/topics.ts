// The article's own subjects, so that every article has a summary even when no theme fits: short
// phrases taken from the text ("trade talks", "Harbour Line", "layoffs"), each with the sentences that carry
// it. Candidates are runs of one to three content words within a clause; a phrase counts once per
// sentence, weighted by where the sentence sits, and the headline counts most. Subjects are chosen best
// first, none sharing a word with one already chosen, so the 2–5 topics say different things.
import type { Span, Topic } from '../analysis';
import { findSource } from '../claims/source';
import { lemma } from './lemma';
import { positionWeight } from './lens';

export interface TopicSentence {
  span: Span;
  claimIds: string[];
}

export const MAX_TOPICS = 5;
export const MIN_TOPICS = 2;
export const MAX_TOPIC_WORDS = 3;
export const MAX_TOPIC_SENTENCES = 3;
/** What the headline adds to a phrase it contains. */
export const TITLE_BONUS = 3;
/** A phrase must come back in this many sentences (the headline counting as one) to be a subject. */
export const MIN_TOPIC_MENTIONS = 2;
/** Longer phrases say more: each word after the first multiplies the score by this. */
export const LONGER_PHRASE = 1.4;
/** A phrase inside a longer one that comes back this share as often gives way to it. */
export const SUBSUMED_SHARE = 0.6;
/** A single lower-case word ("company") says less than a name or a phrase. */
export const COMMON_WORD = 0.6;
/**
 * A name that mostly speaks ("…, Maley said") is a voice in the article, not what it is about: its
 * score is multiplied by this when at least VOICE_SHARE of its sentences attribute words to it and the
 * headline does not name it (a company the story is about speaks often too).
 */
export const VOICE = 0.3;
export const VOICE_SHARE = 0.5;

/** Words that are never part of a subject: function words, reporting verbs, time words, vague nouns. */
const STOP = new Set(
  (
    'a an the this that these those it its it\'s they them their there here he him his she her we us our you your i me my ' +
    'and or but nor so yet if then than as at by for from in into of on onto to with without within about above below ' +
    'over under after before between among through during since until upon via per against across toward towards ' +
    'is are was were be been being am has have had having do does did done will would shall should can could may might ' +
    'must not no nor only also just even still very more most less least much many some any all each every both either ' +
    'neither other another such same own what which who whom whose when where why how whether while because although though ' +
    'said says say saying told tells tell according added adds asked noted wrote reported announced stated claimed ' +
    'mr mrs ms dr one two three four five six seven eight nine ten first second third last next new year years month months ' +
    'week weeks day days today yesterday tomorrow time times monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ago now later earlier ' +
    'percent per cent number lot lots way ways thing things part kind sort well really like get got make made take took ' +
    'go going gone come came see seen know known think want need use used including include includes around back out up down ' +
    'off again further however meanwhile instead already yes people company companies firm statement report news article ' +
    'end start group side point case fact reason place hundred thousand million billion trillion ' +
    'jan feb apr jun jul aug sep sept oct nov dec high low big small large good bad little bit'
  ).split(/\s+/),
);

/** A word as it may stand in a subject: letters first, digits and a few marks inside ("Disney+", "737", "Wi-Fi"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&+.-]*[\p{L}\p{N}+]|[\p{L}\p{N}]/gu;
/** Clause punctuation: a phrase never spans it. */
const CLAUSE_BREAK = /[,;:!?()[\]"“”—–]|\s-\s|\.\s/;

interface Candidate {
  key: string;
  /** Surface form -> times seen, for the label. */
  forms: Map<string, number>;
  words: string[];
  sentences: Set<number>;
  score: number;
  inTitle: boolean;
  /** How the phrase is written where it opens a sentence (its capital says nothing): the label of last resort. */
  initialForm?: string;
  /** Sentences where it stands alone, not as a piece of a longer name. */
  whole: number;
  /** Sentences that attribute what they say to it ("Maley said"). */
  speaks: number;
}

function normalWord(w: string): string {
  return w.replace(/[’]/g, "'").replace(/'s$/i, '').replace(/\.$/, '');
}

interface Phrase {
  key: string;
  surface: string;
  words: string[];
  /** Opens the text: its capital letter tells nothing about a name. */
  initial: boolean;
  /** A piece of a longer name here ("United" of "United States", "Roll Hall" of "Rock and Roll Hall of Fame"). */
  fragment: boolean;
}

/**
 * Words that join the parts of one name: "of" ("Bank of America"); "and" or "&" only where a side has
 * two capitalised words ("Rock and Roll Hall"), as "Russia and Ukraine" are two names.
 */
const NAME_OF = 'of';
const NAME_AND = new Set(['and', '&']);
/** Stop words that begin proper names when capitalised before another capital ("New York", "New Zealand"). */
const NAME_LEAD = new Set(['new']);
const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

/** A word a subject may hold: no stop word, bare number, single letter or verb. */
const isContent = (w: string) => !(STOP.has(w.toLowerCase()) || /^[\p{N}.,]+$/u.test(w) || w.length < 2 || isVerbLike(w));

/** The content-word runs (1..MAX_TOPIC_WORDS) of a stretch of text. */
function phrasesIn(text: string): Phrase[] {
  const out: Phrase[] = [];
  let offset = 0;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const tokens = [...clause.matchAll(WORD)].map((m) => ({ word: normalWord(m[0]), at: offset + (m.index ?? 0) }));
    /** Token `k` may stand in a subject: a content word, or a name's leading word ("New" of "New York"). */
    const inRun = (k: number) => isContent(tokens[k].word) || (NAME_LEAD.has(tokens[k].word.toLowerCase()) && capitalised(tokens[k].word) && capitalised(tokens[k + 1]?.word) && isContent(tokens[k + 1].word));
    /** A capitalised word joined to the run at token `edge` by "of"/"and" from the side `step` points to. */
    const joinedName = (edge: number, step: number, runCapitals: number) => {
      const joiner = tokens[edge + step]?.word.toLowerCase() ?? '';
      if (!capitalised(tokens[edge + 2 * step]?.word)) return false;
      if (joiner === NAME_OF) return true;
      return NAME_AND.has(joiner) && (runCapitals >= 2 || capitalised(tokens[edge + 3 * step]?.word));
    };
    for (let start = 0; start < tokens.length; ) {
      if (!inRun(start)) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < tokens.length && inRun(end + 1)) end++;
      const run = tokens.slice(start, end + 1).map((t) => t.word);
      const runCapitals = run.filter((w) => capitalised(w)).length;
      for (let i = 0; i < run.length; i++) {
        for (let n = 1; n <= MAX_TOPIC_WORDS && i + n <= run.length; n++) {
          const words = run.slice(i, i + n);
          const lower = words.map((w) => w.toLowerCase());
          lower[n - 1] = lemma(lower[n - 1]); // "trade talks" and "trade talk" are one subject
          const nameLike = capitalised(words[0]) && capitalised(words[n - 1]);
          const fragment =
            nameLike &&
            (capitalised(run[i - 1]) || capitalised(run[i + n]) || (i === 0 && joinedName(start, -1, runCapitals)) || (i + n === run.length && joinedName(end, 1, runCapitals)));
          out.push({ key: lower.join(' '), surface: words.join(' '), words: lower, initial: i === 0 && tokens[start].at === 0, fragment });
        }
      }
      start = end + 1;
    }
    offset += clause.length + 1;
  }
  return out;
}

/** Verbs say what happens, not what the article is about: past forms and the commonest lower-case verbs. */
const VERBS = new Set(
  'seem seems become becomes remain remains receive receives begin begins expect expects keep keeps show shows give gives find finds put puts plan plans help helps hold holds continue continues believe believes'.split(' '),
);

function isVerbLike(word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return false;
  if (VERBS.has(word) || (/[a-z]ed$/.test(word) && word.length > 4) || /ly$/.test(word)) return true;
  // An irregular past form ("lost", "grew", "said"): its lemma differs though it takes no suffix.
  return /^[a-z]+$/.test(word) && !/(?:s|ing)$/.test(word) && lemma(word) !== word;
}

/** Endings that make another form of the same word or name ("Afghanistan", "Chinese", "gaming", "Israeli"). */
const KIN_ENDINGS = ['s', 'es', 'ing', 'ese', 'an', 'ian', 'ans', 'ians', 'i', 'is', 'istan', 'ish', 'er', 'ers'];
/** A shorter word than this is compared whole. */
export const MIN_STEM_WORD = 4;

/**
 * Two words (lemmas) of one subject: equal, or the longer is the shorter (or the shorter less a final
 * vowel) with a known ending: "Afghan" and "Afghanistan", "China" and "Chinese", "game" and "gam(ing)";
 * not "Iran" and "Iraq", "Mali" and "Malaysia", "home" and "homeowners".
 */
function akin(a: string, b: string): boolean {
  if (a === b || a.replace(/e$/, '') === b.replace(/e$/, '')) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_STEM_WORD) return false;
  const stems = /[aeiouy]$/.test(short) ? [short, short.slice(0, -1)] : [short];
  return stems.some((stem) => long.startsWith(stem) && KIN_ENDINGS.includes(long.slice(stem.length)));
}

function isCommonWord(c: Candidate): boolean {
  if (c.words.length > 1) return false;
  let upper = 0;
  let total = 0;
  for (const [form, n] of c.forms) {
    total += n;
    if (capitalised(form)) upper += n;
  }
  return total === 0 || upper * 2 < total;
}

function label(c: Candidate): string {
  let best = c.initialForm ?? c.key;
  let bestN = -1;
  for (const [form, n] of c.forms) if (n > bestN || (n === bestN && capitalised(form))) [best, bestN] = [form, n];
  return best;
}

/**
 * The phrases that give way to a longer one holding them which comes back nearly as often ("Ines
 * Varga", not "Varga"). Each longer phrase lists its inner runs once: linear in the candidates.
 */
function subsumedKeys(all: Candidate[]): Set<string> {
  const longest = new Map<string, number>(); // inner run -> most sentences of a longer phrase holding it
  for (const l of all) {
    for (let i = 0; i < l.words.length; i++) {
      for (let j = i + 1; j <= l.words.length; j++) {
        if (j - i === l.words.length) continue;
        const inner = l.words.slice(i, j).join(' ');
        longest.set(inner, Math.max(longest.get(inner) ?? 0, l.sentences.size));
      }
    }
  }
  return new Set(all.filter((c) => (longest.get(c.key) ?? 0) >= SUBSUMED_SHARE * c.sentences.size).map((c) => c.key));
}

/** The article's 2–5 subjects, best first, each with up to three of its sentences (earliest first). */
export function findTopics(title: string, sentences: TopicSentence[]): Topic[] {
  const candidates = new Map<string, Candidate>();
  const count = sentences.length;
  const visit = (text: string, index: number) => {
    const seen = new Set<string>();
    const seenWhole = new Set<string>();
    const speaker = index < 0 ? '' : ` ${(findSource(text) ?? '').toLowerCase()} `;
    for (const p of phrasesIn(text.trimStart())) {
      let c = candidates.get(p.key);
      if (!c) candidates.set(p.key, (c = { key: p.key, forms: new Map(), words: p.words, sentences: new Set(), score: 0, inTitle: false, whole: 0, speaks: 0 }));
      if (!seen.has(p.key) && speaker.includes(` ${p.surface.toLowerCase()} `)) c.speaks++;
      if (!p.initial) c.forms.set(p.surface, (c.forms.get(p.surface) ?? 0) + 1);
      else c.initialForm ??= p.surface;
      if (!p.fragment && !seenWhole.has(p.key)) {
        seenWhole.add(p.key);
        c.whole++;
      }
      if (seen.has(p.key)) continue;
      seen.add(p.key);
      if (index < 0) {
        c.inTitle = true;
        c.score += TITLE_BONUS;
      } else {
        c.sentences.add(index);
        c.score += positionWeight(index, count);
      }
    }
  };
  visit(title, -1);
  sentences.forEach((s, i) => visit(s.span.text, i));

  // A piece of longer names only ("United" of "United States" and "United Nations") is no subject.
  const all = [...candidates.values()].filter((c) => c.sentences.size > 0 && c.whole > 0);
  const gone = subsumedKeys(all);
  const ranked = all
    .filter((c) => !gone.has(c.key))
    .map((c) => ({
      c,
      score:
        c.score *
        LONGER_PHRASE ** (c.words.length - 1) *
        (isCommonWord(c) ? COMMON_WORD : 1) *
        (!c.inTitle && c.speaks >= VOICE_SHARE * c.sentences.size ? VOICE : 1),
    }))
    .sort((a, b) => b.score - a.score || b.c.words.length - a.c.words.length || a.c.key.localeCompare(b.c.key));

  const chosen: Candidate[] = [];
  const usedWords: string[] = [];
  const choose = (c: Candidate) => {
    if (c.words.some((w) => usedWords.some((u) => akin(u, w)))) return;
    chosen.push(c);
    usedWords.push(...c.words);
  };
  const recurring = (c: Candidate) => c.sentences.size + (c.inTitle ? 1 : 0) >= MIN_TOPIC_MENTIONS;
  for (const { c } of ranked) if (chosen.length < MAX_TOPICS && recurring(c)) choose(c);
  // A short article may name its subjects once: then the best phrases said once complete the pair.
  for (const { c } of ranked) if (chosen.length < MIN_TOPICS && !recurring(c) && c.words.length > 1) choose(c);
  return chosen.map((c) => ({
    label: label(c),
    sentences: [...c.sentences]
      .sort((a, b) => a - b)
      .slice(0, MAX_TOPIC_SENTENCES)
      .map((i) => ({ ...sentences[i].span, claimIds: sentences[i].claimIds })),
  }));
}
