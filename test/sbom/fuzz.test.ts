/**
 * Every registered parser against random mutations of its real fixture lockfiles: it must resolve
 * to a well-formed ParseResult or reject with SbomParseError, never anything else, and its cost
 * must grow linearly with the input. Seeded, so a failure names a mutation that can be replayed.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { PackageURL } from 'packageurl-js';
import YAML from 'yaml';
import { SbomParseError } from '../../src/sbom/errors.js';
import type { ParseResult } from '../../src/sbom/model.js';
import { SNIFF_BYTES, type ParseInput, type Parser } from '../../src/sbom/parser.js';
import { PARSERS } from '../../src/sbom/parsers/index.js';
import { mutate, prng, seedOf } from './mutations.js';
import { FIXTURES } from './parsers/lockfile-fixtures.js';

const MUTATIONS_PER_PARSER = 300;
/** Linear growth gives a ratio near 10 for 10x the input; quadratic gives 100. */
const SCALE = 10;
const MAX_RATIO = 50;
/** The bigger linearity input is scaled to about this many bytes. */
const LINEARITY_TARGET_BYTES = 400_000;

/** One fixture file a parser reads, with the other files of its case as siblings. */
interface Sample {
  caseName: string;
  fileName: string;
  content: Buffer;
  siblings: Map<string, Buffer>;
}

/**
 * A mutation of a binary where its reader looks: the headers at the start, the section headers at
 * the end (ELF) and the Go build info; random spots of an 800 KiB binary would rarely touch them.
 */
function mutateBinary(content: Buffer, random: () => number): Buffer {
  const focus = [0, content.length - 4096, content.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))].filter((offset) => offset >= 0);
  const start = Math.min(content.length, (focus[Math.floor(random() * focus.length)] ?? 0) + Math.floor(random() * 256));
  const end = Math.min(content.length, start + 4096);
  return Buffer.concat([content.subarray(0, start), mutate(content.subarray(start, end), random), content.subarray(end)]);
}

