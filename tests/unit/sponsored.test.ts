// @vitest-environment jsdom
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findSponsored, type SponsoredBlock } from '../../lib/sponsored';
import { readLabel } from '../../lib/sponsored/labels';
import { tokenWords } from '../../lib/sponsored/attributes';

// --- Pages written for these tests ---------------------------------------------------------------

const GARDEN_PARAS = [
  'Allotment holders across the county report the earliest tomato harvest in a decade, after a warm spring and a dry June pushed plants ahead of their usual schedule by almost three weeks.',
  'Growers who started seeds indoors in February saw the largest gains. Several said they had switched to peat-free compost this year and noticed sturdier stems, although the county horticultural society cautioned that one season proves little.',
  'Water remains the main worry. Rain butts emptied by mid-July on most plots, and the council has asked tenants to water in the evening and mulch beds with straw or cardboard to keep moisture in the soil.',
  'The society will publish its annual yield survey in October, with figures from more than four hundred plots, and plans a workshop on saving seed from open-pollinated varieties.',
];

const paras = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('\n');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A typical news page: header, main > article, sidebar, footer; `inArticle` goes after paragraph 2, `sidebar` into the aside. */
function newsPage(opts: { inArticle?: string; sidebar?: string; articleHead?: string; paragraphs?: string[] } = {}): Document {
  const ps = (opts.paragraphs ?? GARDEN_PARAS).map((p) => `<p>${p}</p>`);
  ps.splice(2, 0, opts.inArticle ?? '');
  return parse(`<!doctype html><html><head><title>Early harvest</title></head><body class="single-post">
<header class="site-header shadow"><nav><a href="/">Home</a><a href="/gardening">Gardening</a><a href="/sponsored">Partner content</a></nav></header>
<div class="layout">
<main id="main"><article class="story">
  <header class="story-header">${opts.articleHead ?? ''}<h1>Allotments report earliest tomato harvest in a decade</h1><p class="byline">By a staff reporter</p></header>
  <div class="story-body">${ps.join('\n')}</div>
</article></main>
<aside class="rail">
  <section class="rail-block"><h3>Most read</h3><ol><li><a href="/a">Hosepipe ban lifted in two districts</a></li><li><a href="/b">Bees return to city rooftops</a></li><li><a href="/c">How to store onions over winter</a></li></ol></section>
  ${opts.sidebar ?? ''}
  <section class="rail-block"><h3>Newsletter</h3><p>Weekly tips for growers, every Thursday.</p></section>
</aside>
</div>
<footer class="site-footer"><p>© Gardening Weekly. <a href="/privacy">Privacy</a></p></footer>
</body></html>`);
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Shared invariants: never the frame or the article root, no nesting, reasons given. */
function checkInvariants(doc: Document, blocks: SponsoredBlock[]): void {
  const bodyChars = text(doc.body).length;
  for (const b of blocks) {
    expect(['HTML', 'BODY', 'MAIN']).not.toContain(b.el.tagName);
    expect(text(b.el).length).toBeLessThan(bodyChars * 0.5);
    expect(b.reasons.length).toBeGreaterThan(0);
    for (const other of blocks) if (other !== b) expect(b.el.contains(other.el)).toBe(false);
  }
}

function detect(doc: Document): SponsoredBlock[] {
  const before = doc.documentElement.outerHTML;
  const blocks = findSponsored(doc);
  expect(doc.documentElement.outerHTML).toBe(before); // never mutates
  checkInvariants(doc, blocks);
  return blocks;
}

// --- Positives -----------------------------------------------------------------------------------

describe('findSponsored: positives', () => {
  it('flags an in-article promo box as a whole (title, paid link, disclaimer at the bottom)', () => {
    const doc = newsPage({
      inArticle: `<div class="reader-offer" id="offer">
        <p class="reader-offer__title"><strong>Seed starter kit</strong></p>
        <p><a href="https://shop.example.test/seeds?utm_medium=banner" rel="sponsored nofollow">Save 20% on heirloom tomato seeds this week only</a></p>
        <p class="reader-offer__note"><em>Sponsored content — supplied by the retailer for promotional purposes.</em></p>
      </div>`,
    });
    const blocks = detect(doc);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].el).toBe(doc.getElementById('offer'));
    expect(blocks[0].reasons).toContain('disclosure label: Sponsored content');
    expect(blocks[0].reasons).toContain('rel=sponsored link');
    expect(blocks[0].reasons.join(' ')).not.toMatch(/reader-offer__/); // BEM children add no noise
  });

  it('finds the box from its disclaimer alone, without any telling class', () => {
    const doc = newsPage({
      inArticle: `<aside id="box"><h4>Raised beds, delivered</h4><p>Cedar kits in four sizes, ready to assemble in an afternoon.</p><p><small>Paid post</small></p></aside>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el)).toEqual([doc.getElementById('box')]);
    expect(blocks[0].reasons).toEqual(['disclosure label: Paid post']);
  });

  it('takes a "Paid partner content" box with its headline link and blurb', () => {
    const doc = newsPage({
      sidebar: `<aside id="partner" data-vars-partner="fieldkit"><p class="label">Paid partner content</p><h3><a href="https://partners.example.test/fk" rel="sponsored">Five tools that pay for themselves in one season</a></h3><p>Chosen by the retailer’s own growers.</p></aside>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['partner']);
    expect(blocks[0].reasons).toEqual(['disclosure label: Paid partner content', 'rel=sponsored link']);
  });

  it('reports an empty (not yet filled) ad slot as its labelled container, not the label', () => {
    const doc = newsPage({
      sidebar: `<section class="rail-block ad-container" id="empty-slot"><div class="ad-label">Advertisement</div><div id="rail-mpu" data-ad-unit="/1234/garden/rail"></div><script>window.slots = 1;</script></section>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['empty-slot']);
    // One attribute reason per kind: the slot's own class; the inner div's data-ad-unit adds nothing new.
    expect(blocks[0].reasons).toEqual(['ad slot: labelled Advertisement', 'ad-unit container (class ad-container)']);
  });

  it('flags a sidebar ad slot with an "Advertisement" label and a rel=sponsored link, not the sidebar', () => {
    const doc = newsPage({
      sidebar: `<div class="widget"><div class="ad-container" id="slot"><p class="ad-label">Advertisement</p><a href="https://ads.example.test/c?id=9" rel="sponsored">Carbon road wheels from £499</a></div></div>`,
    });
    const blocks = detect(doc);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].el).toBe(doc.getElementById('slot'));
    expect(blocks[0].reasons).toEqual(
      expect.arrayContaining(['ad slot: labelled Advertisement', 'ad-unit container (class ad-container)', 'rel=sponsored link']),
    );
  });

  it('reports the innermost of nested ad containers that hold the same content', () => {
    const doc = newsPage({
      sidebar: `<section class="widget widget_ad"><div class="ad-unit-frame" id="frame" data-ad-unit="rail-300x250"><span class="ad-label">Anzeige</span><a rel="sponsored" href="https://ads.example.test/p">Rain barrels, two for one</a></div></section>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['frame']);
    expect(blocks[0].reasons).toEqual(['ad slot: labelled Anzeige', 'ad-unit container (data-ad-unit)', 'ad-unit container (class ad-unit-frame)', 'rel=sponsored link']);
  });

  it('attaches an "Advertisement" label to the ad slot next to it when the column holds more', () => {
    const doc = newsPage({
      sidebar: `<p class="caption">Advertisement</p><ins class="adsbygoogle" id="g1" data-ad-client="ca-pub-0000" data-ad-slot="42"><iframe title="ad"></iframe></ins>
        <div id="div-gpt-ad-1700000000-0" class="unit-box"><iframe title="3rd party ad content"></iframe></div>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['g1', 'div-gpt-ad-1700000000-0']);
    expect(blocks[0].reasons).toEqual(['ad slot: labelled Advertisement', 'Google ad container (ins.adsbygoogle)']);
    expect(blocks[1].reasons).toEqual(['Google ad-manager slot (id div-gpt-ad…)']);
  });

  it('reports the label of a slot that is still empty, and not the empty slot itself', () => {
    const doc = newsPage({
      sidebar: `<p class="caption" id="cap">Advertisement</p><ins class="adsbygoogle" data-ad-slot="42"></ins><div id="div-gpt-ad-1700000000-1"></div>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['cap']);
    expect(blocks[0].reasons).toEqual(['ad slot: labelled Advertisement']);
  });

  it('flags a Taboola-like widget once, as the innermost element holding heading and items', () => {
    const items = ['One weird trick for cheaper heating', 'Homeowners are switching to this roof paint', 'The watch collectors keep quiet about', 'Retire early with this simple habit']
      .map((t, i) => `<div class="trc_spotlight_item"><a href="https://rec.example.test/${i}"><img src="data:," alt=""><span class="video-title">${t}</span><span class="branding">Brandfield</span></a></div>`)
      .join('');
    const doc = newsPage({
      paragraphs: GARDEN_PARAS,
      inArticle: '',
    });
    const after = doc.querySelector('article')!;
    after.insertAdjacentHTML(
      'afterend',
      `<div id="tbl-wrapper"><div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_rbox_header"><span>Promoted stories</span></div><div class="trc_rbox_container">${items}</div></div></div>`,
    );
    const blocks = detect(doc);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].el.id).toBe('taboola-below-article-thumbnails');
    expect(blocks[0].reasons).toContain('recommendation widget (heading: Promoted stories)');
    expect(blocks[0].reasons.some((r) => r.startsWith('recommendation widget (class') || r.startsWith('recommendation widget (id'))).toBe(true);
  });

  it('flags a container by its sponsored class alone', () => {
    const doc = newsPage({
      inArticle: `<div class="card sponsored-card" id="card"><h4>Compost bins that do not smell</h4><p>Three designs tested by our partner’s team.</p></div>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['card']);
    expect(blocks[0].reasons).toEqual(['sponsored container (class sponsored-card)']);
  });

  it('recognizes a recommendation widget by its heading alone', () => {
    const doc = newsPage({
      sidebar: `<section id="rec"><h3>Around the web</h3><ul><li><a href="https://x.example.test/1">Doctors stunned by this knee exercise</a></li><li><a href="https://x.example.test/2">The sofa everyone is buying this year</a></li></ul></section>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['rec']);
    expect(blocks[0].reasons).toEqual(['recommendation widget (heading: Around the web)']);
  });

  it('flags a cluster of rel=sponsored links in a box with no label', () => {
    const doc = newsPage({
      inArticle: `<div id="picks"><p>Tools our reviewers liked:</p><ul>
        <li><a rel="sponsored" href="https://s.example.test/1">Bypass secateurs</a></li>
        <li><a rel="sponsored" href="https://s.example.test/2">Folding kneeler</a></li>
        <li><a rel="sponsored" href="https://s.example.test/3">Galvanised watering can</a></li></ul></div>`,
    });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['picks']); // the intro line belongs to the box
    expect(blocks[0].reasons).toEqual(['rel=sponsored links (3)']);
  });

  it('marks an advertorial by its "Sponsored" label atop the article, never the article itself', () => {
    const doc = newsPage({ articleHead: '<p class="kicker" id="kicker">Sponsored</p>' });
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['kicker']);
    expect(blocks[0].reasons).toEqual([
      'disclosure label: Sponsored',
      'label heads the article: the whole article is disclosed as sponsored',
    ]);
  });

  it('keeps a short advertorial body intact when its label sits at the top of the body', () => {
    const doc = parse(`<html><body><header><h1>Five ways to keep a greenhouse warm in winter</h1></header>
      <div class="entry" id="entry"><p id="label">Sponsored</p>${paras(GARDEN_PARAS)}</div>
      <section class="comments"><h2>Comments</h2><p>${'Great tips, thank you. '.repeat(30)}</p></section></body></html>`);
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['label']);
  });

  it('flags a German "Anzeige" teaser and a French "Publicité" slot', () => {
    const doc = parse(`<html lang="de"><body><main><article>
      <h1>Stadtwerke senken den Strompreis zum Jahreswechsel</h1>
      <p>Die Stadtwerke senken zum ersten Januar den Arbeitspreis für Haushaltsstrom um knapp vier Cent je Kilowattstunde. Betroffen sind rund 60.000 Kunden in der Grundversorgung.</p>
      <div class="teaser-card" id="teaser"><span class="marker">Anzeige</span><h3>Solaranlage ab 0 Euro Anzahlung</h3><p>Jetzt unverbindlich Angebot anfordern.</p></div>
      <p>Der Preisrückgang folgt auf gesunkene Einkaufskosten an der Strombörse. Die Verbraucherzentrale rät dennoch, Tarife regelmäßig zu vergleichen und Kündigungsfristen zu beachten.</p>
      <p>Für Gaskunden bleibt der Preis vorerst unverändert; eine Entscheidung soll im Frühjahr fallen, wenn die Beschaffung für das kommende Jahr abgeschlossen ist.</p>
      <div id="pub"><div class="mention">Publicité</div><a href="https://pub.example.test/"><img src="data:," alt="Offre"></a></div>
    </article></main></body></html>`);
    const blocks = detect(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['teaser', 'pub']);
    expect(blocks[0].reasons).toEqual(['ad slot: labelled Anzeige']);
    expect(blocks[1].reasons).toEqual(['ad slot: labelled Publicité']);
  });

  it('flags a paid link\'s paragraph only when the paragraph itself discloses it', () => {
    const plain = newsPage({
      inArticle: '<p id="prose">We tested the trowel from <a rel="sponsored" href="https://s.example.test/t">a garden retailer</a> over two seasons and found the handle cracked in frost, so we moved on to forged steel.</p>',
    });
    expect(detect(plain)).toEqual([]);

    const disclosed = newsPage({
      inArticle: '<p id="prose">We tested the trowel from <a rel="sponsored" href="https://s.example.test/t">a garden retailer</a> <span>(Anzeige)</span> over two seasons and found the handle cracked in frost, so we moved on to forged steel.</p>',
    });
    const blocks = detect(disclosed);
    expect(blocks.map((b) => b.el.id)).toEqual(['prose']);
    expect(blocks[0].reasons).toEqual(['ad slot: labelled Anzeige', 'rel=sponsored link in running text']);
  });

  it('needs more than one weak hint: a single paid link in a promo-classed box counts, alone it does not', () => {
    const lone = newsPage({ inArticle: '<div class="callout"><p><a rel="sponsored" href="https://s.example.test/m">Mulch mats, 30% off</a></p><p>Our pick for weed control.</p></div>' });
    expect(detect(lone)).toEqual([]);
    const promo = newsPage({ inArticle: '<div class="deal-box" id="deal"><p><a rel="sponsored" href="https://s.example.test/m">Mulch mats, 30% off</a></p><p>Our pick for weed control.</p></div>' });
    const blocks = detect(promo);
    expect(blocks.map((b) => b.el.id)).toEqual(['deal']);
    expect(blocks[0].reasons).toEqual(['promo box (class deal-box)', 'rel=sponsored link']);
  });
});

