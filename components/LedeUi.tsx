// Everything Lede shows in the page, rendered into its closed shadow root.
import type { Claim } from '../lib/analysis';
import type { ArticleContext } from '../lib/highlight/card-facts';
import { ClaimBars, type ClaimBar } from './ClaimBars';
import { ClaimCard, type Rect } from './ClaimCard';
import { OverviewRuler, type RulerMark } from './OverviewRuler';
import { SponsoredBadge, type SponsoredBadgeProps } from './SponsoredBadge';
import { SHADOW_CSS } from './shadow-styles';

export interface CardModel {
  claim: Claim;
  /** The box of the text the card points at: the claim, or the mention of it shown. */
  anchor: Rect;
  lineHeight: number;
  position?: { index: number; count: number };
  /** Which mention of the figure the card points at (0 = the claim itself). */
  mention: number;
}

export interface LedeUiProps {
  card: CardModel | null;
  marks: readonly RulerMark[];
  bars: readonly ClaimBar[];
  badges: readonly SponsoredBadgeProps[];
  themeLabels: ReadonlyMap<string, string>;
  context: ArticleContext;
  viewport: { width: number; height: number };
  /** Read by screen readers when the current claim changes. */
  announcement: string;
  onCloseCard(): void;
  onAddNote(claim: Claim): void;
  onSelectMark(id: string): void;
  onOpenBar(id: string): void;
  onMention(index: number): void;
}

export function LedeUi(props: LedeUiProps) {
  const { card } = props;
  return (
    <div class="lede-ui">
      <style>{SHADOW_CSS}</style>
      <div class="lede-badges">
        {props.badges.map((b) => (
          <SponsoredBadge key={b.id} {...b} />
        ))}
      </div>
      <ClaimBars bars={props.bars} current={card?.claim.id ?? null} onOpen={props.onOpenBar} />
      <div class="lede-viewport">
        {props.marks.length ? <OverviewRuler marks={props.marks} onSelect={props.onSelectMark} /> : null}
        {card ? (
          <ClaimCard
            key={card.claim.id}
            claim={card.claim}
            anchor={card.anchor}
            lineHeight={card.lineHeight}
            position={card.position}
            mention={card.mention}
            viewport={props.viewport}
            context={props.context}
            themeLabels={props.themeLabels}
            onClose={props.onCloseCard}
            onAddNote={props.onAddNote}
            onMention={props.onMention}
          />
        ) : null}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        {props.announcement}
      </div>
    </div>
  );
}
