/**
 * Fails when the committed dist/ differs from a fresh build: rebuilds it from scratch, then asks
 * git for any change below dist/, new untracked files included (a plain `git diff` misses those).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'bundle.ts')], { cwd: root, stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { cwd: root, encoding: 'utf8' });
if (status !== '') {
  console.error(`dist/ is stale: a fresh \`npm run bundle\` changes these files:\n${status}\nRun \`npm run bundle\` and commit dist/.`);
  process.exit(1);
}
console.log('dist/ is current');
