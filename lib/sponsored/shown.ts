// Which flagged blocks a reader can see. Only in a rendered page (the CLI and jsdom have no layout):
// an empty ad slot, a 1×2 px tracking pixel or a collapsed or hidden container is evidence of
// advertising, but flagging it would point at nothing. Only the flagged blocks are measured, a few
// per step, so the check adds no long task to a big page.
import type { Steps } from '../pipeline/steps';

/** A block's rendered box and whether anything in it renders. */
export interface RenderedBox {
  width: number;
  height: number;
  /** Not hidden by `display`, `visibility`, `content-visibility` or zero opacity (its own or an ancestor's). */
  visible: boolean;
  /** The box around everything inside the block (zero when nothing inside renders). */
  contentWidth: number;
  contentHeight: number;
}

/** Smallest side of a block worth flagging (CSS px): below this it is a pixel or a collapsed slot. */
export const MIN_SHOWN_SIDE_PX = 20;
/** Blocks measured between two yields: each measurement is a layout query. */
const MEASURES_PER_STEP = 25;

/** Whether a reader sees the block: big enough, not hidden, with something inside that renders. */
export function isShownToReader(box: RenderedBox): boolean {
  return (
    box.visible &&
    box.width >= MIN_SHOWN_SIDE_PX &&
    box.height >= MIN_SHOWN_SIDE_PX &&
    box.contentWidth > 0 &&
    box.contentHeight > 0
  );
}

/** The rendered box of an element in a live page. */
export function measureRendered(el: Element): RenderedBox {
  const r = el.getBoundingClientRect();
  // checkVisibility: Chromium 121+, Firefox 125+ know both spellings of the options; older, the rect decides.
  const visible =
    typeof el.checkVisibility === 'function'
      ? el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true } as CheckVisibilityOptions)
      : r.width > 0 && r.height > 0;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const c = range.getBoundingClientRect();
  range.detach();
  return { width: r.width, height: r.height, visible, contentWidth: c.width, contentHeight: c.height };
}

/** The blocks a reader can see, in the same order, measuring a few per step. */
export function* shownBlocksSteps<T extends { el: Element }>(blocks: T[], measure: (el: Element) => RenderedBox = measureRendered): Steps<T[]> {
  const shown: T[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0 && i % MEASURES_PER_STEP === 0) yield;
    if (isShownToReader(measure(blocks[i].el))) shown.push(blocks[i]);
  }
  return shown;
}
