// Scoring: each paragraph gives points (base, commas, length) to its container and, less and less, to the
// containers above it. The best-scoring container, scaled down by its share of link text, holds the
// article; a shared ancestor of several near-best containers, or a parent that scores higher, wins
// instead. Then the winner's siblings that look like content join it (preambles, text split by ads).
import { LIMITS, TAG_SCORE } from './rules';
import { classWeight, shortText, tagOf } from './dom';
import { linkDensity, type Run } from './measure';
import type { Flags, Prepared } from './prepare';
import { ELEMENTS_PER_STEP, runSteps, type Steps } from '../pipeline/steps';

/** A piece of the chosen content: a sibling element, or an inline run of the winner's parent. */
export type Part = { el: Element; run?: undefined } | { el?: undefined; run: Run; container: Element };

export interface Selection {
  /** The winning container. */
  top: Element;
  /** Its (effective) parent, whose children the parts are; null when the whole body is the content. */
  parent: Element | null;
  parts: Part[];
}

const END_OF_SENTENCE = /\.( |$)/;

export function effectiveParent(el: Element, prep: Prepared): Element | null {
  let p = el.parentElement;
  while (p && prep.passThrough.has(p)) p = p.parentElement;
  return p;
}

function initialScore(el: Element, flags: Flags): number {
  return (TAG_SCORE[tagOf(el)] ?? 0) + (flags.weighClasses ? classWeight(el) : 0);
}

export function selectContent(body: Element, prep: Prepared, flags: Flags): Selection {
  return runSteps(selectContentSteps(body, prep, flags));
}