// --- Negatives -----------------------------------------------------------------------------------

describe('findSponsored: no false alarms', () => {
  it('ignores a news story about sponsorship and advertising', () => {
    const doc = newsPage({
      paragraphs: [
        'The club signed a new shirt sponsorship deal worth £40m over five years, the largest in its history, with an airline based in the Gulf.',
        'Advertisement revenue fell 12% at the club’s media arm last season, which the chief executive blamed on falling broadcast audiences for midweek fixtures.',
        'Supporters’ groups criticised the sponsor choice, and one fan trust said it would raise the matter at the annual general meeting in November.',
        'The deal includes naming rights for the training ground, and the club said promoted academy players would wear the new kit from the first friendly.',
      ],
      inArticle: '<h2>Sponsorship and advertising</h2><blockquote><p>“Sponsors want reach, and we have it,” the chief executive said.</p></blockquote>',
    });
    expect(detect(doc)).toEqual([]);
  });

  it('ignores "sponsored" inside an ordinary sentence', () => {
    const doc = newsPage({
      paragraphs: [
        'The bill was sponsored by two senators from neighbouring states and passed the committee on a voice vote late on Tuesday.',
        'Its backers say the measure would fund rural broadband for a decade; opponents argue the costs were understated by the budget office.',
        'A companion bill sponsored in the House has stalled, and leaders there have not said when it might reach the floor.',
        'Ms Reyes, who sponsored an earlier version, said she expected amendments but no serious opposition.',
      ],
      inArticle: '<ul><li>The measure was sponsored by Senator Reyes.</li><li>Promoted to committee chair in 2023.</li></ul>',
    });
    expect(detect(doc)).toEqual([]);
  });

  it('ignores class names that merely contain "ad", and capitalised AD as an era', () => {
    const doc = parse(`<html><body class="page loaded">
      <header class="header shadow"><div class="masthead"><span class="badge">New</span></div></header>
      <main><article class="thread">
        <h1>What the ash at Pompeii preserved</h1>
        <div class="content-loaded"><p>When Vesuvius erupted in <span class="era">AD</span> 79, ash buried the town so quickly that loaves were left in ovens and graffiti on the walls survived nearly two thousand years.</p>
        <p>Archaeologists now scan the sites with drones before they dig, which lets them plan trenches around fragile frescoes and record rooms before exposure to air.</p>
        <p><a class="download-link" href="/report.pdf">Download the excavation report</a> <span class="read-time">6 min read</span></p>
        <div class="thread-reply"><span class="shadow-box">Reply</span></div></div>
      </article></main></body></html>`);
    expect(detect(doc)).toEqual([]);
  });

  it('ignores ad-state classes on the layout and never flags the article root', () => {
    const doc = parse(`<html><body class="has-ads ads-enabled"><div class="site no-ads-region">
      <main><article class="adsense-wrapper sponsored-layout"><h1>City library extends opening hours</h1>
      ${paras(GARDEN_PARAS)}</article></main></div></body></html>`);
    expect(detect(doc)).toEqual([]);
  });

  it('ignores an ad-injection hook on the article body, even when comments outweigh the article', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<li class="comment"><p>Reader ${i + 1}: my tomatoes ripened early too, though the slugs got half of them before I could pick them, and next year I am trying copper tape around the beds.</p></li>`).join('');
    const doc = parse(`<html><body><header><h1>Allotments report earliest tomato harvest in a decade</h1></header>
      <div class="story-text ad-injection-zone sponsored-ready">${paras(GARDEN_PARAS)}</div>
      <section class="comments"><h2>Comments</h2><ol>${comments}</ol></section></body></html>`);
    expect(detect(doc)).toEqual([]);
  });

  it('ignores "Promoted" in a league table and credit lines such as "Produced by"', () => {
    const doc = newsPage({
      paragraphs: [
        'Harbour Town clinched the title on the final day after a 2-0 win away at Millbrook, finishing two points clear of their closest rivals in a season that went to the wire.',
        'Second-placed Ashford also go up, while the play-off semi-finals begin next weekend with four clubs separated by only three points going into the first legs.',
        'At the bottom, Westgate were relegated after a 3-1 home defeat, ending a five-year stay in the division that began with back-to-back top-half finishes under their former manager.',
        'Attendances rose across the league for a third straight season, with average crowds up by almost a tenth on last year according to the league’s own figures.',
      ],
      inArticle: `<table class="league"><tr><th>Club</th><th>Pts</th><th>Status</th></tr><tr><td>Harbour Town</td><td>88</td><td>Promoted</td></tr><tr><td>Ashford</td><td>86</td><td>Promoted</td></tr></table>
        <p class="credit">Produced by the sports desk</p><p class="credit">Supported by a grant from the Community Sport Fund</p>`,
    });
    expect(detect(doc)).toEqual([]);
  });

  it('reports the ads inside a layout column named for them, not the column', () => {
    const doc = parse(`<html><body><main><article><h1>Allotments report earliest tomato harvest in a decade</h1>${paras(GARDEN_PARAS)}</article></main>
      <aside class="rail-ads" id="rail">
        <section><h3>Most read</h3><ol><li><a href="/a">Hosepipe ban lifted in two districts after a wet August</a></li><li><a href="/b">Bees return to city rooftops as councils plant wildflower verges</a></li><li><a href="/c">How to store onions over winter without losing half the crop</a></li></ol></section>
        <div class="ad-slot" id="ad1"><span>Advertisement</span><a rel="sponsored" href="https://ads.example.test/1">Polytunnels from £199</a></div>
        <section><h3>Newsletter</h3><p>Weekly tips for growers, every Thursday morning, straight from the allotment committee.</p></section>
        <div class="ad-slot" id="ad2"><span>Advertisement</span><a rel="sponsored" href="https://ads.example.test/2">Raised beds, delivered</a></div>
      </aside></body></html>`);
    expect(detect(doc).map((b) => b.el.id)).toEqual(['ad1', 'ad2']);
  });

  it('does not take a CMS "promoted" teaser or a charity "sponsor" box for paid content', () => {
    const doc = newsPage({
      sidebar: `<ul><li class="node node--promoted"><a href="/n/1">Volunteers plant 500 trees along the canal</a></li><li class="node node--promoted"><a href="/n/2">School garden wins regional prize</a></li></ul>
        <div class="sponsor-a-child"><h3>Sponsor a community plot</h3><p>Help a family grow their own food for £5 a month.</p></div>`,
    });
    expect(detect(doc)).toEqual([]);
  });

  it('ignores ad words in menus, heading anchors and ad-choices links', () => {
    const doc = parse(`<html><body><nav><ul><li class="menu-ad-ops-certification"><a href="/cert">Ad operations certificate</a></li><li class="menu-ad-revenue-report"><a href="/report">Revenue report</a></li></ul></nav>
      <main><article><h1>How ad auctions price a page view</h1>${paras(GARDEN_PARAS)}
      <h2 id="conducting-ad-hoc-reviews">Conducting ad hoc reviews</h2><p>Short section.</p></article></main>
      <footer><span class="ad-choices-link">Ad Choices</span></footer></body></html>`);
    expect(detect(doc)).toEqual([]);
  });

  it('finds nothing in a normal article without paid content', () => {
    expect(detect(newsPage())).toEqual([]);
  });

  it('does not treat a navigation link named "Partner content" as a disclosure', () => {
    const doc = newsPage();
    expect(doc.querySelector('nav')!.textContent).toContain('Partner content');
    expect(detect(doc)).toEqual([]);
  });
});

// --- Pieces --------------------------------------------------------------------------------------

describe('labels and class words', () => {
  it('reads whole short texts as labels, and nothing else', () => {
    expect(readLabel('Sponsored')?.kind).toBe('disclosure');
    expect(readLabel('(Sponsored by Fernhill Tools)')?.kind).toBe('disclosure');
    expect(readLabel('In partnership with the Alpine Trust')?.kind).toBe('disclosure');
    expect(readLabel('Paid for by Citizens for Clean Water')?.kind).toBe('disclosure');
    expect(readLabel('Presented by Harbour Bank')?.kind).toBe('disclosure');
    expect(readLabel('Sponsored by Harbour Bank. Our newsroom was not involved in this feature.')).toEqual({
      kind: 'disclosure',
      text: 'Sponsored by Harbour Bank',
    });
    expect(readLabel('This article was produced in partnership with Northwind Travel.')?.kind).toBe('disclosure');
    expect(readLabel('— Advertisement —')?.kind).toBe('ad');
    expect(readLabel('Ad')?.kind).toBe('ad');
    expect(readLabel('Advertisement - Scroll to continue')?.kind).toBe('ad');
    expect(readLabel('Story continues below advertisement')?.kind).toBe('ad');
    expect(readLabel('Promoted stories')?.kind).toBe('widget');
    expect(readLabel('Sponsored Links by Widgetco')?.kind).toBe('widget');
    expect(readLabel('Ads: the new battleground for football clubs')).toBeNull();
    expect(readLabel('Produced by Jane Okoro')).toBeNull();
    expect(readLabel('This article was produced by our climate desk.')).toBeNull();
    expect(readLabel('Recommended by our editors')).toBeNull();
    expect(readLabel('Sponsored by two senators, the bill passed')).toBeNull();
    expect(readLabel('The bill was sponsored by two senators')).toBeNull();
    expect(readLabel('Advertising revenue fell')).toBeNull();
    expect(readLabel('AD')).toBeNull();
  });

  it('splits class tokens into words', () => {
    expect(tokenWords('sidebarAdSlot2')).toEqual(['sidebar', 'ad', 'slot']);
    expect(tokenWords('widget_ad')).toEqual(['widget', 'ad']);
    expect(tokenWords('header')).toEqual(['header']);
    expect(tokenWords('ad300x250')).toEqual(['ad']);
    expect(tokenWords('e1ad')).toEqual(['e']); // hashes and generated ids yield no "ad"
    expect(tokenWords('grav-900a582c7ad8d6ef')).toEqual(['grav']);
  });
});

// --- Scale ---------------------------------------------------------------------------------------

describe('scale', () => {
  // A 5 MB page: tests/scale/sponsored.test.ts.
  /** A page whose ad slot sits `depth` elements deep, built top-down (jsdom cannot attach a deep subtree at once). */
  function deepPage(doc: Document, depth: number): void {
    doc.body.innerHTML = `<main><article><h1>Deep page</h1>${paras(GARDEN_PARAS)}</article><div id="outer"></div></main>`;
    let cur = doc.getElementById('outer')!;
    for (let i = 0; i < depth; i++) {
      const d = doc.createElement('div');
      cur.appendChild(d);
      cur = d;
    }
    cur.id = 'deepest';
    const label = doc.createElement('span');
    label.textContent = 'Advertisement';
    const link = doc.createElement('a');
    link.href = 'https://ads.example.test/d';
    link.textContent = 'Storm-proof greenhouse glazing';
    cur.append(label, link);
  }

  it('survives 10,000-deep nesting and still reports the innermost unit (happy-dom builds it fast)', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    deepPage(doc, 10_000);
    const blocks = findSponsored(doc);
    expect(blocks.map((b) => b.el.id)).toEqual(['deepest']);
    expect(blocks[0].reasons).toEqual(['ad slot: labelled Advertisement']);
    win.close();
  });

  it('handles deep nesting under jsdom too', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    deepPage(doc, 2_000);
    expect(detect(doc).map((b) => b.el.id)).toEqual(['deepest']);
  });
});
