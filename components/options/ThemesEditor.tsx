// The theme table: label, terms and patterns per theme. Patterns are checked (length, validity,
// nested repetition) before anything is saved; the background uses the saved table from the next page on,
// and names here the patterns it switched off for taking too long on an article.
import { useEffect, useState } from 'preact/hooks';
import type { ThemeDefinition } from '@/lib/themes/taxonomy';
import { defaultThemeTable, patternProblem, ThemeTableSchema } from '@/lib/settings/theme-table';
import { SettingsErrorSchema, ThemesAnswerSchema } from '@/lib/settings/messages';
import type { PatternReport } from '@/lib/settings/settings-db';
import { describeIssues } from '@/lib/notes/schema';
import { toBackground } from '@/components/popup/talk';

type Row = { id: string; label: string; terms: string; patterns: string; party?: ThemeDefinition['party']; frames?: string[] };

const toRow = (t: ThemeDefinition): Row => ({ id: t.id, label: t.label, terms: t.terms.join('\n'), patterns: (t.patterns ?? []).join('\n'), party: t.party, frames: t.frames });
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** The stored table and reports, after saving `table` when given (null: the defaults); an error's text otherwise. */
async function themes(table?: ThemeDefinition[] | null): Promise<{ table: ThemeDefinition[] | null; reports: PatternReport[] } | string> {
  const answer = await toBackground({ type: 'lede:settings:themes', ...(table !== undefined ? { table } : {}) });
  const parsed = ThemesAnswerSchema.safeParse(answer);
  if (parsed.success) return parsed.data;
  const error = SettingsErrorSchema.safeParse(answer);
  return error.success ? error.data.error : 'The themes could not be read or saved.';
}

export function ThemesEditor() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [reports, setReports] = useState<PatternReport[]>([]);

  useEffect(() => {
    void themes().then((stored) => {
      const table = typeof stored === 'string' ? null : stored.table;
      setRows((table ?? defaultThemeTable()).map(toRow));
      if (typeof stored !== 'string') setReports(stored.reports);
    });
  }, []);
  if (!rows) return <section class="card" aria-busy="true" aria-label="Themes" style={{ minHeight: '120px' }} />;

  const update = (i: number, change: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const save = async () => {
    const table = rows.map((r) => ({ id: r.id.trim(), label: r.label.trim(), terms: lines(r.terms), patterns: lines(r.patterns), ...(r.party ? { party: r.party } : {}), ...(r.frames ? { frames: r.frames } : {}) }));
    const found: string[] = [];
    table.forEach((t) => t.patterns.forEach((p) => {
      const problem = patternProblem(p);
      if (problem) found.push(`${t.label || t.id}: ${p.slice(0, 60)} — ${problem}`);
    }));
    const parsed = ThemeTableSchema.safeParse(table);
    if (!parsed.success && !found.length) found.push(...describeIssues(parsed.error).slice(0, 8).map((i) => `${i.path}: ${i.message}`));
    setProblems(found);
    if (found.length || !parsed.success) return setStatus('Not saved: fix the problems below.');
    const saved = await themes(parsed.data);
    if (typeof saved === 'string') return setStatus(`Not saved: ${saved}`);
    setReports(saved.reports);
    setStatus('Themes saved. Pages opened from now on use them.');
  };
  const reset = async () => {
    const saved = await themes(null);
    if (typeof saved === 'string') return setStatus(`Not restored: ${saved}`);
    setRows(defaultThemeTable().map(toRow));
    setReports(saved.reports);
    setProblems([]);
    setStatus('Default themes restored.');
  };

  return (
    <section class="card" aria-labelledby="themes-h">
      <h2 id="themes-h">Themes</h2>
      <p class="muted">One term or pattern per line. Patterns are regular expressions (case-insensitive), at most 200 characters, without nested repetition such as (a+)+.</p>
      {reports.length ? (
        <div class="problems" role="alert" data-testid="pattern-reports">
          <ul>
            {reports.map((r) => (
              <li key={r.pattern}>
                The pattern <code>{r.pattern.slice(0, 80)}</code> ({r.themes.join(', ') || 'no theme'}) took too long on {r.site} and was switched off. Change or remove it and save to use the theme's other rules only.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {rows.map((r, i) => (
        <div class="theme-edit" key={i} data-theme-row={r.id}>
          <div class="search">
            <div>
              <label for={`t-label-${i}`}>Label</label>
              <input id={`t-label-${i}`} value={r.label} onInput={(e) => update(i, { label: e.currentTarget.value })} />
            </div>
            <div>
              <label for={`t-id-${i}`}>Id</label>
              <input id={`t-id-${i}`} value={r.id} onInput={(e) => update(i, { id: e.currentTarget.value })} />
            </div>
            <div class="row" style={{ alignItems: 'end' }}>
              <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>Remove theme</button>
            </div>
          </div>
          <label for={`t-terms-${i}`}>Terms</label>
          <textarea id={`t-terms-${i}`} value={r.terms} onInput={(e) => update(i, { terms: e.currentTarget.value })} />
          <label for={`t-patterns-${i}`}>Patterns</label>
          <textarea id={`t-patterns-${i}`} value={r.patterns} onInput={(e) => update(i, { patterns: e.currentTarget.value })} />
        </div>
      ))}
      <div class="row">
        <button type="button" onClick={() => setRows([...rows, { id: `theme-${rows.length + 1}`, label: 'New theme', terms: '', patterns: '' }])}>Add theme</button>
        <button type="button" class="primary" onClick={() => void save()}>Save themes</button>
        <button type="button" onClick={() => void reset()}>Restore defaults</button>
      </div>
      <p class="status" role="status">{status}</p>
      {problems.length ? (
        <div class="problems" role="alert" data-testid="theme-problems">
          <ul>
            {problems.map((p, i) => <li key={i}>{p}</li>)}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
