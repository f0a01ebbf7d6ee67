// `lede`: the engine over saved pages and plain texts, from the command line. See README "Command line".
import { runAnalyze } from './analyze-files';
import { runClaims } from './claims-stream';

const USAGE = `usage:
  lede analyze [--url URL] [--jsonl] FILE...   analyze saved HTML pages ("-" reads stdin)
  lede claims                                  JSON lines {"text", "id"?, "lang"?} on stdin -> claims per line`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'analyze') return runAnalyze(rest);
  if (command === 'claims') return runClaims(process.stdin, process.stdout);
  if (command === '--help' || command === '-h') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  process.stderr.write(USAGE + '\n');
  return 2;
}

// A reader that stops early (`lede claims | head`) is not an error: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`lede: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
