// Everything Lede shows in the page, rendered into its closed shadow root.
import type { Claim } from '../lib/analysis';
import { ClaimCard, type Rect } from './ClaimCard';
import { OverviewRuler, type RulerMark } from './OverviewRuler';
import { SponsoredBadge, type SponsoredBadgeProps } from './SponsoredBadge';
import { SHADOW_CSS } from './shadow-styles';

export interface CardModel {
  claim: Claim;
  anchor: Rect;
  position?: { index: number; count: number };
}

export interface LedeUiProps {
  card: CardModel | null;
  marks: readonly RulerMark[];
  badges: readonly SponsoredBadgeProps[];
  themeLabels: ReadonlyMap<string, string>;
  viewport: { width: number; height: number };
  /** Read by screen readers when the current claim changes. */
  announcement: string;
  onCloseCard(): void;
  onAddNote(claim: Claim): void;
  onSelectMark(id: string): void;
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
      {props.marks.length ? <OverviewRuler marks={props.marks} onSelect={props.onSelectMark} /> : null}
      {card ? (
        <ClaimCard
          key={card.claim.id}
          claim={card.claim}
          anchor={card.anchor}
          position={card.position}
          viewport={props.viewport}
          themeLabels={props.themeLabels}
          onClose={props.onCloseCard}
          onAddNote={props.onAddNote}
        />
      ) : null}
      <div class="visually-hidden" role="status" aria-live="polite">
        {props.announcement}
      </div>
    </div>
  );
}
