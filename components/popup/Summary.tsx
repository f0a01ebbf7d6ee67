// The argument of the page: title and site, thesis, counts, themes ranked with their sentences and
// the figures inside them, and the argument map. Sentences and figures are buttons that show the text in the page.
import type { Analysis } from '@/lib/analysis';
import { ArgumentMap } from './ArgumentMap';
import { counts, rankedThemes, siteLabel } from './figures';

export interface SummaryProps {
  analysis: Analysis;
  onReveal(start: number, end: number): void;
}

export function Summary({ analysis, onReveal }: SummaryProps) {
  const themes = rankedThemes(analysis);
  const n = counts(analysis);
  return (
    <>
      <section class="card" aria-labelledby="page-title">
        <h2 id="page-title" class="page-title">{analysis.title || 'Untitled page'}</h2>
        <p class="muted">{siteLabel(analysis)}</p>
        <dl class="counts">
          <div><dt>Figures</dt><dd data-testid="count-numeric">{n.numeric}</dd></div>
          <div><dt>Strategic claims</dt><dd data-testid="count-strategic">{n.strategic}</dd></div>
          <div><dt>Sponsored in article</dt><dd data-testid="count-sponsored-in">{n.sponsoredIn}</dd></div>
          <div><dt>Sponsored beside it</dt><dd data-testid="count-sponsored-beside">{n.sponsoredBeside}</dd></div>
        </dl>
      </section>
      <section class="card" aria-labelledby="thesis-title">
        <h2 id="thesis-title">Thesis</h2>
        {analysis.thesis.length ? (
          <ol class="sentences">
            {analysis.thesis.map((s) => (
              <li key={s.start}>
                <button type="button" class="sentence" onClick={() => onReveal(s.start, s.end)}>{s.text}</button>
              </li>
            ))}
          </ol>
        ) : (
          <p class="muted">No thesis found.</p>
        )}
      </section>
      <section class="card" aria-labelledby="themes-title">
        <h2 id="themes-title">Themes</h2>
        {themes.length === 0 ? <p class="muted">No themes found.</p> : null}
        <ol class="themes">
          {themes.map((t, i) => (
            <li key={t.id} class="theme" data-theme={t.id}>
              <h3>
                <span class="rank">{i + 1}.</span> {t.label} <span class="score" aria-label={`score ${t.score.toFixed(2)}`}>{t.score.toFixed(2)}</span>
              </h3>
              <ul class="sentences">
                {t.sentences.map((s) => (
                  <li key={s.start}>
                    <button type="button" class="sentence" data-start={s.start} onClick={() => onReveal(s.start, s.end)}>{s.text}</button>
                    {s.figures.length ? (
                      <ul class="figures" aria-label="Figures in this sentence">
                        {s.figures.map((f) => (
                          <li key={f.id}>
                            <button type="button" class="figure" onClick={() => onReveal(f.start, f.end)}>{f.value}</button>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      {themes.length ? (
        <section class="card" aria-labelledby="map-title">
          <h2 id="map-title">Argument map</h2>
          <ArgumentMap thesis={analysis.thesis} themes={themes} onReveal={onReveal} />
        </section>
      ) : null}
    </>
  );
}
