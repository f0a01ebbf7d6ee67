/** Similarity of two short strings (the 32-character contexts around a quote), in [0, 1]. */

/** Plain Levenshtein distance with two rows; cost is a.length × b.length steps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** 1 for equal strings, 0 for nothing in common. An empty expectation matches anything. */
export function similarity(expected: string, actual: string): number {
  if (!expected.length) return 1;
  const longest = Math.max(expected.length, actual.length);
  return 1 - editDistance(expected, actual) / longest;
}
