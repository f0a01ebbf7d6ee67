// What lib/protocol.ts generates: the content script's guards (lib/content-guards.ts: the same checks
// as the zod schemas, written with lib/guard.ts, so that no zod loads on every page) and the README's
// message table. `npm run gen:protocol` writes both; tests/unit/protocol.test.ts fails when either
// is out of date. A schema kind the guards cannot express stops the generator (it never guesses).
import * as analysis from '../lib/analysis';
import * as messages from '../lib/messages';
import * as notesSchema from '../lib/notes/schema';
import { messagesTo, PROTOCOL, type Party } from '../lib/protocol';

interface ZodLike {
  _zod: { def: Def };
}
interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as ZodLike)._zod.def;
/** A string as this code base writes them: single-quoted. */
const quoted = (text: string): string => `'${text.replace(/[\\']/g, '\\$&')}'`;
const isSchema = (value: unknown): value is ZodLike => typeof value === 'object' && value !== null && '_zod' in value;

/** The guards the content script uses, by the name it imports, with the type each checks. */
const ROOTS: { name: string; schema: unknown; type: string }[] = [
  ...messagesTo('content').map((t) => ({ name: t, schema: PROTOCOL[t].request, type: `RequestOf<'${t}'>` })),
  { name: 'isAnalyzeTextResponse', schema: PROTOCOL['lede:analyze-text'].response, type: `ResponseOf<'lede:analyze-text'>` },
  { name: 'isTextPieceResponse', schema: PROTOCOL['lede:analyze-text:piece'].response, type: `ResponseOf<'lede:analyze-text:piece'>` },
  { name: 'isClaimsPartResponse', schema: PROTOCOL['lede:analyze-text:claims'].response, type: `ResponseOf<'lede:analyze-text:claims'>` },
  { name: 'isClaimList', schema: messages.ClaimListSchema, type: 'Claim[]' },
  { name: 'isNotesAnchorsAnswer', schema: messages.NotesAnchorsAnswerSchema, type: 'NotesAnchorsAnswer' },
  { name: 'isSiteSettings', schema: messages.SiteSettingsSchema, type: 'SiteSettings' },
];

/** Shared parts are named after the schema they check, where it has a name. */
function schemaNames(): Map<unknown, string> {
  const names = new Map<unknown, string>();
  for (const module of [analysis, messages, notesSchema]) {
    for (const [name, value] of Object.entries(module)) {
      if (isSchema(value) && name.endsWith('Schema') && !names.has(value)) names.set(value, `is${name.slice(0, -'Schema'.length)}`);
    }
  }
  return names;
}

function children(def: Def): unknown[] {
  switch (def.type) {
    case 'object':
      return Object.values(def.shape as Record<string, unknown>);
    case 'array':
      return [def.element];
    case 'optional':
    case 'nullable':
      return [def.innerType];
    case 'union':
      return def.options as unknown[];
    case 'record':
      return [def.valueType];
    default:
      return [];
  }
}

const COMPOUND = new Set(['object', 'union', 'array', 'record', 'enum']);

class GuardWriter {
  private readonly uses = new Map<unknown, number>();
  private readonly hoisted = new Map<unknown, string>();
  readonly consts: string[] = [];
  readonly combinators = new Set<string>();

  constructor(
    roots: unknown[],
    private readonly names: Map<unknown, string>,
  ) {
    const count = (schema: unknown) => {
      const n = (this.uses.get(schema) ?? 0) + 1;
      this.uses.set(schema, n);
      if (n === 1) for (const child of children(defOf(schema))) count(child);
    };
    for (const root of roots) count(root);
  }

  private use(name: string): string {
    this.combinators.add(name);
    return name;
  }

  /** The guard for a schema: a name for a part used more than once, else the expression itself. */
  guard(schema: unknown, indent = ''): string {
    const hoisted = this.hoisted.get(schema);
    if (hoisted) return hoisted;
    const def = defOf(schema);
    if ((this.uses.get(schema) ?? 0) > 1 && COMPOUND.has(def.type)) {
      const name = this.names.get(schema) ?? `isShared${this.hoisted.size + 1}`;
      this.consts.push(`const ${name} = ${this.expression(def, '')};`);
      this.hoisted.set(schema, name);
      return name;
    }
    return this.expression(def, indent);
  }

