// The content script's few duck-typed looks at the background's answers. What the protocol's schemas
// check (requests, answers, stored settings) is generated into lib/content-guards.ts.
import { isString, literal, shape } from './guard';

/** `{ok: true, ...}`: the background did what was asked (what else it says is checked where it is read). */
export function isOkAnswer(answer: unknown): boolean {
  return (answer as { ok?: unknown } | null)?.ok === true;
}

/** Whether a `lede:notes:list` answer holds any passage note (only then is the page text sent to anchor them). */
export function listsPassageNotes(answer: unknown): boolean {
  const notes = (answer as { notes?: unknown } | null)?.notes;
  return isOkAnswer(answer) && Array.isArray(notes) && notes.some((n) => (n as { target?: { kind?: unknown } } | null)?.target?.kind === 'passage');
}

/** `{ok: false, error}` from the background: the error to show, else null. */
export function failureMessage(answer: unknown): string | null {
  return shape({ ok: literal(false), error: isString })(answer) ? answer.error : null;
}
