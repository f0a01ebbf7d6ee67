import { readFileSync } from 'node:fs';
import { splitSentences } from '../../lib/text/sentences';
import { matchThemes } from '../../lib/themes/match';
import { DEFAULT_THEMES } from '../../lib/themes/taxonomy';
const ids = ['diversification','cost-risk','dependency','competition','scaling'];
for (const line of readFileSync(process.argv[2], 'utf8').trim().split('\n')) {
  const a = JSON.parse(line);
  const sents = splitSentences(a.article.text);
  console.log('=====', a.file.slice(-20), a.title);
  for (const id of ids) {
    const hits = sents.map((s, i) => ({ i, s, h: matchThemes(s.text, DEFAULT_THEMES).find((x) => x.id === id)?.hits ?? 0 })).filter((x) => x.h);
    console.log(`  ${id}: ${hits.length}/${sents.length}`, hits.slice(0, 6).map((x) => `#${x.i}:${x.s.text.slice(0, 70)}`).join(' || '));
  }
}
