// Debug aid: `node scripts/run-ts.mjs tests/eval/debug-extract.ts FILE [URL]` prints the extractor's
// top candidates, chosen parts and blocks for one saved page.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPageInfo } from '../../lib/extract/metadata';
import { prepare } from '../../lib/extract/prepare';
import { selectContent } from '../../lib/extract/candidates';
import { extractArticle } from '../../lib/extract';

const [file, url = 'http://fakehost/test/page.html'] = process.argv.slice(2);
const dom = new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
const doc = dom.window.document;
const info = readPageInfo(doc);
console.log('title:', info.title, '\nmeta:', info.meta);
const flags = { stripFurniture: true, weighClasses: true, cleanConditionally: true };
const prep = prepare(doc.body, { flags, exclude: new Set(), title: info.title });
const sel = selectContent(doc.body, prep, flags);
const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('class') ? '.' + el.getAttribute('class')!.trim().split(/\s+/).join('.') : ''}>`;
console.log('paragraphs:', prep.paragraphs.length, 'gone:', prep.gone.size);
console.log('top:', name(sel.top), 'parent:', sel.parent && name(sel.parent));
for (const p of sel.parts) console.log('  part:', p.el ? name(p.el) : `run of ${p.run.chars} chars`);
const ex = extractArticle(doc);
console.log('blocks:', ex?.blocks.length, 'root:', ex && name(ex.root));
for (const b of ex?.blocks.slice(0, Number(process.env.BLOCKS ?? 8)) ?? []) console.log('  ', name(b), (b.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 100));
