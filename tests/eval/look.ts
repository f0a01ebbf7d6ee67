// `npm run look`: Lede on real pages, as a reader in a hurry sees it. For each page: a screenshot of
// the page where the first key claim sits, of that claim's card, and of the popup at 400×600, written
// to demo-out/look/; and a few lines on what was drawn (key and all claims, what the key ones are,
// the sponsored labels, the popup's full height). Screens are for a person to look at: no verdict.
//
//   node scripts/run-ts.mjs tests/eval/look.ts [--page SUBSTRING]... [--count N] [--all]
// --all: every claim drawn ("All claims"), not only the key ones.
// Without --page: the reference page and an even spread of N (default 6) corpus articles.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPages, ensureExtensionBuilt, showAllClaims, sleep, startHarness, waitForAnalysis, type CorpusPage } from './browser-support';

const OUT = 'demo-out/look';
const args = process.argv.slice(2);
const wanted = args.flatMap((a, i) => (args[i - 1] === '--page' ? [a] : []));
const count = Number(args[args.indexOf('--count') + 1]) || 6;

interface Claim {
  id: string;
  kind: string;
  text: string;
  key: boolean;
  subject?: string;
  source?: string;
}
interface Analysis {
  title: string;
  article: { text: string };
  claims: Claim[];
  sponsored: { label?: string; reasons: string[]; inArticle: boolean }[];
  themes: { label: string }[];
  topics: { label: string }[];
}

function pick(): CorpusPage[] {
  const all = corpusPages().filter((p) => p.expectArticle);
  if (wanted.length) return all.filter((p) => wanted.some((w) => p.name.includes(w)));
  const reference = all.filter((p) => p.name.startsWith('pages/'));
  const corpus = all.filter((p) => !p.name.startsWith('pages/'));
  const step = Math.max(1, Math.floor(corpus.length / count));
  return [...reference, ...corpus.filter((_, i) => i % step === 0).slice(0, count)];
}

async function main() {
  console.log(ensureExtensionBuilt());
  mkdirSync(OUT, { recursive: true });
  const h = await startHarness();
  if (args.includes('--all')) await showAllClaims(h);
  try {
    for (const p of pick()) {
      const slug = p.name.replace(/[^a-z0-9]+/gi, '-');
      await h.page.setViewportSize({ width: 1280, height: 900 });
      const error = await h.open(p, 10_000);
      const { answer } = await waitForAnalysis(h, 12_000);
      if (error || !answer || answer.status) {
        console.log(`\n${p.name}: ${error ?? (answer ? `status ${answer.status}` : 'no answer')}`);
        continue;
      }
      const a = answer as unknown as Analysis;
      const words = a.article.text.split(/\s+/).length;
      const key = a.claims.filter((c) => c.key);
      console.log(`\n${p.name}: "${a.title.slice(0, 70)}" — ${words} words, ${key.length} key of ${a.claims.length} claims`);
      console.log(`  themes: ${a.themes.map((t) => t.label).join(', ') || '–'}; topics: ${a.topics.map((t) => t.label).join(', ') || '–'}`);
      for (const c of key) console.log(`  key ${c.kind}: "${c.text.slice(0, 90)}"${c.subject ? ` — ${c.subject}` : ''}${c.source ? ` (${c.source})` : ''}`);
      for (const s of a.sponsored) console.log(`  sponsored${s.inArticle ? ' (in article)' : ''}: ${s.label ?? '(no label)'} ← ${s.reasons.join('; ').slice(0, 100)}`);

      // The card of the first key claim, and the page around it.
      await sleep(300);
      await h.page.mouse.click(5, 5);
      await h.page.keyboard.press('Alt+Shift+KeyN');
      await sleep(500);
      await h.page.screenshot({ path: join(OUT, `${slug}-card.png`) });
      await h.page.keyboard.press('Escape');
      await sleep(200);
      await h.page.screenshot({ path: join(OUT, `${slug}-page.png`) });

      const sw = h.context.serviceWorkers()[0];
      const tabId = (await sw.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
        return (await c.tabs.query({})).find((t) => !t.url?.startsWith('chrome-extension://'))?.id ?? null;
      })) as number | null;
      const popup = await h.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      await sleep(1_500);
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      await popup.screenshot({ path: join(OUT, `${slug}-popup.png`) });
      await popup.close();
      console.log(`  popup: ${height} px tall; screenshots ${OUT}/${slug}-{page,card,popup}.png`);
    }
  } finally {
    await h.close();
  }
}

void main();