/** The fixture files a parser reads, in every folder under test/fixtures/sbom/: by name, or by first bytes for parsers that sniff (gzipped binaries are unpacked). */
async function samplesOf(parser: Parser): Promise<Sample[]> {
  const samples: Sample[] = [];
  const walk = async (dir: string, caseName: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    const files = new Map<string, Buffer>();
    for (const entry of entries) {
      if (entry.isDirectory()) {
        await walk(join(dir, entry.name), `${caseName}/${entry.name}`);
      } else if (entry.isFile()) {
        const raw = await readFile(join(dir, entry.name));
        files.set(entry.name.endsWith('.gz') ? entry.name.slice(0, -3) : entry.name, entry.name.endsWith('.gz') ? gunzipSync(raw) : raw);
      }
    }
    for (const [fileName, content] of files) {
      if (fileName === 'expected.json' || fileName === 'expected-relationships.json' || fileName === 'README.md') continue;
      const wanted = PARSERS.find((candidate) => candidate.matches(fileName)) ?? PARSERS.find((candidate) => candidate.sniff?.(content.subarray(0, SNIFF_BYTES)) === true);
      if (wanted === parser) samples.push({ caseName, fileName, content, siblings: files });
    }
  };
  for (const entry of (await readdir(FIXTURES, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) await walk(join(FIXTURES, entry.name), entry.name);
  }
  return samples;
}

function inputOf(sample: Sample, content: Buffer, siblings: ReadonlyMap<string, Buffer>, includeDev: boolean): ParseInput {
  return {
    path: `${sample.caseName}/${sample.fileName}`,
    content,
    includeDev,
    readSibling: (name) => Promise.resolve(name === sample.fileName ? undefined : siblings.get(name)),
  };
}

/** Checks that a parse result is what the catalog can rely on: valid purls, hex hashes, edges between known packages. */
function assertWellFormed(result: ParseResult, label: string): void {
  assert.ok(Array.isArray(result.packages) && Array.isArray(result.relationships), `${label}: not a ParseResult`);
  const known = new Set<string>();
  for (const pkg of [...result.packages, ...(result.root === undefined ? [] : [result.root])]) {
    assert.equal(typeof pkg.purl, 'string', label);
    assert.doesNotThrow(() => PackageURL.fromString(pkg.purl), `${label}: ${pkg.purl} is not a purl`);
    assert.equal(typeof pkg.name, 'string', label);
    assert.equal(typeof pkg.version, 'string', label);
    for (const hash of pkg.hashes) assert.match(hash.hex, /^[0-9a-f]+$/, `${label}: ${pkg.purl} hash`);
    assert.ok(pkg.locations.length > 0, `${label}: ${pkg.purl} has no location`);
    known.add(pkg.purl);
  }
  for (const edge of result.relationships) {
    assert.ok(known.has(edge.from) && known.has(edge.to), `${label}: edge ${edge.from} -> ${edge.to} to an unknown package`);
  }
}

/** Parses, failing the test on anything but a well-formed result or an SbomParseError (a synchronous throw included). */
async function parseOrParseError(parser: Parser, input: ParseInput, label: string): Promise<ParseResult | SbomParseError> {
  let promise: Promise<ParseResult>;
  try {
    promise = parser.parse(input);
  } catch (error) {
    assert.fail(`${label}: parse threw synchronously: ${String(error)}`);
  }
  try {
    const result = await promise;
    assertWellFormed(result, label);
    return result;
  } catch (error) {
    if (error instanceof SbomParseError && error.code === 'SBOM_PARSE_FAILED') return error;
    if (error instanceof assert.AssertionError) throw error;
    assert.fail(`${label}: threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`);
  }
}

/** Keys that mark an entry as a locked package in the JSON and YAML lockfiles. */
const PACKAGE_KEYS = ['version', 'resolved', 'resolution', 'integrity'];

/**
 * A lockfile's package list, at most four levels deep: the array or object with the most entries
 * that look like packages, else the one with the most entries that are nearly all objects.
 */
function largestEntryList(document: unknown): Record<string, unknown> | unknown[] | undefined {
  const candidates: { list: Record<string, unknown> | unknown[]; packages: number; objects: number }[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 4) return;
    const items = Object.values(value);
    const objects = items.filter((item) => typeof item === 'object' && item !== null);
    const packages = objects.filter((item) => PACKAGE_KEYS.some((key) => Object.hasOwn(item as object, key))).length;
    candidates.push({ list: value as Record<string, unknown>, packages, objects: objects.length >= 0.8 * items.length ? objects.length : 0 });
    for (const item of items) visit(item, depth + 1);
  };
  visit(document, 0);
  const byPackages = candidates.reduce<(typeof candidates)[number] | undefined>((best, candidate) => (candidate.packages > (best?.packages ?? 1) ? candidate : best), undefined);
  const byObjects = candidates.reduce<(typeof candidates)[number] | undefined>((best, candidate) => (candidate.objects > (best?.objects ?? 1) ? candidate : best), undefined);
  return (byPackages ?? byObjects)?.list;
}

/** Grows a parsed JSON/YAML lockfile: its package list gets `factor - 1` renamed copies of every entry. */
function grownDocument(document: unknown, factor: number): unknown {
  const list = largestEntryList(document);
  if (list === undefined) return document;
  const renamed = (item: unknown, copy: number): unknown =>
    typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string' ? { ...item, name: `${(item as { name: string }).name}-copy${copy}` } : item;
  if (Array.isArray(list)) {
    const original = [...list];
    for (let copy = 1; copy < factor; copy += 1) list.push(...original.map((item) => renamed(item, copy)));
  } else {
    for (const [key, item] of Object.entries(list)) for (let copy = 1; copy < factor; copy += 1) list[`${key}-copy${copy}`] = item;
  }
  return document;
}

/**
 * The file grown to about `factor` times its entries, staying valid where the format allows: the
 * package list of JSON and YAML files gets renamed copies, TOML `[[package]]` runs and XML
 * `<dependency>` blocks are repeated, line formats are repeated whole.
 */
