// The compiled `lede` command, run as a user runs it (it is built on install; built here if missing).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'bin/dist/lede.mjs';
let dir: string;

const ARTICLE = `<!doctype html><html lang="en"><head><title>Tram line opens</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Tram line opens</h1>
<p>The city opened its third tram line on Friday after four years of works that cost €410 million, roughly 30% over budget.</p>
<p>Planners expect 45,000 riders a day by 2027, although critics say the forecast assumes fares stay frozen.</p>
<p>Work on the route began in 2021 and was meant to finish in eighteen months, but utility relocations under the old market square and a dispute with the main contractor stretched the schedule and pushed the bill well past the figure approved by the council.</p>
<p>Residents along the corridor, who endured years of closed streets and detours, were offered free travel for the first month of service, and shops that lost trade during construction can still apply for compensation until the end of the year.</p>
<p>The operator ordered 24 low-floor trams and plans a fourth line into 2030, depending on regional funding.</p>
</article></body></html>`;

function lede(args: string[], input = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, out, err) => {
      // An exit code other than 0 is an answer here; only a process that could not run is a failure.
      if (error && typeof error.code !== 'number') fail(error);
      else done({ code: child.exitCode, out, err });
    });
    child.stdin!.end(input);
  });
}

beforeAll(() => {
  // Always from the current sources: the copy built on install may be older than lib/.
  execFileSync(process.execPath, ['bin/build.mjs']);
  dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
  writeFileSync(join(dir, 'a.html'), ARTICLE);
  writeFileSync(join(dir, 'b.html'), ARTICLE.replace('third', 'second'));
  writeFileSync(join(dir, 'data.bin'), Buffer.from([0, 1, 2, 3, 0, 255]));
  writeFileSync(join(dir, 'notes.txt'), 'just some words, no markup');
  writeFileSync(join(dir, 'locked.html'), ARTICLE);
  chmodSync(join(dir, 'locked.html'), 0o000);
});

describe('lede analyze', () => {
  it('prints one pretty JSON Analysis for one file', async () => {
    const r = await lede(['analyze', '--url', 'https://example.test/tram', join(dir, 'a.html')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('\n  "url"');
    const a = JSON.parse(r.out);
    expect(a.url).toBe('https://example.test/tram');
    expect(a.article.text).toContain('third tram line');
    expect(a.article.text).not.toContain('Home');
  });

  it('prints an array for several files, with errors in place, and exits 1', async () => {
    const files = ['a.html', 'missing.html', 'data.bin', 'notes.txt', 'b.html'].map((f) => join(dir, f));
    const r = await lede(['analyze', ...files]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.map((o: { file: string }) => o.file)).toEqual(files);
    expect(out[0].article.text).toContain('third');
    expect(out[1].error).toMatch(/cannot read: no such file/);
    expect(out[2].error).toMatch(/not an HTML document/);
    expect(out[3].error).toMatch(/not an HTML document/);
    expect(out[4].article.text).toContain('second');
  });

  it('reports an unreadable file and goes on', async () => {
    const r = await lede(['analyze', '--jsonl', join(dir, 'locked.html'), dir, join(dir, 'a.html')]);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1].error).toBe('cannot read: is a directory');
    expect(lines[2].article.text).toContain('third');
    expect(r.code).toBe(1);
    // root reads files whatever their mode: the permission case only shows for other users.
    if (process.getuid?.() !== 0) {
      expect(lines[0].error).toMatch(/permission denied/);
    }
  });

  it('writes one line per file with --jsonl, and reads stdin with -', async () => {
    const r = await lede(['analyze', '--jsonl', '-', join(dir, 'b.html')], ARTICLE);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['-', join(dir, 'b.html')]);
  });

  it('puts a single file error on stderr', async () => {
    const r = await lede(['analyze', join(dir, 'missing.html')]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(JSON.parse(r.err)).toEqual({ file: join(dir, 'missing.html'), error: 'cannot read: no such file' });
  });

  it('refuses --url with several files, and unknown options', async () => {
    const runs = await Promise.all([['analyze', '--url', 'https://x.test/', 'a', 'b'], ['analyze', '--frobnicate', 'a'], ['nonsense']].map((args) => lede(args)));
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
  });

  it('refuses a --url without a value', async () => {
    for (const r of await Promise.all([['--url'], ['--url=', 'a']].map((args) => lede(['analyze', ...args])))) {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/usage: lede analyze/);
    }
  });

  it('takes what follows -- as files, even when it looks like an option', async () => {
    const r = await lede(['analyze', '--jsonl', '--', '--odd.html']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ file: '--odd.html', error: 'cannot read: no such file' });
  });
});

describe('lede claims', () => {
  it('answers every line in order, echoing ids, with an error line for bad input', async () => {
    const input = [
      JSON.stringify({ text: 'Tickets rose 12% to $15.99 a month.', id: 'a' }),
      '{not json',
      JSON.stringify({ text: 42, id: { n: 2 } }),
      JSON.stringify({ text: 'Nothing to count here.' }),
      JSON.stringify({ text: 'Der Umsatz stieg um 15 % auf 2,5 Mrd. Euro.', id: 5, lang: 'de' }),
    ].join('\n');
    const r = await lede(['claims'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0].id).toBe('a');
    expect(Array.isArray(lines[0].claims)).toBe(true);
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2]).toMatchObject({ id: { n: 2 }, error: expect.stringMatching(/line 3/) });
    expect(lines[3]).not.toHaveProperty('id');
    expect(lines[4].id).toBe(5);
    for (const [i, text] of [[0, 'Tickets rose 12% to $15.99 a month.'], [4, 'Der Umsatz stieg um 15 % auf 2,5 Mrd. Euro.']] as const) {
      for (const c of lines[i].claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});
