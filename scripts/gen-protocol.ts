// `npm run gen:protocol`: writes what lib/protocol.ts generates (scripts/protocol-gen.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { CONTENT_GUARDS_FILE, README_FILE, renderContentGuards, withMessageTable } from './protocol-gen';

writeFileSync(CONTENT_GUARDS_FILE, renderContentGuards());
writeFileSync(README_FILE, withMessageTable(readFileSync(README_FILE, 'utf8')));
console.log(`wrote ${CONTENT_GUARDS_FILE} and the message table in ${README_FILE}`);
