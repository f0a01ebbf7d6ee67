// A sponsored block's label, shortened by whole words to fit its badge: "Promoted stories (Outbrain)"
// → "Promoted stories" → "Promoted"; "Advertisement" → "Ad". Never cut mid-word.

/** Single words with a shorter form a reader knows. */
const SHORT_FORMS: Readonly<Record<string, string>> = { Advertisement: 'Ad' };
/** The part that names the sponsor or network: " (Outbrain)", " by Harbour Savings". */
const NAME_PART = /\s+(?:\([^)]*\)|by\s.+)$/;

/** The label and its shorter forms, longest first. */
export function shorterLabels(label: string): string[] {
  const forms = [label];
  const unnamed = label.replace(NAME_PART, '');
  forms.push(unnamed);
  const first = unnamed.split(/\s+/)[0];
  forms.push(first);
  if (SHORT_FORMS[first]) forms.push(SHORT_FORMS[first]);
  return [...new Set(forms.filter((f) => f.length > 0))];
}

/** The longest form of `label` whose width (by `measure`) is at most `maxWidth`; null when none fits. */
export function fitLabel(label: string, maxWidth: number, measure: (text: string) => number): string | null {
  return shorterLabels(label).find((form) => measure(form) <= maxWidth) ?? null;
}
