// `node scripts/run-ts.mjs tests/bench/profile-engine.ts [--every K] [--top N] [--warm] [--page-half | --text-half]`: where the engine's
// time goes in Chromium. Loads every K-th corpus article in a plain Chromium (no extension), runs the
// engine bundle's analyze() once under the V8 CPU profiler (cold, as on a page load; --warm runs it once
// first; --page-half profiles only lib/pipeline/page-half.ts, the content script's share; --text-half only
// lib/analyze-text.ts, the background's share, on the text the page half read) and sums, over all pages, the self time of each function and the total time of each lib/ module.
// A tool for the engineer, not a benchmark: no reference, no goal.
import { corpusPages, median, startHarness } from '../eval/browser-support';
import { engineBundle } from '../support/engine-bundle';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const every = flag('--every', 5);
const top = flag('--top', 40);
const warm = args.includes('--warm');

const half = args.includes('--page-half') ? 'page-half' : args.includes('--text-half') ? 'text-half' : 'all';
const engine = (await engineBundle(half)).replace('//# sourceMappingURL', '//');
const pages = corpusPages().filter((p) => p.expectArticle).filter((_, i) => i % every === 0);
const h = await startHarness({ withExtension: false, bypassCSP: true });
const selfByFn = new Map<string, number>();
const wall: number[] = [];
try {
  const cdp = await h.context.newCDPSession(h.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  for (const p of pages) {
    if (await h.open(p, 10_000)) continue;
    await h.page.addScriptTag({ content: engine });
    if (half === 'text-half') await h.page.evaluate(() => (window as any).__lede.read(document));
    if (warm) await h.page.evaluate(() => (window as any).__lede.analyze(document, {}));
    await cdp.send('Profiler.start');
    wall.push(await h.page.evaluate(() => {
      const t0 = performance.now();
      (window as any).__lede.analyze(document, {});
      return performance.now() - t0;
    }));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i])!;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const f = node.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
      const key = `${f.functionName || '(anonymous)'} @${f.lineNumber}`;
      selfByFn.set(key, (selfByFn.get(key) ?? 0) + ms);
    }
  }
} finally {
  await h.close();
}
const total = [...selfByFn.values()].reduce((a, b) => a + b, 0);
console.log(`${wall.length} pages, analyze() median ${median(wall).toFixed(1)} ms ${warm ? 'warm' : 'cold'}; ${total.toFixed(0)} ms of samples`);
for (const [k, v] of [...selfByFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
