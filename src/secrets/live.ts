import { checkArgument } from './errors.js';
import { forEachForm } from './forms.js';

/**
 * The process's live secrets: what `purge()` destroys, what the redactor scrubs and what the log
 * masker is told about. Secrets are held weakly; one dropped without `destroy()` is wiped when
 * it is garbage-collected.
 */

/** What the registry needs from a secret: a way to destroy it and to enumerate its forms. */
export interface LiveSecret {
  destroy(): void;
  /** Calls `visit` with each form of the secret (see forms.ts); nothing when it is destroyed. */
  forEachForm(visit: (form: Buffer) => void): void;
}

/** Receives each form of a new secret as bytes, to mask it in the log (copy it synchronously). */
export type Masker = (form: Uint8Array) => void;

const live = new Set<WeakRef<LiveSecret>>();
const finalizer = new FinalizationRegistry<{ ref: WeakRef<LiveSecret>; wipe: () => void }>((held) => {
  live.delete(held.ref);
  held.wipe();
});
const unregisterTokens = new WeakMap<LiveSecret, { ref: WeakRef<LiveSecret> }>();
let masker: Masker | undefined;
/** The live secrets the masker is never told of (see {@link track}). */
const unmasked = new WeakSet<LiveSecret>();

/**
 * Starts tracking a new secret and tells the masker its forms, unless `masked` is false: for bytes
 * nothing ever prints in any form (a private key), a mask command would be the one printed copy,
 * in every file that captures the log. `wipe` must not reference the secret.
 */
export function track(secret: LiveSecret, wipe: () => void, masked = true): void {
  const ref = new WeakRef(secret);
  const token = { ref };
  live.add(ref);
  unregisterTokens.set(secret, token);
  finalizer.register(secret, { ref, wipe }, token);
  if (!masked) unmasked.add(secret);
  else if (masker !== undefined) secret.forEachForm(masker);
}

/**
 * Tells the masker the forms of secret bytes that are never tracked (read, used once and wiped
 * within one call), as {@link track} does for a new secret.
 */
export function maskForms(bytes: Uint8Array): void {
  if (masker !== undefined) forEachForm(bytes, masker);
}

/** Whether the masker is told of a tracked secret's forms (it was not made with `masked: false`): what is made of it is told of, or not, alike. */
export function isMasked(secret: LiveSecret): boolean {
  return !unmasked.has(secret);
}

/** Stops tracking a destroyed secret. */
export function untrack(secret: LiveSecret): void {
  const token = unregisterTokens.get(secret);
  if (token === undefined) return;
  live.delete(token.ref);
  finalizer.unregister(token);
  unregisterTokens.delete(secret);
}

/** Every secret still alive. */
export function liveSecrets(): LiveSecret[] {
  const result: LiveSecret[] = [];
  for (const ref of live) {
    const secret = ref.deref();
    if (secret === undefined) live.delete(ref);
    else result.push(secret);
  }
  return result;
}

/**
 * Sets where secrets are registered for log masking (an action registers `::add-mask::`): every
 * live secret is registered at once, every later one at intake, before anything could print it.
 */
export function setMasker(next: Masker | undefined): void {
  checkArgument(next === undefined || typeof next === 'function', 'setMasker\'s argument', next, 'a function or undefined');
  masker = next;
  if (next === undefined) return;
  for (const secret of liveSecrets()) if (!unmasked.has(secret)) secret.forEachForm(next);
}