  private expression(def: Def, indent: string): string {
    const checks = (def.checks as ZodLike[] | undefined)?.map((c) => defOf(c)) ?? [];
    switch (def.type) {
      case 'string':
        if (def.format === 'uuid' && checks.length === 0) return `${this.use('matching')}(${String(def.pattern)})`;
        if (def.format !== undefined) break;
        if (checks.length === 0) return this.use('isString');
        if (checks.length === 1 && checks[0].check === 'max_length') return `${this.use('stringUpTo')}(${String(checks[0].maximum)})`;
        break;
      case 'number': {
        if (def.format === undefined) return checks.length === 0 ? this.use('isNumber') : unsupported(def);
        if (def.format !== 'safeint') break;
        let min = '';
        let max = '';
        for (const c of checks) {
          if (c.check === 'greater_than' && c.inclusive) min = String(c.value);
          else if (c.check === 'less_than' && c.inclusive) max = String(c.value);
          else unsupported(c);
        }
        return `${this.use('int')}(${max ? `${min || '-Infinity'}, ${max}` : min})`;
      }
      case 'boolean':
        return this.use('isBoolean');
      case 'literal': {
        const values = def.values as unknown[];
        if (values.length === 1 && ['string', 'boolean'].includes(typeof values[0])) return `${this.use('literal')}(${typeof values[0] === 'string' ? quoted(values[0]) : String(values[0])})`;
        break;
      }
      case 'enum':
        return `${this.use('oneOf')}([${Object.values(def.entries as Record<string, string>).map(quoted).join(', ')}] as const)`;
      case 'array':
        if (checks.length === 0) return `${this.use('arrayOf')}(${this.guard(def.element, indent)})`;
        break;
      case 'optional':
      case 'nullable':
        return `${this.use(def.type)}(${this.guard(def.innerType, indent)})`;
      case 'union':
        return `${this.use('anyOf')}(${(def.options as unknown[]).map((o) => this.guard(o, indent)).join(', ')})`;
      case 'record':
        if (defOf(def.keyType).type === 'string' && !defOf(def.keyType).checks) return `${this.use('recordOf')}(${this.guard(def.valueType, indent)})`;
        break;
      case 'object': {
        const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
        if (catchall !== undefined && catchall !== 'never') break;
        const inner = `${indent}  `;
        const fields = Object.entries(def.shape as Record<string, unknown>).map(([key, value]) => `${/^[a-z_$][\w$]*$/i.test(key) ? key : quoted(key)}: ${this.guard(value, inner)}`);
        const strict = catchall === 'never' ? ', true' : '';
        const oneLine = `${this.use('shape')}({ ${fields.join(', ')} }${strict})`;
        return oneLine.length + indent.length <= 110 ? oneLine : `shape({\n${fields.map((f) => `${inner}${f},\n`).join('')}${indent}}${strict})`;
      }
    }
    return unsupported(def);
  }
}

function unsupported(def: unknown): never {
  throw new Error(`protocol-gen: no guard for the zod schema ${JSON.stringify(def)}`);
}

/** One schema's guard, as source (its shared parts inline). */
export function guardSource(schema: unknown): string {
  return new GuardWriter([schema], new Map()).guard(schema);
}

export const CONTENT_GUARDS_FILE = 'lib/content-guards.ts';

/** lib/content-guards.ts, as generated. */
export function renderContentGuards(): string {
  const writer = new GuardWriter(
    ROOTS.map((r) => r.schema),
    schemaNames(),
  );
  const requests = ROOTS.filter((r) => r.name.startsWith('lede:'));
  const others = ROOTS.filter((r) => !r.name.startsWith('lede:'));
  const requestLines = requests.map((r) => `  '${r.name}': ${writer.guard(r.schema, '  ')},\n`).join('');
  const otherLines = others.map((r) => `export const ${r.name}: Guard<${r.type}> = ${writer.guard(r.schema)};\n`).join('');
  return [
    '// GENERATED by `npm run gen:protocol` (scripts/protocol-gen.ts) from the zod schemas of lib/protocol.ts:',
    '// do not edit. The content script checks what it receives with these instead of zod, which would cost',
    '// every page ~10 KB gzipped. tests/unit/protocol.test.ts fails when this file is out of date.',
    `import { ${[...writer.combinators].sort().join(', ')}, type Guard } from './guard';`,
    "import type { MessagesTo, RequestOf, ResponseOf } from './protocol';",
    "import type { Claim } from './analysis';",
    "import type { SiteSettings } from './messages';",
    "import type { NotesAnchorsAnswer } from './notes/messages';",
    '',
    ...writer.consts,
    '',
    '/** The requests a content script answers, by type. */',
    `export const contentRequestGuards: { [T in MessagesTo<'content'>]: Guard<RequestOf<T>> } = {\n${requestLines}};`,
    '',
    otherLines,
  ].join('\n');
}

// ---- The README's message table ----

export const README_FILE = 'README.md';
const BEGIN = '<!-- messages: generated from lib/protocol.ts by `npm run gen:protocol` -->';
const END = '<!-- /messages -->';
const PARTY_NAMES: Record<Party, string> = { content: 'content script', background: 'background', popup: 'popup', options: 'options page', editor: 'note editor' };

function requestText(type: string, schema: unknown): string {
  const shape = defOf(schema).shape as Record<string, unknown>;
  const fields = Object.entries(shape).map(([key, value]) => (key === 'type' ? `type: "${type}"` : defOf(value).type === 'optional' ? `${key}?` : key));
  return `\`{${fields.join(', ')}}\``;
}

/** The table, one row per message of the protocol. */
export function renderMessageTable(): string {
  const rows = Object.entries(PROTOCOL).map(([type, m]) => {
    const route = `${m.from.map((p) => PARTY_NAMES[p]).join(', ')} → ${PARTY_NAMES[m.to]}`;
    return `| ${requestText(type, m.request)} | ${route} | ${m.answer.replaceAll('|', '\\|')} |`;
  });
  return [BEGIN, '| message | from → to | answer |', '| --- | --- | --- |', ...rows, END].join('\n');
}

/** The README with its message table as the protocol has it now (the rest left as it is). */
export function withMessageTable(readme: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`protocol-gen: ${README_FILE} has no message table markers`);
  return readme.slice(0, begin) + renderMessageTable() + readme.slice(end + END.length);
}
