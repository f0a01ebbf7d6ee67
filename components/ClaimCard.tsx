// The card that explains one claim. A figure: its value in plain terms, what it measures, what the
// sentence compares it with, and its other mentions (a step away). A strategic claim: what kind of
// claim it is, who makes it, the themes it speaks to (or, on none, the article's topics it is about).
// Placed above the claim or below the line after it (lib/highlight/card-place.ts), never over either,
// once it has measured its own size.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Claim } from '../lib/analysis';
import { cardPosition, type Rect, type Size } from '../lib/highlight/card-place';
import { figureFacts, isFigure, mentionChain, strategicFacts, whyMarked, type ArticleContext } from '../lib/highlight/card-facts';
import { KIND_LABELS } from '../lib/highlight/describe';

export type { Rect };

export interface ClaimCardProps {
  claim: Claim;
  /** The box of the text the card points at (the claim, or the mention shown), in viewport coordinates. */
  anchor: Rect;
  /** Height of that text's last line. */
  lineHeight: number;
  viewport: Size;
  context: ArticleContext;
  /** Theme id → label, from the Analysis. */
  themeLabels: ReadonlyMap<string, string>;
  /** "3 of 12" when moving with the keyboard. */
  position?: { index: number; count: number };
  /** Which of the figure's mentions the card points at (0 = the claim itself). */
  mention: number;
  onClose(): void;
  onAddNote(claim: Claim): void;
  /** Points the card at another mention of the figure (scrolls the page to it). */
  onMention(index: number): void;
}

export function ClaimCard(props: ClaimCardProps) {
  const { claim, anchor, lineHeight, viewport, position } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const next = { width: el.offsetWidth, height: el.offsetHeight };
    if (!size || next.width !== size.width || next.height !== size.height) setSize(next);
  });
  const at = size ? cardPosition(anchor, lineHeight, size, viewport) : null;
  const titleId = `lede-card-title-${claim.id}`;
  return (
    <div
      ref={ref}
      class="lede-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-claim-id={claim.id}
      // Hidden until measured, so it never shows for a frame over the text.
      style={at ? { top: `${at.top}px`, left: `${at.left}px` } : { top: '0px', left: '0px', visibility: 'hidden' }}
    >
      {isFigure(claim) ? <FigureBody {...props} titleId={titleId} /> : <StrategicBody {...props} titleId={titleId} />}
      <div class="actions">
        <button type="button" data-action="note" onClick={(e) => e.isTrusted && props.onAddNote(claim)}>
          Add a note
        </button>
        <button type="button" data-action="close" aria-label="Close" onClick={(e) => e.isTrusted && props.onClose()}>
          Close
        </button>
      </div>
      {position ? <p class="meta position">{position.index + 1} of {position.count} · Alt+Shift+N / P to move</p> : null}
    </div>
  );
}

function FigureBody({ claim, context, mention, onMention, titleId }: ClaimCardProps & { titleId: string }) {
  const facts = figureFacts(claim, context);
  const chain = mentionChain(claim, context);
  return (
    <>
      <p class="kind">{KIND_LABELS[claim.kind]}</p>
      <h2 id={titleId} class="value">{facts.value}</h2>
      {facts.subject ? <p class="subject">{facts.subject}</p> : null}
      <Why claim={claim} />
      {facts.comparedWith.length ? (
        <p class="compared">Compared with {facts.comparedWith.map((c) => c.value).join(', ')} in the same sentence</p>
      ) : null}
      {chain.length > 1 ? (
        <div class="mentions" role="group" aria-label="Mentions of this figure">
          <span>In the article {chain.length} times</span>
          <button type="button" data-action="previous-mention" aria-label="Previous mention" disabled={mention === 0} onClick={(e) => e.isTrusted && onMention(mention - 1)}>
            ‹
          </button>
          <span aria-live="polite">
            {mention + 1} of {chain.length}
          </span>
          <button type="button" data-action="next-mention" aria-label="Next mention" disabled={mention >= chain.length - 1} onClick={(e) => e.isTrusted && onMention(mention + 1)}>
            ›
          </button>
        </div>
      ) : null}
    </>
  );
}

/** What the ranking saw in the claim, so the card explains the mark instead of repeating the words. */
function Why({ claim }: { claim: Claim }) {
  const why = whyMarked(claim);
  return why ? (
    <p class="why">
      <span class="meta">Why it matters:</span> {why}
    </p>
  ) : null;
}

function StrategicBody({ claim, themeLabels, context, titleId }: ClaimCardProps & { titleId: string }) {
  const facts = strategicFacts(claim, themeLabels, context);
  return (
    <>
      <h2 id={titleId} class="what">{facts.what}</h2>
      <p class="who">
        <span class="meta">Who says it:</span> {facts.who}
      </p>
      <Why claim={claim} />
      {facts.about.length ? (
        <p class="about">
          <span class="meta">About:</span> {facts.about.join(', ')}
        </p>
      ) : null}
      {facts.themes.length ? (
        <ul class="themes" aria-label="Themes">
          {facts.themes.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
