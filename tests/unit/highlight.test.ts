// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/lib/analysis';
import type { HighlightGroup, HighlightScope } from '@/lib/messages';
import { HighlightSet, highlightEnvOf, type HighlightEnv } from '@/lib/highlight/registry';
import { HOST_TAG, PageTrace } from '@/lib/highlight/trace';
import { claimTargets, rangesByName, shownClaims } from '@/lib/highlight/plan';
import { stepIndex, targetAtPoint } from '@/lib/highlight/hit-test';
import { HIGHLIGHTED_ATTRIBUTE, highlightCss, SPONSORED_ATTRIBUTE } from '@/lib/highlight/styles';
import { textParentsOf } from '@/lib/highlight/range-elements';
import { ALL_HIGHLIGHT_NAMES, CURRENT_HIGHLIGHT } from '@/lib/highlight/names';

function fakeEnv() {
  const registry = new Map<string, { ranges: AbstractRange[] }>();
  const env: HighlightEnv = {
    registry: { set: (n, h) => registry.set(n, h as { ranges: AbstractRange[] }), delete: (n) => registry.delete(n) },
    create: (ranges) => ({ ranges }),
  };
  return { env, registry };
}

function claim(partial: Partial<Claim> & Pick<Claim, 'kind' | 'start' | 'end' | 'text'>): Claim {
  return { id: `${partial.kind}-${partial.start}`, themes: [], rank: 1, key: false, ...partial };
}

function pageWith(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.documentElement.innerHTML = html;
  return doc;
}

