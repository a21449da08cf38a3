import type { Artifact } from '../checksums/hash.js';

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
