// Sites where Lede is off: the default sensitive sites (webmail, banking, documents) unless turned
// back on, plus the reader's own entries. Kept by the background (lede:settings:sites), which answers
// each page's content script about its own site only.
import { useEffect, useState } from 'preact/hooks';
import { SENSITIVE_SITES } from '@/lib/settings/sensitive-sites';
import { SitesAnswerSchema } from '@/lib/settings/messages';
import type { SiteSettings } from '@/lib/messages';
import { toBackground } from '@/components/popup/talk';

interface SiteRow {
  host: string;
  kind: string;
  off: boolean;
}

/** Every site's settings, after saving `enabled` for `host` when given (null: back to the default). */
async function sites(host?: string, enabled?: boolean | null): Promise<Record<string, SiteSettings>> {
  const answer = await toBackground({ type: 'lede:settings:sites', ...(host ? { host, change: { enabled } } : {}) });
  const parsed = SitesAnswerSchema.safeParse(answer);
  return parsed.success ? parsed.data.sites : {};
}

function toRows(sites: Record<string, SiteSettings>): SiteRow[] {
  const stored = new Map(Object.entries(sites).map(([host, s]) => [host, s.enabled]));
  const rows: SiteRow[] = SENSITIVE_SITES.map((s) => ({ host: s.domain, kind: s.kind, off: stored.get(s.domain) !== true }));
  for (const [host, enabled] of stored) if (enabled === false && !SENSITIVE_SITES.some((s) => s.domain === host)) rows.push({ host, kind: 'yours', off: true });
  return rows;
}

const HOST = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

export function SitesEditor() {
  const [rows, setRows] = useState<SiteRow[] | null>(null);
  const [entry, setEntry] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => void sites().then((all) => setRows(toRows(all))), []);

  const set = async (host: string, enabled: boolean | null) => setRows(toRows(await sites(host, enabled)));
  const add = async () => {
    let host = entry.trim().toLowerCase();
    try {
      if (host.includes('/')) host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      /* checked below */
    }
    if (!HOST.test(host)) return setStatus('Enter a host name such as news.example.com.');
    await set(host, false);
    setEntry('');
    setStatus(`Lede is now off on ${host}.`);
  };

  return (
    <section class="card" aria-labelledby="sites-h">
      <h2 id="sites-h">Sites where Lede is off</h2>
      <div class="row" style={{ alignItems: 'end' }}>
        <div style={{ flex: 1 }}>
          <label for="site-entry">Add a site (host name)</label>
          <input id="site-entry" value={entry} onInput={(e) => setEntry(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && void add()} />
        </div>
        <button type="button" onClick={() => void add()}>Turn Lede off there</button>
      </div>
      <p class="status" role="status">{status}</p>
      <ul class="sites">
        {(rows ?? []).map((r) => (
          <li key={r.host}>
            <span>
              {r.host} <span class="muted">({r.kind === 'yours' ? 'added by you' : r.kind})</span>
            </span>
            {r.kind === 'yours' ? (
              <button type="button" onClick={() => void set(r.host, null)}>Remove</button>
            ) : (
              <label class="row" style={{ margin: 0 }}>
                <input type="checkbox" style={{ width: 'auto' }} checked={r.off} onChange={(e) => void set(r.host, e.currentTarget.checked ? null : true)} /> Off
              </label>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
