// The one <style> Lede adds to the page: ::highlight() rules and the sponsored-block outline.
// Underline styles tell kinds apart without relying on colour alone (wavy, dotted, double...).
//
// The highlight rules apply only to elements marked with HIGHLIGHTED_ATTRIBUTE (the parents of the text
// Lede draws on). A bare `::highlight(x)` rule matches every element, and adding it restyles the whole
// page: ~160 ms on a 15 MB article in Chromium, in one frame. Keyed on an attribute no element has yet,
// the rule restyles nothing when it goes in, and marking a dozen elements restyles just those. The mark
// is on each text node's own parent because Firefox does not pass ::highlight() styles down to children.
import { CLAIM_KIND_RECORDS, CLAIM_KINDS } from '../claim-kinds';
import { CURRENT_HIGHLIGHT, highlightName } from './names';

export const SPONSORED_ATTRIBUTE = 'data-lede-sponsored';
export const HIGHLIGHTED_ATTRIBUTE = 'data-lede-highlight';

export function highlightCss(): string {
  // Underline styles per kind: lib/claim-kinds.ts.
  const rules = CLAIM_KINDS.map((kind) => {
    const { line, color } = CLAIM_KIND_RECORDS[kind].style;
    return `[${HIGHLIGHTED_ATTRIBUTE}]::highlight(${highlightName(kind)}){text-decoration:underline ${line} ${color};text-decoration-thickness:2px;text-underline-offset:3px}`;
  });
  rules.push(`[${HIGHLIGHTED_ATTRIBUTE}]::highlight(${CURRENT_HIGHLIGHT}){background-color:rgba(255,200,0,.35);color:inherit}`);
  // The reader's notes and the passage the popup reveals are not highlights: they are drawn inside
  // Lede's closed shadow root, where page script cannot read them (components/page/text-boxes.ts).
  rules.push(`[${SPONSORED_ATTRIBUTE}]{outline:2px dashed #cf222e !important;outline-offset:2px}`);
  return rules.join('\n');
}