/** `selectContent` as steps (see steps.ts): a long page has tens of thousands of paragraphs to score. */
export function* selectContentSteps(body: Element, prep: Prepared, flags: Flags): Steps<Selection> {
  const score = new Map<Element, number>();
  const candidates: Element[] = [];

  let budget = ELEMENTS_PER_STEP;
  for (const para of prep.paragraphs) {
    if (--budget === 0) {
      budget = ELEMENTS_PER_STEP;
      yield;
    }
    if (para.chars < LIMITS.minParagraphChars) continue;
    const points = 1 + (para.commas + 1) + Math.min(Math.floor(para.chars / 100), 3);
    let ancestor: Element | null = para.el ? effectiveParent(para.el, prep) : para.container;
    for (let level = 0; ancestor && level < LIMITS.scoreDepth; level++) {
      // The root element is never a candidate; nothing above the body is walked.
      if (!ancestor.parentElement) break;
      if (!score.has(ancestor)) {
        score.set(ancestor, initialScore(ancestor, flags));
        candidates.push(ancestor);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(ancestor, score.get(ancestor)! + points / divider);
      ancestor = effectiveParent(ancestor, prep);
    }
  }

  // Link-heavy containers are navigation, whatever their text.
  for (const c of candidates) {
    const s = prep.stats.get(c);
    score.set(c, score.get(c)! * (1 - (s ? linkDensity(s) : 0)));
  }
  yield;
  const ranked = topScoring(candidates, score, LIMITS.topCandidates);
  let top: Element | undefined = ranked[0];
  if (!top || top === body) return { top: body, parent: null, parts: [{ el: body }] };

  const scoreOf = (el: Element) => score.get(el);
  const ensureScore = (el: Element) => {
    if (!score.has(el)) score.set(el, initialScore(el, flags));
  };

  // Several near-best candidates under one ancestor: the ancestor is the article.
  const topScore = scoreOf(top)!;
  const rivals = ranked.slice(1).filter((c) => scoreOf(c)! / topScore >= 0.75);
  if (rivals.length >= LIMITS.sharedAncestorMin) {
    const rivalAncestors = rivals.map((r) => ancestorSet(r, prep));
    for (let p = effectiveParent(top, prep); p && p !== body; p = effectiveParent(p, prep)) {
      let holding = 0;
      for (const set of rivalAncestors) if (set.has(p)) holding++;
      if (holding >= LIMITS.sharedAncestorMin) {
        top = p;
        break;
      }
    }
  }
  ensureScore(top);

  // A parent scoring higher than the winner holds more of the article.
  let lastScore = scoreOf(top)!;
  const floor = lastScore / 3;
  for (let p = effectiveParent(top, prep); p && p !== body; p = effectiveParent(p, prep)) {
    const ps = scoreOf(p);
    if (ps === undefined) continue;
    if (ps < floor) break;
    if (ps > lastScore) {
      top = p;
      break;
    }
    lastScore = ps;
  }

  // An only child: look from its parent, so siblings one level up can join.
  for (let p = effectiveParent(top, prep); p && p !== body && childCount(p, prep) === 1; p = effectiveParent(p, prep)) top = p;
  ensureScore(top);

  const parent = effectiveParent(top, prep);
  if (!parent) return { top, parent: null, parts: [{ el: top }] };
  yield;
  return { top, parent, parts: yield* joinSiblingsSteps(top, parent, prep, scoreOf(top)!, scoreOf) };
}

/** The `count` best-scoring candidates, best first; equal scores keep the candidates' order (as a stable sort would). */
function topScoring(candidates: Element[], score: Map<Element, number>, count: number): Element[] {
  const top: Element[] = [];
  for (const c of candidates) {
    const sc = score.get(c)!;
    let at = top.length;
    while (at > 0 && score.get(top[at - 1])! < sc) at--;
    if (at >= count) continue;
    top.splice(at, 0, c);
    if (top.length > count) top.pop();
  }
  return top;
}

function ancestorSet(el: Element, prep: Prepared): Set<Element> {
  const set = new Set<Element>();
  for (let p = effectiveParent(el, prep); p; p = effectiveParent(p, prep)) set.add(p);
  return set;
}

/** Element children as the scoring saw them: inline runs wrapped, pass-through DIVs replaced by their <p>. */
function childCount(el: Element, prep: Prepared): number {
  const s = prep.stats.get(el);
  if (!s) return 0;
  const wrapped = prep.wrapped.get(el);
  if (wrapped?.all) return s.nonPhrasingKids + wrapped.runs.length;
  return s.kids + (wrapped ? wrapped.runs.length : 0);
}

type Sibling = { el: Element; run?: undefined } | { el?: undefined; run: Run };

function siblingsOf(parent: Element, prep: Prepared): Sibling[] {
  const out: Sibling[] = [];
  const wrapped = prep.wrapped.get(parent);
  const runs = wrapped?.runs ?? [];
  let r = 0;
  for (let node: ChildNode | null = parent.firstChild; node; node = node.nextSibling) {
    if (r < runs.length && node === runs[r].first) {
      out.push({ run: runs[r] });
      node = runs[r].last;
      r++;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (prep.gone.has(el)) continue;
    const s = prep.stats.get(el);
    if (!s) continue;
    if (wrapped?.all && s.phrasing) continue; // blank inline leftovers between wrapped runs
    out.push({ el: prep.passThrough.has(el) ? standIn(el, prep) : el });
  }
  return out;
}

function standIn(el: Element, prep: Prepared): Element {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!prep.gone.has(c)) return c;
  return el;
}

function runText(run: Run): string {
  let text = '';
  for (let n: ChildNode | null = run.first; n; n = n.nextSibling) {
    text += n.textContent ?? '';
    if (n === run.last) break;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function* joinSiblingsSteps(
  top: Element,
  parent: Element,
  prep: Prepared,
  topScore: number,
  scoreOf: (el: Element) => number | undefined,
): Steps<Part[]> {
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const parts: Part[] = [];
  const siblings = siblingsOf(parent, prep);
  yield;
  for (let i = 0; i < siblings.length; i++) {
    if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
    const sib = siblings[i];
    if (sib.el === top) {
      parts.push({ el: top });
      continue;
    }
    if (sib.el) {
      const bonus = topClass && (sib.el.getAttribute('class') ?? '') === topClass ? topScore * 0.2 : 0;
      const sc = scoreOf(sib.el);
      if (sc !== undefined && sc + bonus >= threshold) {
        parts.push({ el: sib.el });
        continue;
      }
      if (!prep.paraLike.has(sib.el)) continue;
      const s = prep.stats.get(sib.el)!;
      if (readsLikeProse(s.chars, linkDensity(s), () => shortText(sib.el))) parts.push({ el: sib.el });
      continue;
    }
    const run = sib.run;
    const density = run.chars ? run.linkLen / run.chars : 0;
    if (readsLikeProse(run.chars, density, () => runText(run))) parts.push({ run, container: parent });
  }
  return parts;
}

/** A paragraph next to the article that belongs to it: long with few links, or a short linkless sentence. */
function readsLikeProse(chars: number, density: number, text: () => string): boolean {
  if (chars > 80) return density < 0.25;
  if (chars === 80) return false;
  return chars > 0 && density === 0 && END_OF_SENTENCE.test(text());
}
