// Keyboard combinations for moving between claims. Alt+Shift with a letter: single letters (j/k)
// and arrows belong to the page and to reading; Alt+Shift combinations are rarely taken by pages.
export const NEXT_CLAIM_CODE = 'KeyN';
export const PREVIOUS_CLAIM_CODE = 'KeyP';
/** Alt+Shift+A: all claims, or back to the key ones. */
export const ALL_CLAIMS_CODE = 'KeyA';

/** 1 for next claim, -1 for previous, null for any other key. `code` so layouts and Alt-letters don't matter. */
export function navigationKey(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): 1 | -1 | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === NEXT_CLAIM_CODE) return 1;
  if (e.code === PREVIOUS_CLAIM_CODE) return -1;
  return null;
}

/** True for the "all claims / key claims" combination. */
export function isScopeKey(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === ALL_CLAIMS_CODE;
}

/** True when the key went to something the reader types in: the combination is theirs there. */
export function isEditableTarget(e: Event): boolean {
  const target = e.composedPath()[0];
  if (!(target instanceof Element)) return false;
  if ((target as HTMLElement).isContentEditable) return true;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}
