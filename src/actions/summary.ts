import type { Artifact } from '../checksums/hash.js';
import type { GateReport, ReleaseFacts } from '../release/index.js';
import { redact } from '../secrets/index.js';

/** Formats a byte count for people: `1.5 MiB`. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit] ?? ''}`;
}

/** Escapes text for a markdown table cell. */
export function cell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('`', '\\`').replaceAll('<', '&lt;');
}

/** The job-summary table of hashed artifacts: name, size and digest. */
export function artifactsTable(artifacts: readonly Artifact[], algorithm: string): string {
  const rows = artifacts.map((artifact) => `| ${cell(artifact.name)} | ${formatSize(artifact.size)} | \`${artifact.hex}\` |`);
  return [`| Artifact | Size | ${algorithm.toUpperCase()} |`, '| --- | ---: | --- |', ...rows].join('\n');
}

/**
 * The job-summary lines of a failed release: what failed and why, what the output directory now
 * holds (this run's files only), and what the run did not make.
 */
export function failedReleaseLines(facts: ReleaseFacts): string[] {
  if (facts.failure === undefined) return [];
  const { failure } = facts;
  const text = redact(`${failure.message}${failure.hint === undefined ? '' : `\nhint: ${failure.hint}`}`);
  // A fenced block keeps a multi-line hint (a YAML snippet) as written; its fence is longer than any backtick run in it.
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((run) => run[0].length + 1)));
  const lines = [`**Failed** while ${failure.step}: \`${cell(failure.code)}\``, '', `${fence}text`, text, fence, ''];
  const where = facts.outputDir === undefined ? 'the output directory' : `\`${cell(facts.outputDir)}\``;
  if (facts.produced.length > 0) lines.push(`Written to ${where} (this run's files only): ${facts.produced.map((name) => `\`${cell(name)}\``).join(', ')}`, '');
  else lines.push(facts.outputDir === undefined ? 'Nothing was written.' : `Nothing was written; ${where} is as it was.`, '');
  if (facts.missing.length > 0) lines.push(`Not made: ${facts.missing.join(', ')}`, '');
  if (facts.gate !== undefined) lines.push(...gateLines(facts.gate));
  return lines;
}

/** What the gate before publishing checked in-process and which of VERIFY.md's commands it ran, each with its verdict and why. */
export function gateLines(gate: GateReport): string[] {
  const row = (outcome: GateReport['checks'][number], code: boolean): string => `| ${outcome.verdict} | ${code ? `\`${cell(outcome.what)}\`` : cell(outcome.what)} | ${cell(redact(outcome.detail))} |`;
  const counts = (['passed', 'failed', 'not run'] as const).map((verdict) => `${[...gate.checks, ...gate.commands].filter((outcome) => outcome.verdict === verdict).length} ${verdict}`).join(', ');
  return [`Gate before publishing (the draft's assets downloaded back from GitHub): ${counts}`, '', '| Verdict | Check or command | Why |', '| --- | --- | --- |', ...gate.checks.map((outcome) => row(outcome, false)), ...gate.commands.map((outcome) => row(outcome, true)), ''];
}
