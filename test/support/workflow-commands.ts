/** The workflow commands the runner would run for this output: lines that start (after blanks) with `::` or hold `##[` anywhere (the legacy parser's `IndexOf`), outside a `::stop-commands::` block. */
export function commandsRun(output: string): string[] {
  const run: string[] = [];
  let resume: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (resume !== undefined) {
      if (trimmed === resume) resume = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(trimmed);
    if (stop !== null) resume = `::${stop[1]}::`;
    else if (trimmed.startsWith('::') || trimmed.includes('##[')) run.push(trimmed);
  }
  return run;
}
