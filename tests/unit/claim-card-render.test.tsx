// @vitest-environment happy-dom
// The strategic card as rendered: the themes a claim speaks to, or else the article's topics it is about.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import type { Claim } from '@/lib/analysis';
import { ClaimCard } from '@/components/ClaimCard';
import type { ArticleContext } from '@/lib/highlight/card-facts';

const TEXT = 'Freight rates on the northern route will likely double by spring, the hauliers warned.';
const claim: Claim = { id: 's1', kind: 'strategic', text: TEXT, start: 0, end: TEXT.length, type: 'prediction', hedged: true, source: 'the hauliers', themes: [], rank: 1, key: true };
/** Topics whose sentences take in the claim: "freight rates" does, "ferry timetable" (later in the article) does not. */
const context: ArticleContext = {
  text: TEXT,
  within: () => [],
  byId: () => undefined,
  topicsAt: (start, end) => [{ label: 'freight rates', start: 0, end: TEXT.length }, { label: 'ferry timetable', start: 200, end: 260 }].filter((t) => t.start < end && start < t.end).map((t) => t.label),
};

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function cardText(c: Claim, themeLabels: ReadonlyMap<string, string>): string {
  root = document.createElement('div');
  document.body.append(root);
  const noop = () => undefined;
  render(
    <ClaimCard claim={c} anchor={{ top: 300, bottom: 320, left: 10, right: 400 }} lineHeight={20} viewport={{ width: 1000, height: 800 }} context={context} themeLabels={themeLabels} mention={0} onClose={noop} onAddNote={noop} onMention={noop} />,
    root,
  );
  return root.textContent ?? '';
}

describe('the strategic card', () => {
  it('on no theme, says which of the article’s topics the claim is about', () => {
    const text = cardText(claim, new Map());
    expect(text).toContain('A hedged prediction');
    expect(text).toContain('Who says it: the hauliers');
    expect(text).toContain('About: freight rates');
    expect(text).not.toContain('ferry timetable');
  });

  it('on a theme, names the theme and leaves the topics out', () => {
    const text = cardText({ ...claim, themes: ['cost-risk'] }, new Map([['cost-risk', 'Cost risk']]));
    expect(text).toContain('Cost risk');
    expect(text).not.toContain('About:');
  });
});
