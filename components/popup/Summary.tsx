// The argument of the page in two parts. The first screen: title, one thesis sentence, the top themes
// or topics with one sentence each, the key figures ("value — subject"). Behind "More": the counts and
// every theme and topic with the sentences not shown above. Sentences and figures are buttons that
// show the text in the page. Page strings are rendered as text only.
import type { Summary } from '@/lib/analysis';
import { counts, type Group, type Outline } from './figures';

export interface SummaryProps {
  analysis: Summary;
  outline: Outline;
  onReveal(start: number, end: number): void;
}

export function FirstScreen({ analysis, outline, onReveal }: SummaryProps) {
  return (
    <>
      <section class="lead" aria-labelledby="page-title">
        <h2 id="page-title" class="page-title" data-first-screen="title">
          {analysis.title || 'Untitled page'}
        </h2>
        {outline.thesis ? (
          <button type="button" class="sentence thesis" data-first-screen="thesis" onClick={() => onReveal(outline.thesis!.start, outline.thesis!.end)}>
            {outline.thesis.text}
          </button>
        ) : (
          <p class="muted" data-first-screen="thesis">No thesis found.</p>
        )}
      </section>
      {outline.gist.length ? (
        <section class="gist" aria-label="What the article argues">
          <ul>
            {outline.gist.map((g) => (
              <li key={g.sentence.start} class={g.themeId ? 'theme' : 'topic'} data-theme={g.themeId} data-first-screen="gist">
                <span class="label">{g.label}</span>
                <button type="button" class="sentence" onClick={() => onReveal(g.sentence.start, g.sentence.end)}>
                  {g.sentence.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {outline.figures.length ? (
        <section class="key-figures" aria-labelledby="figures-title">
          <h3 id="figures-title">Key figures</h3>
          <ul>
            {outline.figures.map((f) => (
              <li key={f.id} data-first-screen="figure">
                <button type="button" class="figure" data-claim={f.id} onClick={() => onReveal(f.start, f.end)}>
                  {f.line}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The rest of the summary, for the "More" disclosure. */
export function MoreSummary({ analysis, outline, onReveal }: SummaryProps) {
  const n = counts(analysis);
  const inGist = new Set(outline.gist.map((g) => g.themeId));
  return (
    <>
      <dl class="counts">
        <div><dt>Figures</dt><dd data-testid="count-numeric">{n.numeric}</dd></div>
        <div><dt>Strategic claims</dt><dd data-testid="count-strategic">{n.strategic}</dd></div>
        <div><dt>Key claims</dt><dd data-testid="count-key">{n.key}</dd></div>
        <div><dt>Sponsored in article</dt><dd data-testid="count-sponsored-in">{n.sponsoredIn}</dd></div>
        <div><dt>Sponsored beside it</dt><dd data-testid="count-sponsored-beside">{n.sponsoredBeside}</dd></div>
      </dl>
      <h3 id="themes-title">Themes</h3>
      {outline.themes.length === 0 ? <p class="muted">No themes found.</p> : null}
      <ol class="themes" aria-labelledby="themes-title">
        {outline.themes.map((t) => (
          // A theme on the first screen is `li.theme` there; here it carries the rest of its sentences.
          <GroupItem key={t.themeId} group={t} kind={inGist.has(t.themeId!) ? 'theme-rest' : 'theme'} onReveal={onReveal} />
        ))}
      </ol>
      {outline.topics.length ? (
        <>
          <h3 id="topics-title">Also about</h3>
          <ul class="themes" aria-labelledby="topics-title">
            {outline.topics.map((t) => (
              <GroupItem key={t.label} group={t} kind="topic" onReveal={onReveal} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function GroupItem({ group, kind, onReveal }: { group: Group; kind: 'theme' | 'theme-rest' | 'topic'; onReveal(start: number, end: number): void }) {
  return (
    <li class={kind} data-theme={group.themeId}>
      <h4>{group.label}</h4>
      {group.sentences.length ? (
        <ul class="sentences">
          {group.sentences.map((s) => (
            <li key={s.start}>
              <button type="button" class="sentence" data-start={s.start} onClick={() => onReveal(s.start, s.end)}>
                {s.text}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Its sentences are shown above.</p>
      )}
    </li>
  );
}
