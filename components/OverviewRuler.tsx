// A thin strip at the window's right edge with a mark for every claim and sponsored block, placed at
// its position in the document. A mark is a button: clicking it scrolls there.
import type { HighlightGroup } from '../lib/messages';

export interface RulerMark {
  /** Claim or sponsored id. */
  id: string;
  group: HighlightGroup;
  /** 0–100: the target's top as a share of the document's height. */
  topPct: number;
  label: string;
}

export interface OverviewRulerProps {
  marks: readonly RulerMark[];
  onSelect(id: string): void;
}

export function OverviewRuler({ marks, onSelect }: OverviewRulerProps) {
  return (
    <nav class="lede-ruler" aria-label="Lede: claims in this article">
      {marks.map((m) => (
        <button
          type="button"
          key={m.id}
          class="lede-mark"
          data-id={m.id}
          data-group={m.group}
          aria-label={m.label}
          title={m.label}
          style={{ top: `${m.topPct}%` }}
          onClick={(e) => e.isTrusted && onSelect(m.id)}
        />
      ))}
    </nav>
  );
}
