/** Private-window policy: notes written in a private (incognito) window are stored only if the reader allowed it. */
export function mayStore({ incognito, allowPrivate }: { incognito: boolean; allowPrivate?: boolean }): boolean {
  return !incognito || allowPrivate === true;
}
