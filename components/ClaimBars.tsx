// Thin bars in the margin beside strategic claims: a quiet mark that says "an argument is made here"
// without underlining whole paragraphs. Document coordinates (the layer sits at the document's
// origin), so bars scroll with their sentences. Pointing at a bar or clicking it opens the claim's card.
export interface ClaimBar {
  id: string;
  /** Document coordinates of the sentence's first line top, its last line bottom, and the margin's x. */
  top: number;
  height: number;
  left: number;
  label: string;
}

export interface ClaimBarsProps {
  bars: readonly ClaimBar[];
  /** The claim whose card is open: its bar is drawn stronger. */
  current: string | null;
  onOpen(id: string): void;
}

export function ClaimBars({ bars, current, onOpen }: ClaimBarsProps) {
  return (
    <div class="lede-bars">
      {bars.map((b) => (
        <button
          type="button"
          key={b.id}
          class="lede-bar"
          data-claim-id={b.id}
          data-current={b.id === current ? 'true' : undefined}
          aria-label={b.label}
          title={b.label}
          style={{ top: `${b.top}px`, left: `${b.left}px`, height: `${b.height}px` }}
          onPointerEnter={(e) => e.isTrusted && onOpen(b.id)}
          onClick={(e) => e.isTrusted && onOpen(b.id)}
        />
      ))}
    </div>
  );
}
