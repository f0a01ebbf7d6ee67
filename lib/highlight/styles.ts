// The one <style> Lede adds to the page: ::highlight() rules and the sponsored-block outline.
// Underline styles tell kinds apart without relying on colour alone (wavy, dotted, double...).
import type { ClaimKind } from '../analysis';
import { CURRENT_HIGHLIGHT, highlightName } from './names';

interface KindStyle {
  line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
  color: string;
}

/** How each kind is underlined. Money and percent, the most read figures, get the boldest lines. */
export const KIND_STYLES: Record<ClaimKind, KindStyle> = {
  money: { line: 'double', color: '#1a7f37' },
  percent: { line: 'solid', color: '#0969da' },
  quantity: { line: 'dashed', color: '#8250df' },
  count: { line: 'dotted', color: '#8250df' },
  date: { line: 'dotted', color: '#9a6700' },
  number: { line: 'dotted', color: '#57606a' },
  strategic: { line: 'wavy', color: '#bc4c00' },
};

export const SPONSORED_ATTRIBUTE = 'data-lede-sponsored';

export function highlightCss(): string {
  const rules = (Object.keys(KIND_STYLES) as ClaimKind[]).map((kind) => {
    const { line, color } = KIND_STYLES[kind];
    return `::highlight(${highlightName(kind)}){text-decoration:underline ${line} ${color};text-decoration-thickness:2px;text-underline-offset:3px}`;
  });
  rules.push(`::highlight(${CURRENT_HIGHLIGHT}){background-color:rgba(255,200,0,.35);color:inherit}`);
  // The reader's notes (drawn by the notes module) and the passage the popup just revealed.
  rules.push('::highlight(lede-notes){background-color:rgba(255,214,0,.35);color:inherit}');
  rules.push('::highlight(lede-flash){background-color:rgba(9,105,218,.3);color:inherit}');
  rules.push(`[${SPONSORED_ATTRIBUTE}]{outline:2px dashed #cf222e !important;outline-offset:2px}`);
  return rules.join('\n');
}
