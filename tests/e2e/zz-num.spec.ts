import { test, waitForHighlights, allTexts, sendToPage } from './support/extension';
test('nums', async ({ page, sw, server }) => {
  for (const f of ['wordpress-post', 'news-item', 'hostile', 'lazy', 'react-rerender']) {
    await page.goto(server.url(`/${f}.html`));
    await waitForHighlights(page, (h) => allTexts(h).length > 0);
    await page.waitForTimeout(200);
    const a = (await sendToPage(sw, { type: 'lede:analysis' })) as any;
    console.log('NUM', f, a.claims.length, a.sponsored.length, JSON.stringify(a.timings));
  }
});
