// Every link of the user documents leads somewhere a reader of the repository can follow: a
// relative link to a file or folder of the checkout, an anchor to a heading (or an explicit id) of
// the document it names; and no document sends a reader to a path of the machine it was written on.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'node:test';
import { userDocuments } from '../../scripts/workflow-lint.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The lines of a Markdown text outside fenced blocks, with their numbers. */
function prose(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fenced = false;
  for (const [index, line] of text.split('\n').entries()) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    else if (!fenced) out.push({ line: index + 1, text: line });
  }
  return out;
}

/** A heading's anchor as GitHub makes it: lowercase, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replaceAll(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replaceAll('`', '')
    .trim()
    .toLowerCase()
    .replaceAll(/[^\p{L}\p{N}\s_-]/gu, '')
    .replaceAll(/\s/g, '-');
}

/** The anchors a Markdown file offers: its headings' (numbered when repeated, as GitHub numbers them) and explicit ids. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of prose(readFileSync(file, 'utf8'))) {
    const heading = /^#{1,6}\s+(.*)$/.exec(text)?.[1];
    if (heading !== undefined) {
      const base = slug(heading);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const match of text.matchAll(/<a (?:name|id)="([^"]+)"/g)) anchors.add(match[1] ?? '');
  }
  return anchors;
}

test('every relative link and anchor of the user documents resolves in the checkout', () => {
  const problems: string[] = [];
  let links = 0;
  for (const document of userDocuments(ROOT)) {
    for (const { line, text } of prose(readFileSync(join(ROOT, document), 'utf8'))) {
      // Code spans show link syntax without being links.
      for (const match of text.replaceAll(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
        const href = match[1] ?? '';
        if (/^[a-z][a-z+.-]*:/i.test(href)) continue;
        links += 1;
        const [path = '', fragment] = href.split('#');
        const target = path === '' ? join(ROOT, document) : normalize(join(ROOT, dirname(document), path));
        if (!existsSync(target) || relative(ROOT, target).startsWith('..')) problems.push(`${document}:${line}: ${href} names no file of the repository`);
        else if (fragment !== undefined && target.endsWith('.md') && statSync(target).isFile() && !anchorsOf(target).has(fragment)) problems.push(`${document}:${line}: ${href} names no heading of ${relative(ROOT, target)}`);
      }
    }
  }
  assert.ok(links > 100, `found only ${links} links`);
  assert.deepEqual(problems, []);
});

test('no user document points at a path of the machine it was written on', () => {
  const problems: string[] = [];
  for (const document of userDocuments(ROOT)) {
    for (const { line, text } of prose(readFileSync(join(ROOT, document), 'utf8'))) {
      // A runner's workspace (/home/runner/work/...) is an example readers know; a developer's tree is not theirs.
      for (const match of text.matchAll(/(?<![\w.])\/(?:work|root|Users)\/[\w./-]+|(?<![\w.])\/home\/(?!runner\/)[\w./-]+/g)) problems.push(`${document}:${line}: ${match[0]}`);
    }
  }
  assert.deepEqual(problems, []);
});
