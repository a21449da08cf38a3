import { jsBackend } from './js-backend.js';
import type { MemoryBackend } from './memory.js';

let active: MemoryBackend | undefined;
let preferred: (() => MemoryBackend | undefined) | undefined;

/**
 * The backend new secrets are allocated in: the one chosen by enableMemoryProtection; before
 * that, the preferred one (libsodium when it loads) or else the portable one.
 */
export function activeBackend(): MemoryBackend {
  active ??= preferred?.() ?? jsBackend;
  return active;
}

/** Chooses the backend for secrets allocated from now on (existing ones stay where they are). */
export function setActiveBackend(backend: MemoryBackend): void {
  active = backend;
}

/** Whether a backend was chosen (by a call or by the first secret), so that a preference set now would go unasked. */
export function secretMemoryChosen(): boolean {
  return active !== undefined;
}

/** Sets how the backend is found when no one chose it: library users get guarded memory without any setup. */
export function preferBackend(find: () => MemoryBackend | undefined): void {
  preferred = find;
}
