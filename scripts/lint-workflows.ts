/** `npm run lint:workflows`: every workflow and action metadata file, and the workflow snippets of the docs, through the checks of workflow-lint.ts (actionlint, shellcheck, zizmor, our rules). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { actionlint, checkActionInputs, checkFile, lintMarkdownWorkflows, shellcheck, userDocuments, zizmor, type Finding } from './workflow-lint.js';

const root = join(import.meta.dirname, '..');
const yamlIn = (dir: string): string[] =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(root, dir, name)) : [];

const workflows = [...yamlIn('.github/workflows'), ...yamlIn('workflows')];
const actions = [join(root, 'action.yml'), ...readdirSync(join(root, 'actions')).map((name) => join(root, 'actions', name, 'action.yml')).filter(existsSync)];

const findings: Finding[] = [];
for (const file of [...workflows, ...actions]) {
  const text = readFileSync(file, 'utf8');
  findings.push(...checkFile(file, text), ...checkActionInputs(file, text, root), ...shellcheck(file, text));
  if (workflows.includes(file)) findings.push(...(await actionlint(file, text)));
}
findings.push(...zizmor([...workflows, ...actions]));
const docs = await lintMarkdownWorkflows(root, userDocuments(root));
findings.push(...docs.findings);
for (const finding of findings) console.error(`${relative(root, finding.file)}:${finding.line}: [${finding.rule}] ${finding.message}`);
console.log(`lint:workflows: ${workflows.length} workflows, ${actions.length} actions, ${docs.snippets} workflow snippets in the docs, ${findings.length} problems`);
process.exitCode = findings.length === 0 ? 0 : 1;
