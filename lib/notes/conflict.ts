/**
 * Resolving a NoteConflictError without losing either edit: keep both texts. The UI may offer
 * better (pick one, edit the merge); this is the safe default it can save at once.
 */
import type { NoteConflictError } from './errors';
import { NoteInputSchema, normalizeTags, type NoteInput } from './schema';
import { LIMITS } from './limits';

/** Put between the two texts when both are kept. */
export const MERGE_SEPARATOR = '\n\n— (edited elsewhere at the same time) —\n\n';

/**
 * A note holding both edits, and the revision to save it on. Stored text first, the refused edit
 * after it; when one text already contains the other, the longer one alone. Tags are united. If
 * the note was deleted meanwhile, the refused edit becomes the note again (revision 0: a create).
 */
export function keepBoth(conflict: NoteConflictError): { note: NoteInput; expectedRevision: number } {
  const mine = NoteInputSchema.parse(conflict.mine);
  const theirs = conflict.theirs;
  if (!theirs) return { note: mine, expectedRevision: 0 };
  const a = theirs.body;
  const b = mine.body;
  const body = a.includes(b) ? a : b.includes(a) ? b : `${a}${MERGE_SEPARATOR}${b}`.slice(0, LIMITS.bodyLength);
  return {
    note: { ...theirs, body, tags: normalizeTags([...theirs.tags, ...mine.tags]) },
    expectedRevision: theirs.revision,
  };
}