function scaled(sample: Sample, factor: number): Buffer {
  const text = sample.content.toString('utf8');
  if (/^\s*[{[]/.test(text)) {
    try {
      // bun.lock is JSON with trailing commas; what it grows into is plain JSON, which bun reads too.
      return Buffer.from(JSON.stringify(grownDocument(JSON.parse(text.replace(/,(\s*[}\]])/g, '$1')), factor), null, 2));
    } catch {
      // Not JSON after all: repeated whole below.
    }
  }
  if (/\.ya?ml$/.test(sample.fileName)) return Buffer.from(YAML.stringify(grownDocument(YAML.parse(text), factor), { aliasDuplicateObjects: false }));
  if (text.includes('[[package]]')) {
    const start = text.indexOf('[[package]]');
    const tail = /^\[(?!\[package\]\]|package\.)/m.exec(text.slice(start));
    const end = tail === null ? text.length : start + tail.index;
    const block = text.slice(start, end);
    const copies = Array.from({ length: factor }, (_, copy) => (copy === 0 ? block : block.replace(/^name = "([^"]+)"/gm, `name = "$1-copy${copy}"`)));
    return Buffer.from(`${text.slice(0, start)}${copies.join('\n')}\n${text.slice(end)}`);
  }
  if (sample.fileName.endsWith('.xml')) {
    return Buffer.from(text.replace(/<dependencies>([\s\S]*?)<\/dependencies>/, (_, inner: string) => `<dependencies>${inner.repeat(factor)}</dependencies>`));
  }
  return Buffer.from(Array.from({ length: factor }, () => text).join('\n'));
}

/** The least CPU time of a few runs of a parse (CPU, not wall, so other processes on the machine do not count). */
async function cpuMicros(parser: Parser, input: ParseInput): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const start = process.cpuUsage();
    await parser.parse(input).catch(() => undefined);
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

async function fuzz(t: TestContext, parser: Parser): Promise<void> {
  const samples = await samplesOf(parser);
  assert.ok(samples.length > 0, `${parser.name} has no fixture under test/fixtures/sbom/ to fuzz`);
  const random = prng(seedOf(parser.name));
  let rejected = 0;
  for (let round = 0; round < MUTATIONS_PER_PARSER; round += 1) {
    const sample = samples[round % samples.length] as Sample;
    const content = parser.sniff === undefined ? mutate(sample.content, random) : mutateBinary(sample.content, random);
    // Now and then a mutated sibling (go.sum, Cargo.toml, pyproject.toml, package.json) too.
    const siblings = new Map(sample.siblings);
    const siblingNames = [...siblings.keys()].filter((name) => name !== sample.fileName && !name.startsWith('expected'));
    const siblingName = siblingNames[Math.floor(random() * siblingNames.length)];
    if (siblingName !== undefined && random() < 0.3) siblings.set(siblingName, mutate(siblings.get(siblingName) as Buffer, random));
    const outcome = await parseOrParseError(parser, inputOf(sample, content, siblings, random() < 0.5), `${parser.name} round ${round} on ${sample.caseName}/${sample.fileName}`);
    if (outcome instanceof SbomParseError) rejected += 1;
  }
  t.diagnostic(`${parser.name}: ${MUTATIONS_PER_PARSER} mutations of ${samples.length} fixture(s), ${rejected} rejected as unparseable`);
}

async function linearity(t: TestContext, parser: Parser): Promise<void> {
  // Binaries are read by byte ranges bounded by the build info, whatever the file size (see go.test.ts).
  const samples = (await samplesOf(parser)).filter((sample) => parser.sniff === undefined || !parser.sniff(sample.content.subarray(0, SNIFF_BYTES)));
  for (const sample of samples) {
    const small = Math.max(1, Math.ceil(LINEARITY_TARGET_BYTES / SCALE / sample.content.length));
    const smallInput = inputOf(sample, scaled(sample, small), sample.siblings, true);
    const bigInput = inputOf(sample, scaled(sample, small * SCALE), sample.siblings, true);
    const bigOutcome = await parseOrParseError(parser, bigInput, `${parser.name} scaled ${sample.caseName}`);
    const smallTime = await cpuMicros(parser, smallInput);
    const bigTime = await cpuMicros(parser, bigInput);
    const ratio = bigTime / Math.max(smallTime, 1);
    const found = bigOutcome instanceof SbomParseError ? `rejected: ${bigOutcome.message.slice(0, 80)}` : `${bigOutcome.packages.length} packages`;
    t.diagnostic(`${sample.caseName}/${sample.fileName}: ${bigInput.content.length} bytes (${found}) cost ${ratio.toFixed(1)}x of ${smallInput.content.length} bytes`);
    assert.ok(ratio <= MAX_RATIO, `${parser.name} on ${sample.caseName}: ${SCALE}x the input cost ${ratio.toFixed(1)}x the CPU time (limit ${MAX_RATIO})`);
  }
}

describe('every registered parser under random mutations of its real lockfiles', () => {
  for (const parser of PARSERS) {
    it(`${parser.name} returns a ParseResult or throws SbomParseError`, { timeout: 120_000 }, (t) => fuzz(t, parser));
  }
});

describe('every registered parser costs time linear in its input', () => {
  for (const parser of PARSERS) {
    it(`${parser.name} scales linearly`, { timeout: 120_000 }, (t) => linearity(t, parser));
  }
});
