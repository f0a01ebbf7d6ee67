// A thin strip at the window's right edge with a mark for every claim and sponsored block, placed at
// its position in the document (lib/highlight/ruler.ts thins them on very long articles). A mark is a
// button: clicking it scrolls there.
import type { RulerMark } from '../lib/highlight/ruler';

export type { RulerMark };

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
