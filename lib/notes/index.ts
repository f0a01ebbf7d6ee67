/** Public API of the notes engine (storage, keys, export/import). The UI builds on this. */
export { openNotesStore, newNote, draftId, NotesStore, type DraftInput, type DraftRef, type NewNoteFields, type OpenNotesStoreOptions } from './store';
export { DB_NAME, DB_VERSION } from './db';
export { ImportError, NoteConflictError, NoteValidationError, NotesStoreBlockedError, NotesStoreClosedError } from './errors';
export { toAnnotation, toAnnotationCollection, toMarkdown, ANNOTATION_CONTEXT, type WebAnnotation, type AnnotationCollection } from './export';
export { parseImport, planImport, type ImportPlan } from './import';
export { LIMITS } from './limits';
export { mayStore } from './privacy';
export {
  NoteSchema,
  NoteInputSchema,
  DraftSchema,
  SettingsSchema,
  TargetSchema,
  normalizeTags,
  type Draft,
  type Note,
  type NoteInput,
  type NoteTarget,
  type Settings,
} from './schema';
export { compileQuery, type NoteQuery } from './search';
export { noteKey, normalizeUrl, registrableDomain, siteOf, TRACKING_PARAMS, TRACKING_PARAM_PREFIXES } from './url-key';
export { newId } from './ids';
export { keepBoth, MERGE_SEPARATOR } from './conflict';
