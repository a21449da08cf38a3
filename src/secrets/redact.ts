import { liveSecrets } from './live.js';

/** What a scrubbed secret is replaced with, as the runner's masker does. */
export const MASK = '***';

/**
 * Replaces every occurrence of any live secret, in any of its forms (plain, each line, base64,
 * base64url, lower- and uppercase hex, URL- and JSON-escaped), with `***`. Every error path runs its text through this
 * before printing it or setting it as a failure.
 */
export function redact(given: string): string {
  // Called from error paths, also from plain JavaScript with whatever was caught: redact its text rather than throw.
  const text = typeof given === 'string' ? given : String(given);
  if (text === '') return text;
  const secrets = liveSecrets();
  if (secrets.length === 0) return text;
  const data = Buffer.from(text, 'utf8');
  const hit = new Uint8Array(data.length);
  let found = false;
  for (const secret of secrets) {
    secret.forEachForm((form) => {
      for (let at = data.indexOf(form); at !== -1; at = data.indexOf(form, at + 1)) {
        hit.fill(1, at, at + form.length);
        found = true;
      }
    });
  }
  if (!found) return text;
  let result = '';
  let start = 0;
  while (start < data.length) {
    let end = start;
    const masked = hit[start] === 1;
    while (end < data.length && (hit[end] === 1) === masked) end += 1;
    result += masked ? MASK : data.toString('utf8', start, end);
    start = end;
  }
  data.fill(0);
  return result;
}
