import { ARTICLE_TEXT_MAX_CHARS } from '../limits';

/** Size limits for notes and imports: one place, used by the schemas and the importer. */
export const LIMITS = {
  /** A note's own text. */
  bodyLength: 20_000,
  /** Quoted passage (a long selection is allowed, a whole book is not). */
  quoteLength: 10_000,
  /** Quote context each side (we write 32; other tools may write more). */
  contextLength: 256,
  /** One tag, and tags per note. */
  tagLength: 40,
  tags: 20,
  /** URLs and keys. */
  urlLength: 4_096,
  /** The page text a content script sends to have its notes anchored: the engine's limit (lib/limits.ts). */
  pageTextChars: ARTICLE_TEXT_MAX_CHARS,
  /** Page title. */
  titleLength: 1_000,
  /** Ids as found in imported files, before `urn:uuid:` is removed. */
  importedIdLength: 200,
  /**
   * An import file: characters, and annotations in it. Room for the export of a store filled by two
   * imports of 50 M characters / 50,000 notes (files bigger than one message arrive in parts).
   */
  importChars: 100_000_000,
  importItems: 100_000,
  /**
   * Characters of export or import text in one runtime message. Chrome carries at most 64 MiB of
   * JSON per message and one character takes at most 6 bytes there (as \u00XX): 8 M stays under it.
   */
  messageChars: 8_000_000,
  /** Selectors per imported target, bodies per imported annotation. */
  selectorsPerTarget: 8,
  bodiesPerAnnotation: 1 + 20,
  /** Character length of any short free-form string in an imported file (format, language...). */
  shortString: 200,
} as const;
