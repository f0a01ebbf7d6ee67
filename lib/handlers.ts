// Dispatch by table: a receiver lists a handler per message type it answers (lib/protocol.ts), and
// `handlers` picks one by the message's `type`, parses the request first and refuses anything that
// does not parse. No zod here (the content script uses it): the parsing is handed in.
import type { MessageType, RequestOf, ResponseOf } from './protocol';
import type { Guard } from './guard';

export type Handler<T extends MessageType, C> = (request: RequestOf<T>, context: C) => ResponseOf<T> | Promise<ResponseOf<T>>;
/** One handler per message type, each typed by the protocol: a missing or extra one does not compile. */
export type HandlerTable<T extends MessageType, C = void> = { [K in T]: Handler<K, C> };

export type Parsed<T> = { success: true; data: T } | { success: false; error?: unknown };
/** Parses a request of a given type (a zod schema's safeParse, or a generated guard). */
export type ParseRequest<T extends MessageType> = <K extends T>(type: K, message: unknown) => Parsed<RequestOf<K>>;

/** A handler's answer (or its promise), or null: not ours (another listener may take it) or refused. */
export type Dispatch<C> = (message: unknown, context: C) => { answer: unknown } | null;

/**
 * The table as one dispatch function. A request that does not parse is ignored, or, with `refuse`,
 * answered with what it returns (the error is the parser's).
 */
export function handlers<T extends MessageType, C = void>(
  parse: ParseRequest<T>,
  table: HandlerTable<T, C>,
  refuse?: (type: T, error: unknown) => unknown,
): Dispatch<C> {
  return (message, context) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(table, type)) return null;
    const parsed = parse(type as T, message);
    if (!parsed.success) return refuse ? { answer: refuse(type as T, parsed.error) } : null;
    return { answer: (table[type as T] as Handler<T, C>)(parsed.data, context) };
  };
}

/** Requests checked with guards (the content script's, generated: lib/content-guards.ts). */
export function guardedBy<T extends MessageType>(guards: { [K in T]: Guard<RequestOf<K>> }): ParseRequest<T> {
  return (type, message) => (guards[type](message) ? { success: true, data: message as RequestOf<typeof type> } : { success: false });
}

/**
 * A `runtime.onMessage` listener for a dispatch: `contextOf` says who asked (null: not answered). The
 * answer goes back through `sendResponse` (with `return true`), which works in every browser.
 */
export function messageListener<S, C>(dispatch: Dispatch<C>, contextOf: (sender: S) => C | null) {
  return (message: unknown, sender: S, sendResponse: (answer: unknown) => void): boolean => {
    const context = contextOf(sender);
    if (context === null) return false;
    const handled = dispatch(message, context);
    if (!handled) return false;
    const { answer } = handled;
    if (answer instanceof Promise) {
      answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    } else {
      sendResponse(answer);
    }
    return true;
  };
}
