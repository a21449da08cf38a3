import { createHash } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

// A process id names a process only on one host, in one boot of its kernel, in one pid namespace:
// two containers sharing a volume (two containers of one Kubernetes pod even share the host name)
// or two hosts sharing a network file system each have a process 7. Files that name their writer
// by its id name this place too, so that another place's process is never asked about by an id
// that means something else here.

let place: string | undefined;

/** What a file read from /proc says, or '' where there is none (macOS, Windows). */
function procText(read: () => string): string {
  try {
    return read().trim();
  } catch {
    return '';
  }
}

/**
 * Where this process's id means something, as 8 hexadecimal digits: a digest of the host name,
 * the kernel's boot id and the pid namespace (Linux; the host name alone elsewhere). Processes with
 * the same place can ask the system whether a process id runs; others cannot.
 */
export function processPlace(): string {
  place ??= createHash('sha256')
    .update([hostname(), procText(() => readFileSync('/proc/sys/kernel/random/boot_id', 'latin1')), procText(() => readlinkSync('/proc/self/ns/pid'))].join('\n'))
    .digest('hex')
    .slice(0, 8);
  return place;
}
