// The argument as a tree drawn in SVG: the thesis at the root, themes as branches (thicker for a
// higher score), the figures of each theme as leaves. Every node is a button: it shows that text in the page.
import type { Span } from '@/lib/analysis';
import type { Figure, ThemeView } from './figures';

export interface ArgumentMapProps {
  thesis: Span[];
  themes: ThemeView[];
  onReveal(start: number, end: number): void;
}

const WIDTH = 380;
const ROW = 26;
const NODE_H = 20;
const COLUMNS = { root: { x: 4, w: 104 }, theme: { x: 128, w: 124 }, leaf: { x: 272, w: 104 } };
/** Leaves per theme: the map is an overview, the list below has them all. */
const MAX_LEAVES = 3;
/** Characters that fit in a node at the popup's font size. */
const FIT = { root: 15, theme: 18, leaf: 15 };

/**
 * The words of a text that fit in `n` characters (at least the first word). Whole words, no ellipsis:
 * the visible words then stay part of the node's accessible name (the full text).
 */
function fit(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  let out = words[0] ?? '';
  for (const w of words.slice(1)) {
    if (out.length + 1 + w.length > n) break;
    out += ` ${w}`;
  }
  return out;
}

function leavesOf(theme: ThemeView): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const s of theme.sentences) for (const f of s.figures) if (!seen.has(f.id) && out.length < MAX_LEAVES) (seen.add(f.id), out.push(f));
  return out;
}

export function mapHeight(themes: ThemeView[]): number {
  return Math.max(1, themes.reduce((n, t) => n + Math.max(1, leavesOf(t).length), 0)) * ROW + 8;
}

export function ArgumentMap({ thesis, themes, onReveal }: ArgumentMapProps) {
  const height = mapHeight(themes);
  const maxScore = Math.max(...themes.map((t) => t.score), 1e-9);
  const rootY = height / 2;
  const root = thesis[0];
  let row = 0;
  const branches = themes.map((theme) => {
    const leaves = leavesOf(theme);
    const rows = Math.max(1, leaves.length);
    const top = 4 + row * ROW;
    row += rows;
    const y = top + (rows * ROW) / 2;
    return { theme, y, leaves: leaves.map((f, i) => ({ figure: f, y: top + i * ROW + ROW / 2 })) };
  });
  return (
    <svg class="argument-map" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" height={height} role="group" aria-label="Argument map: thesis, themes and their figures">
      {branches.map(({ theme, y, leaves }) => (
        <g key={`e-${theme.id}`} class="edges" aria-hidden="true">
          <path d={curve(COLUMNS.root.x + COLUMNS.root.w, rootY, COLUMNS.theme.x, y)} stroke-width={1 + (5 * theme.score) / maxScore} />
          {leaves.map((l) => (
            <path key={l.figure.id} d={curve(COLUMNS.theme.x + COLUMNS.theme.w, y, COLUMNS.leaf.x, l.y)} stroke-width={1} />
          ))}
        </g>
      ))}
      <Node kind="root" x={COLUMNS.root.x} y={rootY} w={COLUMNS.root.w} label={root ? fit(root.text, FIT.root) : 'Thesis'} full={root ? `Thesis: ${root.text}` : 'No thesis found'} onActivate={root ? () => onReveal(root.start, root.end) : undefined} />
      {branches.map(({ theme, y, leaves }) => {
        const first = theme.sentences[0];
        return (
          <g key={theme.id}>
            <Node kind="theme" x={COLUMNS.theme.x} y={y} w={COLUMNS.theme.w} label={fit(theme.label, FIT.theme)} full={`Theme: ${theme.label}`} onActivate={first ? () => onReveal(first.start, first.end) : undefined} />
            {leaves.map((l) => (
              <Node key={l.figure.id} kind="leaf" x={COLUMNS.leaf.x} y={l.y} w={COLUMNS.leaf.w} label={fit(l.figure.text, FIT.leaf)} full={`Figure: ${l.figure.value}`} onActivate={() => onReveal(l.figure.start, l.figure.end)} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mx = (x1 + x2) / 2;
  return `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
}

function Node({ kind, x, y, w, label, full, onActivate }: { kind: 'root' | 'theme' | 'leaf'; x: number; y: number; w: number; label: string; full: string; onActivate?: () => void }) {
  const interactive = Boolean(onActivate);
  return (
    <g
      class={`node ${kind}`}
      role={interactive ? 'button' : 'img'}
      tabindex={interactive ? 0 : undefined}
      aria-label={full}
      data-node={kind}
      onClick={onActivate}
      onKeyDown={(e) => {
        if (onActivate && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onActivate();
        }
      }}
    >
      <title>{full}</title>
      <rect x={x} y={y - NODE_H / 2} width={w} height={NODE_H} rx={kind === 'leaf' ? 10 : 4} />
      <text x={x + 6} y={y + 4}>
        {label}
      </text>
    </g>
  );
}
