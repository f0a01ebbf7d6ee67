// Where Lede's first underlined range is painted: run in the page (Playwright's or puppeteer's
// `evaluate`), it scrolls to the top and returns a screenshot clip of the first underlined range in view,
// its line and its underline. At the top, viewport and document coordinates agree, whichever a tool's
// clip uses. Comparing that clip with highlights on and off shows the underline is painted, not only
// registered.
export function firstUnderlineClip(): { x: number; y: number; width: number; height: number } | null {
  scrollTo(0, 0);
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('lede-') || name === 'lede-current') continue;
    for (const range of highlight) {
      const box = range.getClientRects()[0];
      if (!box || box.width < 4 || box.top < 0 || box.bottom + 8 > innerHeight) continue;
      return { x: Math.max(0, Math.floor(box.left) - 2), y: Math.floor(box.top), width: Math.ceil(box.width) + 4, height: Math.ceil(box.height) + 8 };
    }
  }
  return null;
}

/** Resolves after the page has rendered two more frames (run in the page). */
export function afterTwoFrames(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))));
}