/** A tiny text map: offsets into the concatenated text nodes of `p`. */
function rangeForIn(doc: Document, p: Element) {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(p, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const locate = (offset: number) => {
    let acc = 0;
    for (const n of nodes) {
      if (offset <= acc + n.data.length) return { node: n, offset: offset - acc };
      acc += n.data.length;
    }
    return null;
  };
  return (start: number, end: number) => {
    const a = locate(start);
    const b = locate(end);
    if (!a || !b) return null;
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  };
}

describe('HighlightSet', () => {
  it('registers one entry per name and deletes only names it set', () => {
    const { env, registry } = fakeEnv();
    registry.set('page-own', { ranges: [] });
    const set = new HighlightSet(env);
    const r = document.createRange();
    set.draw(new Map([['lede-money', [r]], ['lede-percent', [r, r]]]));
    expect([...registry.keys()].sort()).toEqual(['lede-money', 'lede-percent', 'page-own']);
    expect(registry.get('lede-percent')!.ranges).toHaveLength(2);
    set.draw(new Map([['lede-money', [r]]]));
    expect(registry.has('lede-percent')).toBe(false);
    set.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('marks the elements under drawn text while some entry draws there, and gives the page back exactly', () => {
    const doc = pageWith('<body><p id="a" data-lede-highlight="theirs">Sales rose <b id="bold">40%</b> in May.</p><p id="b">Costs fell.</p></body>');
    const before = doc.documentElement.outerHTML;
    const [a, b] = [doc.getElementById('a')!, doc.getElementById('b')!];
    const trace = new PageTrace(doc);
    const { env } = fakeEnv();
    const set = new HighlightSet(env, trace);
    const across = doc.createRange(); // "rose 40% in": across <b>
    across.setStart(a.firstChild!, 6);
    across.setEnd(a.lastChild!, 3);
    const inB = doc.createRange();
    inB.setStart(b.firstChild!, 0);
    inB.setEnd(b.firstChild!, 5);
    const marked = () => [...doc.querySelectorAll(`[${HIGHLIGHTED_ATTRIBUTE}]`)].map((e) => `${e.id || e.localName}=${e.getAttribute(HIGHLIGHTED_ATTRIBUTE)}`);
    set.draw(new Map([['lede-percent', [across]], ['lede-money', [inB]]]));
    expect(marked()).toEqual(['a=', 'bold=', 'b=']);
    set.drawOne(CURRENT_HIGHLIGHT, [inB]); // a second entry on <p id=b>
    set.drawOne('lede-money', []); // lede-money goes: b stays marked for the current entry
    expect(marked()).toEqual(['a=', 'bold=', 'b=']);
    set.remove(CURRENT_HIGHLIGHT);
    expect(marked()).toEqual(['a=', 'bold=']);
    set.clear();
    // The page's own value is given back, and nothing else is left.
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(trace.present).toBe(false);
  });

  it('is absent where the window has no highlight API', () => {
    expect(highlightEnvOf(window)).toBeNull();
    expect(highlightEnvOf({ CSS: { highlights: new Map() }, Highlight: class {} })).not.toBeNull();
  });
});

describe('PageTrace', () => {
  it('removes its style, host and attributes and leaves outerHTML exactly as before', () => {
    const doc = pageWith('<head><title>x</title></head><body><div id="a" class="promo" data-x="1"><p>Paid words</p></div><p>Story</p></body>');
    const before = doc.documentElement.outerHTML;
    const block = doc.getElementById('a')!;
    const held = [...doc.querySelectorAll('*')];
    const trace = new PageTrace(doc);
    trace.ensureStyle();
    trace.ensureShadow();
    expect(trace.markSponsored(block, 'spo-1')).toBe(true);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(block.getAttribute(SPONSORED_ATTRIBUTE)).toBe('spo-1');
    expect(doc.documentElement.outerHTML).not.toBe(before);
    trace.removeAll();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(held.every((n) => n.isConnected)).toBe(true);
    expect(trace.present).toBe(false);
  });

  it('flags a block whose attribute the page set beforehand, gives the page its value back, and keeps one style and one host', () => {
    const doc = pageWith('<body><div id="a" data-lede-sponsored="theirs" class="ad"></div></body>');
    const before = doc.documentElement.outerHTML;
    const trace = new PageTrace(doc);
    // A page cannot hide its ad from Lede by pre-setting Lede's attribute.
    expect(trace.markSponsored(doc.getElementById('a')!, 'spo-1')).toBe(true);
    expect(doc.getElementById('a')!.getAttribute('data-lede-sponsored')).toBe('spo-1');
    trace.ensureStyle();
    trace.ensureStyle();
    trace.ensureShadow();
    trace.ensureShadow();
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    trace.removeAll();
    expect(doc.getElementById('a')!.getAttribute('data-lede-sponsored')).toBe('theirs');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('adds a new host when the page removed the old one', () => {
    const doc = pageWith('<body><p>x</p></body>');
    const trace = new PageTrace(doc);
    trace.ensureShadow();
    doc.querySelector(HOST_TAG)!.remove();
    trace.ensureShadow();
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });
});

describe('highlight styles', () => {
  it('has an underline rule for every kind, a current rule, and only lede- names', () => {
    const css = highlightCss();
    for (const name of ALL_HIGHLIGHT_NAMES) expect(css).toContain(`::highlight(${name})`);
    const names = [...css.matchAll(/::highlight\(([^)]+)\)/g)].map((m) => m[1]);
    expect(names.every((n) => n.startsWith('lede-'))).toBe(true);
    expect(css.match(/text-decoration:underline (solid|double|dotted|dashed|wavy)/g)!.length).toBe(7);
    expect(css).toContain(CURRENT_HIGHLIGHT);
  });

  it('keys every highlight rule on the marking attribute, so that adding the style restyles no unmarked element', () => {
    const selectors = [...highlightCss().matchAll(/([^}\n]*)::highlight\(/g)].map((m) => m[1]);
    expect(selectors).toHaveLength(ALL_HIGHLIGHT_NAMES.length);
    expect(selectors.every((s) => s === `[${HIGHLIGHTED_ATTRIBUTE}]`)).toBe(true);
  });
});

describe('textParentsOf', () => {
  const doc = pageWith('<body><div id="d"><p id="p1">One <i>two</i> three</p><p id="p2">four <b>five</b></p><p id="p3">six</p></div></body>');
  const byId = (id: string) => doc.getElementById(id)!;
  const ids = (els: Element[]) => els.map((e) => e.id || e.localName);

  it('is the text node\'s parent for a range in one text node', () => {
    const r = doc.createRange();
    r.setStart(byId('p1').firstChild!, 0);
    r.setEnd(byId('p1').firstChild!, 3);
    expect(ids(textParentsOf(r))).toEqual(['p1']);
  });

  it('is every element holding text the range covers, across blocks, and none past its end', () => {
    const r = doc.createRange();
    r.setStart(byId('p1').lastChild!, 1); // " three"
    r.setEnd(byId('p2').firstChild!, 4); // "four"
    expect(ids(textParentsOf(r))).toEqual(['p1', 'p2']);
    const whole = doc.createRange();
    whole.setStart(byId('d'), 0); // starts at an element boundary
    whole.setEnd(byId('p2'), 2); // ends after <b>five</b>
    expect(ids(textParentsOf(whole))).toEqual(['p1', 'i', 'p2', 'b']);
  });

  it('takes a StaticRange as well', () => {
    const r = new StaticRange({ startContainer: byId('p2').firstChild!, startOffset: 0, endContainer: byId('p2').lastChild!.firstChild!, endOffset: 2 });
    expect(ids(textParentsOf(r))).toEqual(['p2', 'b']);
  });
});

describe('plan and hit test', () => {
  const doc = pageWith('<body><p id="p">Sales rose <b>40%</b> to $4.2 billion, the firm said.</p></body>');
  const p = doc.getElementById('p')!;
  const text = p.textContent!;
  const at = (s: string) => text.indexOf(s);
  const claims: Claim[] = [
    claim({ kind: 'strategic', start: 0, end: text.length, text, type: 'assertion', hedged: false }),
    claim({ kind: 'money', start: at('$4.2'), end: at('$4.2') + '$4.2 billion'.length, text: '$4.2 billion', value: 4.2e9, unit: 'USD' }),
    claim({ kind: 'percent', start: at('40%'), end: at('40%') + 3, text: '40%', value: 40, unit: '%' }),
    claim({ kind: 'count', start: 999, end: 1005, text: 'gone' }),
  ];
  const targets = claimTargets(claims, rangeForIn(doc, p));
  /** The targets drawn: the shown claims' live ranges, as the session makes them. */
  const drawn = (list: Claim[], groups: Set<HighlightGroup>, scope?: HighlightScope) => claimTargets(shownClaims(list, groups, scope), rangeForIn(doc, p));

  it('maps claims to live ranges in article order and drops what no longer maps', () => {
    expect(targets.map((t) => t.range.toString())).toEqual([text, '40%', '$4.2 billion']);
  });

  it('filters by group and groups ranges by highlight name; strategic claims are barred, not underlined', () => {
    const numeric = drawn(claims, new Set(['numeric']));
    expect(numeric.map((t) => t.claim.kind)).toEqual(['percent', 'money']);
    const byName = rangesByName(drawn(claims, new Set(['numeric', 'strategic'])));
    expect([...byName.keys()].sort()).toEqual(['lede-money', 'lede-percent']);
  });

  it('draws only key claims in the key scope, every claim in the all scope', () => {
    const keyed = claims.map((c) => ({ ...c, key: c.kind === 'money' }));
    const groups = new Set<HighlightGroup>(['numeric', 'strategic']);
    expect(drawn(keyed, groups, 'key').map((t) => t.claim.kind)).toEqual(['money']);
    expect(drawn(keyed, groups, 'all').map((t) => t.claim.kind)).toEqual(['strategic', 'percent', 'money']);
  });

  it('finds the innermost claim at a point and nothing past its end', () => {
    const bold = p.querySelector('b')!.firstChild!;
    expect(targetAtPoint(targets, bold, 1)!.claim.kind).toBe('percent');
    expect(targetAtPoint(targets, bold, 3)!.claim.kind).toBe('strategic'); // end of "40%" is outside it
    expect(targetAtPoint(targets.slice(1), p.firstChild!, 2)).toBeNull();
  });

  it('steps through claims with wrap-around', () => {
    expect(stepIndex(3, null, 1)).toBe(0);
    expect(stepIndex(3, null, -1)).toBe(2);
    expect(stepIndex(3, 2, 1)).toBe(0);
    expect(stepIndex(3, 0, -1)).toBe(2);
    expect(stepIndex(0, null, 1)).toBeNull();
  });
});

describe('highlightEnvOf', () => {
  it('makes a highlight of any number of ranges (a 15 MB article has tens of thousands of claims)', () => {
    class FakeHighlight {
      readonly ranges: unknown[] = [];
      constructor(...ranges: unknown[]) {
        this.ranges.push(...ranges);
      }
      add(range: unknown) {
        this.ranges.push(range);
        return this;
      }
    }
    const env = highlightEnvOf({ CSS: { highlights: new Map() }, Highlight: FakeHighlight });
    const ranges = Array.from({ length: 300_000 }, () => ({}) as AbstractRange);
    const made = env!.create(ranges) as FakeHighlight;
    expect(made.ranges).toHaveLength(300_000);
  });
});
