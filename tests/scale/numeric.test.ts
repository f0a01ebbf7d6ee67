// Numeric claims on a megabyte of digits and punctuation in three languages: the scan finishes (no
// backtracking that grows faster than the text) and every span is exact and in order.
import { describe, expect, it } from 'vitest';
import { findNumericClaims } from '../../lib/claims/numeric';

describe('findNumericClaims on a megabyte of digits', () => {
  it('finishes on a megabyte of digits and punctuation, with valid spans', () => {
    const alphabet = '0123456789.,-/:+ $%€()\n';
    let seed = 7;
    let text = '';
    for (let i = 0; i < 1_000_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      text += alphabet[seed % alphabet.length];
    }
    for (const lang of ['en', 'de', 'fr']) {
      const found = findNumericClaims(text, { lang });
      expect(found.length).toBeGreaterThan(0);
      let lastEnd = 0;
      for (const c of found) {
        if (text.slice(c.start, c.end) !== c.text || c.start < lastEnd) throw new Error(`bad span ${JSON.stringify(c)}`);
        lastEnd = c.end;
      }
    }
  });
});
