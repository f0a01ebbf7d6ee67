// Who makes a strategic claim (lib/claims/source.ts), on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimsForText } from '../../lib/claims/assemble';
import { findSource } from '../../lib/claims/source';

describe('findSource', () => {
  it.each([
    ['"They need to cut the waiting list fast," says Okafor.', 'Okafor'],
    ['Lena Brandt, chief economist at Harbour Bank, says the port could lose its biggest customers.', 'Lena Brandt'],
    ['An early frost could squeeze the harvest, the cooperative said.', 'the cooperative'],
    ['The ferry operator could lose its licence, according to the port authority.', 'the port authority'],
    ['Analysts warned that the bakery chain risks running out of flour.', 'Analysts'],
    ['"I think the orchard will struggle," Ana Ruiz said.', 'Ana Ruiz'],
    ['"We cannot compete on price," said Hollis Dairy, a cooperative in Vermont.', 'Hollis Dairy'],
    ['The mayor wants to widen the bridge, but Commissioner Tom Vance, head of the transit board, told reporters that costs could double.', 'Commissioner Tom Vance'],
    ['Nadia Cole has said that she expects the merger to cost 200 jobs.', 'Nadia Cole'],
    ['People familiar with the matter said the sale could collapse.', 'People familiar with the matter'],
  ])('%s → %s', (sentence, who) => {
    expect(findSource(sentence)).toBe(who);
  });

  it('leaves the author’s own argument unattributed', () => {
    expect(findSource('The plan could backfire if timber prices keep rising.')).toBeUndefined();
    expect(findSource('This merger creates a dangerous dependency on a single mill.')).toBeUndefined();
  });

  it('does not take the listener for the speaker', () => {
    expect(findSource('The warden told Parliament the prisons could run out of beds.')).toBe('The warden');
  });
});

describe('source on strategic claims', () => {
  it('names the speaker of a quotation from the next sentence of its paragraph, and resolves "he"', () => {
    const text =
      'Grainline Mills depends on a single supplier for its rye, and the risk of a shortage is growing. ' +
      '"Our dependence on one valley for all our rye could ruin us." ' +
      'Piet Maas said it. ' +
      'Piet Maas, who runs the mill, said the dependence on one valley could force it to close. ' +
      'The cost of switching could be high, he said.';
    // Four arguing sentences of five: the three strongest stay claims (MIN_STRATEGIC_LIMIT); the first is the author's.
    const strategic = claimsForText(text).filter((c) => c.kind === 'strategic');
    const byStart = (s: string) => strategic.find((c) => c.text.startsWith(s));
    expect(byStart('Grainline Mills depends')?.source).toBeUndefined();
    expect(byStart('"Our dependence')?.source).toBe('Piet Maas');
    expect(byStart('The cost of switching')?.source).toBe('Piet Maas');
  });
});
