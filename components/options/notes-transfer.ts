// Export and import files of any size the importer accepts, in runtime messages under Chrome's
// 64 MiB bound: the export comes from the background a piece at a time and is assembled as Blob
// parts; a file too big for one message is uploaded in parts and then imported by its upload id.
import { LIMITS } from '@/lib/notes/limits';
import { ExportPieceAnswerSchema, NotesErrorSchema, UploadAnswerSchema, type NotesError } from '@/lib/notes/messages';
import type { ExportCursor } from '@/lib/notes/export-pieces';
import { GONE } from '@/lib/notes/uploads';

/** Sends one message to the background and resolves with its (unparsed) answer. */
export type Ask = (message: unknown) => Promise<unknown>;

const failure = (answer: unknown, fallback: string): NotesError => {
  const error = NotesErrorSchema.safeParse(answer);
  return error.success ? error.data : { ok: false, code: 'failed', error: fallback };
};

/** Every piece of an export, in order; a failure on the way is returned as is. */
export async function exportPieces(ask: Ask, format: 'json' | 'markdown', onPiece?: (pieces: number) => void): Promise<{ ok: true; pieces: string[] } | NotesError> {
  const pieces: string[] = [];
  let cursor: ExportCursor | undefined;
  do {
    const answer = await ask({ type: 'lede:notes:export', format, ...(cursor ? { cursor } : {}) });
    const piece = ExportPieceAnswerSchema.safeParse(answer);
    if (!piece.success) return failure(answer, 'Export failed.');
    pieces.push(piece.data.text);
    cursor = piece.data.next;
    onPiece?.(pieces.length);
  } while (cursor);
  return { ok: true, pieces };
}

/** Cuts text into parts of at most `size` characters, never between the two halves of a surrogate pair. */
export function partsOf(text: string, size: number = LIMITS.messageChars): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

/**
 * `lede:notes:import` for a file of any size: in the message itself when it fits, else uploaded in
 * parts first. A preview keeps its upload in the background: pass its `upload` id back to import the
 * same file without sending it again (it is sent again if the background no longer has it).
 * Resolves with the import's answer (or the failed upload's) and the upload id used, if any.
 */
export async function sendImport(ask: Ask, fileText: string, dryRun: boolean, previous?: string): Promise<{ answer: unknown; upload?: string }> {
  if (fileText.length <= LIMITS.messageChars) return { answer: await ask({ type: 'lede:notes:import', text: fileText, dryRun }) };
  if (previous) {
    const answer = await ask({ type: 'lede:notes:import', upload: previous, dryRun });
    if (!failure(answer, '').error.includes(GONE)) return { answer, upload: previous };
  }
  const upload = crypto.randomUUID();
  const parts = partsOf(fileText);
  for (let index = 0; index < parts.length; index++) {
    const answer = await ask({ type: 'lede:notes:upload', upload, index, text: parts[index] });
    if (!UploadAnswerSchema.safeParse(answer).success) return { answer };
  }
  return { answer: await ask({ type: 'lede:notes:import', upload, dryRun }), upload };
}
