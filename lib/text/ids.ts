// Stable ids for claims and sponsored blocks.
import { fnv1a } from './hash';

/** Ids from kind and text, numbered by occurrence, so an edit elsewhere in the text keeps them stable. */
export class IdMaker {
  private seen = new Map<string, number>();
  make(kind: string, text: string): string {
    const key = `${kind}|${text}`;
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    return `${kind.slice(0, 3)}-${fnv1a(`${key}|${n}`)}`;
  }
}
