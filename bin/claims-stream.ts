// `lede claims`: JSON lines in, one line of claims out per line, in order. A bad line gets an error line
// and the run goes on.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { claimsForText } from '../lib/claims/assemble';

const LineSchema = z.object({ text: z.string(), id: z.unknown().optional(), lang: z.string().max(35).optional() });

/** Writes are batched: a write per line would dominate the time on large inputs. */
const FLUSH_EVERY = 256;

export async function runClaims(input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer: string[] = [];
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    buffer.push(JSON.stringify(answer(line, lineNo)));
    if (buffer.length >= FLUSH_EVERY) {
      output.write(buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (buffer.length) output.write(buffer.join('\n') + '\n');
  return 0;
}

function answer(line: string, lineNo: number): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: `line ${lineNo}: not valid JSON` };
  }
  const parsed = LineSchema.safeParse(raw);
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? { id: (raw as { id: unknown }).id } : {};
  if (!parsed.success) return { ...id, error: `line ${lineNo}: expected {"text": string, "id"?: any}` };
  try {
    return { ...id, claims: claimsForText(parsed.data.text, { lang: parsed.data.lang }) };
  } catch (err) {
    return { ...id, error: `line ${lineNo}: ${(err as Error).message}` };
  }
}
