import { readFileSync } from 'node:fs';
import { splitSentences } from '../../lib/text/sentences';
import { matchThemes } from '../../lib/themes/match';
import { frameHits } from '../../lib/themes/lens';
import { DEFAULT_THEMES } from '../../lib/themes/taxonomy';
const want = process.argv[3];
for (const line of readFileSync(process.argv[2], 'utf8').trim().split('\n')) {
  const a = JSON.parse(line);
  if (!a.file.includes(want)) continue;
  const sents = splitSentences(a.article.text);
  sents.forEach((s, i) => {
    const t = matchThemes(s.text, DEFAULT_THEMES).map((h) => `${h.id}:${h.hits}`).join(' ');
    const f = [...frameHits(s.text, DEFAULT_THEMES)].map(([k, v]) => `${k}:${v}`).join(' ');
    const st = a.claims.find((c: any) => c.kind === 'strategic' && c.start === s.start);
    console.log(`#${i} [${t}] {${f}} ${st ? 'S' + st.themes.join(',') : ''} ${s.text.slice(0, 100)}`);
  });
}
