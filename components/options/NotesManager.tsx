// All notes: search by text, tag and site; export (W3C JSON, Markdown) as a download; import a JSON
// file with validation, a preview and a merge (a bad file gets a clear message and changes nothing).
import { useEffect, useState } from 'preact/hooks';
import { lastExportAt, rememberExportAt } from '@/lib/settings/last-export';
import { ImportAnswerSchema, NotesAnswerSchema, NotesErrorSchema, SettingsAnswerSchema, type ImportSummary } from '@/lib/notes/messages';
import type { Note } from '@/lib/notes/schema';
import { toBackground } from '@/components/popup/talk';
import { exportPieces, sendImport } from './notes-transfer';

/** Remind the reader to export when the last export is older than this (or never happened). */
export const EXPORT_REMINDER_DAYS = 30;
const SHOWN = 200;

function download(parts: string[], name: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function NotesManager() {
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [site, setSite] = useState('');
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [total, setTotal] = useState(0);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<{ text: string; name: string; summary: ImportSummary; upload?: string } | null>(null);
  const [problems, setProblems] = useState('');
  const [lastExport, setLastExport] = useState<number | null | undefined>(undefined);
  const [allowPrivate, setAllowPrivate] = useState(false);

  const search = async () => {
    // Only the notes shown are sent; the answer says how many match in all.
    const answer = NotesAnswerSchema.safeParse(await toBackground({ type: 'lede:notes:search', text: text || undefined, tag: tag || undefined, site: site || undefined, limit: SHOWN }));
    setNotes(answer.success ? answer.data.notes : []);
    setTotal(answer.success ? answer.data.total : 0);
  };
  useEffect(() => {
    void search();
  }, [text, tag, site]);
  useEffect(() => {
    void lastExportAt().then(setLastExport);
    void toBackground({ type: 'lede:notes:settings' }).then((a) => {
      const p = SettingsAnswerSchema.safeParse(a);
      if (p.success) setAllowPrivate(p.data.settings.allowPrivate);
    });
  }, []);

  const exportAs = async (format: 'json' | 'markdown') => {
    setStatus('Exporting…');
    const answer = await exportPieces(toBackground, format, (n) => n > 1 && setStatus(`Exporting… (part ${n})`));
    if (!answer.ok) return setStatus(`Export failed: ${answer.error}`);
    const day = new Date().toISOString().slice(0, 10);
    download(answer.pieces, `lede-notes-${day}.${format === 'json' ? 'json' : 'md'}`, format === 'json' ? 'application/ld+json' : 'text/markdown');
    const now = Date.now();
    await rememberExportAt(now);
    setLastExport(now);
    setStatus(`Exported ${format === 'json' ? 'JSON' : 'Markdown'}.`);
  };

  const choose = async (file: File | undefined) => {
    setProblems('');
    setPending(null);
    if (!file) return;
    const fileText = await file.text();
    setStatus('Checking the file…');
    const { answer, upload } = await sendImport(toBackground, fileText, true);
    setStatus('');
    const ok = ImportAnswerSchema.safeParse(answer);
    if (ok.success) return setPending({ text: fileText, name: file.name, summary: ok.data.summary, upload });
    const error = NotesErrorSchema.safeParse(answer);
    setProblems(error.success ? error.data.error : 'This file could not be read as exported notes. Nothing was changed.');
  };

  const applyImport = async () => {
    if (!pending) return;
    setPending(null);
    setStatus('Importing…');
    const { answer } = await sendImport(toBackground, pending.text, false, pending.upload);
    const ok = ImportAnswerSchema.safeParse(answer);
    if (!ok.success) {
      const error = NotesErrorSchema.safeParse(answer);
      setStatus('');
      return setProblems(error.success ? error.data.error : 'Import failed. Nothing was changed.');
    }
    const s = ok.data.summary;
    setStatus(`Imported: ${s.added} added, ${s.updated} updated, ${s.skipped} already here.`);
    await search();
  };

  const remind = lastExport !== undefined && total > 0 && (lastExport === null || Date.now() - lastExport > EXPORT_REMINDER_DAYS * 86_400_000);
  return (
    <section class="card" aria-labelledby="notes-h">
      <h2 id="notes-h">All notes</h2>
      {remind ? (
        <p class="card reminder" data-testid="export-reminder">
          {lastExport === null ? 'You have never exported your notes.' : `Your last export was more than ${EXPORT_REMINDER_DAYS} days ago.`} They live only in this browser: export them now and then.
        </p>
      ) : null}
      <div class="search">
        <div>
          <label for="q-text">Search text</label>
          <input id="q-text" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <div>
          <label for="q-tag">Tag</label>
          <input id="q-tag" value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
        </div>
        <div>
          <label for="q-site">Site</label>
          <input id="q-site" value={site} onInput={(e) => setSite(e.currentTarget.value)} />
        </div>
      </div>
      <div class="row">
        <button type="button" onClick={() => void exportAs('json')}>Export JSON (W3C)</button>
        <button type="button" onClick={() => void exportAs('markdown')}>Export Markdown</button>
        <label class="row" style={{ margin: 0, alignItems: 'center' }}>
          Import JSON file
          <input type="file" accept=".json,application/json,application/ld+json" data-testid="import-file" style={{ width: 'auto' }} onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {pending ? (
        <div class="import-preview" data-testid="import-preview">
          <p>
            {pending.name}: {pending.summary.added} to add, {pending.summary.updated} to update, {pending.summary.skipped} already here.
          </p>
          <ul>
            {pending.summary.sample.map((s, i) => <li key={i}>{s}</li>)}
          </ul>
          <div class="row">
            <button type="button" class="primary" onClick={() => void applyImport()}>Merge into my notes</button>
            <button type="button" onClick={() => setPending(null)}>Cancel</button>
          </div>
        </div>
      ) : null}
      {problems ? <p class="problems" role="alert" data-testid="import-error">{problems}</p> : null}
      <p class="status" role="status">{status}</p>
      <label class="row" style={{ alignItems: 'center' }}>
        <input
          type="checkbox"
          style={{ width: 'auto' }}
          checked={allowPrivate}
          onChange={async (e) => {
            const next = e.currentTarget.checked;
            const a = SettingsAnswerSchema.safeParse(await toBackground({ type: 'lede:notes:settings', allowPrivate: next }));
            if (a.success) setAllowPrivate(a.data.settings.allowPrivate);
          }}
        />
        Keep notes written in private windows
      </label>
      <p class="muted" data-testid="note-count">{notes === null ? 'Loading…' : `${total} note${total === 1 ? '' : 's'}`}</p>
      <ul class="note-list">
        {(notes ?? []).slice(0, SHOWN).map((n) => (
          <li class="note" key={n.id} data-note-id={n.id}>
            <p>
              <a href={n.url} target="_blank" rel="noreferrer">{n.title || n.url}</a>
            </p>
            {n.target.kind === 'passage' ? <p class="quote">“{n.target.quote.exact}”</p> : null}
            <p class="body">{n.body}</p>
            {n.tags.length ? <ul class="tags" aria-label="Tags">{n.tags.map((t) => <li key={t}>{t}</li>)}</ul> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
