// `lede analyze`: one JSON object per file; an unreadable or non-HTML file becomes {file, error} and the
// others are still analyzed (exit code 1 when any failed).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../lib/pipeline/analyze';
import { notHtmlReason, parseHtml } from './parse-html';

interface Args {
  url?: string;
  jsonl: boolean;
  files: string[];
}

/** The options of `lede analyze` (node:util parseArgs; `-` is a file: stdin; `--` ends the options). */
function parseArguments(argv: string[]): Args | string {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { url: { type: 'string' }, jsonl: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals: files } = parsed;
  const url = values.url;
  if (files.length === 0) return 'no FILE given';
  if (url === '') return '--url needs a URL';
  if (url !== undefined && files.length > 1) return '--url goes with one file only';
  if (url !== undefined && !/^https?:\/\//i.test(url)) return '--url must be an http(s) URL';
  return { url, jsonl: values.jsonl, files };
}

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type Outcome = { ok: true; value: object } | { ok: false; value: { file: string; error: string } };

async function analyzeFile(file: string, url: string | undefined): Promise<Outcome> {
  let html: string;
  try {
    html = await readInput(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    return { ok: false, value: { file, error: `cannot read: ${why}` } };
  }
  const notHtml = notHtmlReason(html);
  if (notHtml) return { ok: false, value: { file, error: notHtml } };
  try {
    const docUrl = url ?? (file === '-' ? 'about:blank' : pathToFileURL(resolve(file)).href);
    const result = analyze(parseHtml(html, docUrl), { url: url ?? null });
    return { ok: true, value: result };
  } catch (err) {
    return { ok: false, value: { file, error: `analysis failed: ${(err as Error).message}` } };
  }
}

export async function runAnalyze(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (typeof args === 'string') {
    process.stderr.write(`lede analyze: ${args}\nusage: lede analyze [--url URL] [--jsonl] FILE...\n`);
    return 2;
  }
  let failed = false;
  if (args.files.length === 1 && !args.jsonl) {
    const out = await analyzeFile(args.files[0], args.url);
    if (!out.ok) {
      process.stderr.write(JSON.stringify(out.value) + '\n');
      return 1;
    }
    process.stdout.write(JSON.stringify(out.value, null, 2) + '\n');
    return 0;
  }
  if (!args.jsonl) process.stdout.write('[');
  for (let i = 0; i < args.files.length; i++) {
    const file = args.files[i];
    const out = await analyzeFile(file, args.url);
    failed ||= !out.ok;
    const record = out.ok ? { file, ...out.value } : out.value;
    if (args.jsonl) process.stdout.write(JSON.stringify(record) + '\n');
    else process.stdout.write((i ? ',\n' : '\n') + JSON.stringify(record));
  }
  if (!args.jsonl) process.stdout.write('\n]\n');
  return failed ? 1 : 0;
}
