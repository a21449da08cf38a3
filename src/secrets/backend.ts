import { jsBackend } from './js-backend.js';
import type { MemoryBackend } from './memory.js';

let active: MemoryBackend | undefined;

/** The backend new secrets are allocated in: the one chosen by enableMemoryProtection, else the portable one. */
export function activeBackend(): MemoryBackend {
  active ??= jsBackend;
  return active;
}

/** Chooses the backend for secrets allocated from now on (existing ones stay where they are). */
export function setActiveBackend(backend: MemoryBackend): void {
  active = backend;
}
