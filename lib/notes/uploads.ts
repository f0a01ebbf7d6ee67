/**
 * Import files too big for one runtime message arrive in parts (`lede:notes:upload`, in order) and
 * are joined here until the `lede:notes:import` that names the upload takes them. One upload at a
 * time: a new one drops the previous. Nothing is stored: a restarted background has forgotten the
 * parts, and the options page sends the file again.
 */
import { ImportError } from './errors';
import { LIMITS } from './limits';

/** How a `take` of an upload that is not here begins (the options page then sends the file again). */
export const GONE = 'This upload is gone (Lede restarted, or another file was sent since)';

export class ImportUploads {
  private current: { id: string; parts: string[]; chars: number } | null = null;

  /** Add part `index` (0, 1, 2...) of upload `id`; returns the characters received so far. */
  add(id: string, index: number, text: string): number {
    if (index === 0) this.current = { id, parts: [], chars: 0 };
    const upload = this.current;
    if (!upload || upload.id !== id || upload.parts.length !== index) {
      this.current = null;
      throw new ImportError([{ path: '(file)', message: `Upload part ${index} came out of order or for an upload that is gone: send the file again` }]);
    }
    if (upload.chars + text.length > LIMITS.importChars) {
      this.current = null;
      throw new ImportError([{ path: '(file)', message: `File too large: more than ${LIMITS.importChars} characters, the limit` }]);
    }
    upload.parts.push(text);
    upload.chars += text.length;
    return upload.chars;
  }

  /** The whole text of upload `id`; `keep` holds on to it (a preview, before the import itself). */
  take(id: string, { keep = false }: { keep?: boolean } = {}): string {
    const upload = this.current;
    if (!upload || upload.id !== id) throw new ImportError([{ path: '(file)', message: `${GONE}: send the file again` }]);
    const text = upload.parts.join('');
    upload.parts = [text];
    if (!keep) this.current = null;
    return text;
  }
}
