// The chosen content as blocks: the outermost elements whose own content is inline text (a <p>, an <li>,
// a <td>, a heading — or a DIV of bare text and <br>s). Blocks never nest, and come in document order.
import { TEXT_NODE, ELEMENT_NODE, isWhitespaceText } from './dom';
import type { Stats } from './measure';
import type { Part } from './candidates';
import { ELEMENTS_PER_STEP, type Steps } from '../pipeline/steps';

export interface BlockLayout {
  blocks: Element[];
  /** Elements inside a block that were not chosen (siblings of a chosen inline run). */
  unchosen: Set<Element>;
}

/** Laid out in steps (see steps.ts): a long article has tens of thousands of blocks. */
export function* layoutBlocksSteps(parts: Part[], isGone: (el: Element) => boolean, stats: Map<Element, Stats>): Steps<BlockLayout> {
  const unchosen = new Set<Element>();
  const runPart = parts.find((p) => p.run);
  if (runPart && runPart.run) {
    // Inline text of the container was chosen: the container is the block, minus the children not chosen.
    const container = (runPart as { container: Element }).container;
    const chosen = new Set<Node>();
    for (const part of parts) {
      if (part.el) chosen.add(part.el);
      else for (let n: ChildNode | null = part.run.first; n; n = n.nextSibling) {
        chosen.add(n);
        if (n === part.run.last) break;
      }
    }
    for (let c = container.firstElementChild; c; c = c.nextElementSibling) if (!chosen.has(c)) unchosen.add(c);
    return { blocks: [container], unchosen };
  }

  const blocks: Element[] = [];
  const stack: Element[] = [];
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i].el) stack.push(parts[i].el!);
  let budget = ELEMENTS_PER_STEP;
  while (stack.length) {
    if (--budget === 0) {
      budget = ELEMENTS_PER_STEP;
      yield;
    }
    const el = stack.pop()!;
    if (isGone(el)) continue;
    if (hasInlineText(el, isGone, stats)) {
      blocks.push(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return { blocks, unchosen };
}

/** Whether the element holds text directly, or through inline children. */
function hasInlineText(el: Element, isGone: (el: Element) => boolean, stats: Map<Element, Stats>): boolean {
  const own = stats.get(el);
  if (own && own.phrasing) return own.chars > 0;
  // Measured: its runs are its own text and inline children, gone ones left out (an article element
  // holding thousands of paragraphs is not walked again).
  if (own) return own.runs.some((run) => run.chars > 0);
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      if (!isWhitespaceText((n as Text).data)) return true;
    } else if (n.nodeType === ELEMENT_NODE) {
      const c = n as Element;
      if (isGone(c)) continue;
      const s = stats.get(c);
      if (s && s.phrasing && s.chars > 0) return true;
    }
  }
  return false;
}
