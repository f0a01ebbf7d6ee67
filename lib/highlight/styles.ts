// The one <style> Lede adds to the page: ::highlight() rules and the sponsored-block outline.
// Underline styles tell kinds apart without relying on colour alone (wavy, dotted, double...).
import { CLAIM_KIND_RECORDS, CLAIM_KINDS } from '../claim-kinds';
import { CURRENT_HIGHLIGHT, highlightName } from './names';

export const SPONSORED_ATTRIBUTE = 'data-lede-sponsored';

export function highlightCss(): string {
  // Underline styles per kind: lib/claim-kinds.ts.
  const rules = CLAIM_KINDS.map((kind) => {
    const { line, color } = CLAIM_KIND_RECORDS[kind].style;
    return `::highlight(${highlightName(kind)}){text-decoration:underline ${line} ${color};text-decoration-thickness:2px;text-underline-offset:3px}`;
  });
  rules.push(`::highlight(${CURRENT_HIGHLIGHT}){background-color:rgba(255,200,0,.35);color:inherit}`);
  // The reader's notes and the passage the popup reveals are not highlights: they are drawn inside
  // Lede's closed shadow root, where page script cannot read them (components/page/text-boxes.ts).
  rules.push(`[${SPONSORED_ATTRIBUTE}]{outline:2px dashed #cf222e !important;outline-offset:2px}`);
  return rules.join('\n');
}
