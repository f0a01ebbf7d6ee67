// The theme table: label, terms and patterns per theme. Patterns are checked (length, validity,
// nested repetition) before anything is saved; the content script uses the saved table on the next page.
import { useEffect, useState } from 'preact/hooks';
import type { ThemeDefinition } from '@/lib/themes/taxonomy';
import { defaultThemeTable, patternProblem, readThemeTable, ThemeTableSchema, themeTableItem } from '@/lib/settings/theme-table';
import { describeIssues } from '@/lib/notes/schema';

type Row = { id: string; label: string; terms: string; patterns: string; party?: ThemeDefinition['party']; frames?: string[] };

const toRow = (t: ThemeDefinition): Row => ({ id: t.id, label: t.label, terms: t.terms.join('\n'), patterns: (t.patterns ?? []).join('\n'), party: t.party, frames: t.frames });
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

export function ThemesEditor() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    void themeTableItem.getValue().then((stored) => setRows((readThemeTable(stored) ?? defaultThemeTable()).map(toRow)));
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
    await themeTableItem.setValue(parsed.data);
    setStatus('Themes saved. Pages opened from now on use them.');
  };
  const reset = async () => {
    await themeTableItem.removeValue();
    setRows(defaultThemeTable().map(toRow));
    setProblems([]);
    setStatus('Default themes restored.');
  };

  return (
    <section class="card" aria-labelledby="themes-h">
      <h2 id="themes-h">Themes</h2>
      <p class="muted">One term or pattern per line. Patterns are regular expressions (case-insensitive), at most 200 characters, without nested repetition such as (a+)+.</p>
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
