/**
 * `npm run bench -- <name>`: runs the benchmark bench/<name>.ts, which prints its own figures next
 * to the peer's, measured side by side in the same run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const names = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('_'))
  .map((file) => file.slice(0, -3))
  .sort();
const name = process.argv[2];
if (name === undefined || !names.includes(name)) {
  console.error(`usage: npm run bench -- <name>\nbenchmarks: ${names.join(', ')}`);
  process.exit(2);
}
await import(pathToFileURL(join(import.meta.dirname, `${name}.ts`)).href);
