/**
 * The forms in which a secret can show up in text: itself, each of its lines, base64 and base64url
 * (at every alignment inside a longer encoding), lowercase and uppercase hex, URL- and JSON-escaped. Every form is built as
 * bytes, never as a string, and wiped after the visitor returns.
 */

/** Shorter derived forms are skipped: masking `{` or `ew` would mangle every log line (actions/runner#326). */
const MIN_FORM_LENGTH = 4;

const BASE64 = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const BASE64URL = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
const HEX = Buffer.from('0123456789abcdef');
const HEX_UPPER = Buffer.from('0123456789ABCDEF');

/**
 * Calls `visit` with each form of `secret`, each distinct form once; a form's bytes are zeroed as
 * soon as `visit` returns. Forms that come out alike (a token with nothing to escape is its own URL-
 * and JSON-escaped form; a digit-only hex is its uppercase hex) are told apart by how they are made,
 * never by keeping a visited form to compare with.
 */
export function forEachForm(secret: Uint8Array, visit: (form: Buffer) => void): void {
  if (secret.length === 0) return;
  const emit = (form: Buffer | undefined, always = false): void => {
    if (form === undefined) return;
    try {
      // The secret itself was the first form visited: a form that is the same bytes is not visited again.
      if (always || (form.length >= MIN_FORM_LENGTH && !form.equals(secret))) visit(form);
    } finally {
      form.fill(0);
    }
  };
  /** Two forms, the second visited only when it differs from the first (compared before the first is visited and zeroed). */
  const emitPair = (first: Buffer, second: Buffer): void => {
    const same = second.equals(first);
    emit(first);
    if (same) second.fill(0);
    else emit(second);
  };
  emit(copyOf(secret), true);
  for (const line of lines(secret)) emit(line);
  // Padded base64 and unpadded base64url are alike for a length a multiple of 3 without `+` or `/`.
  emitPair(base64Whole(secret, BASE64, true), base64Whole(secret, BASE64URL, false));
  // Unpadded standard base64 (`base64 | tr -d =`, many JSON fields): the cores miss its last
  // character, and it equals the base64url form unless the encoding holds `+` or `/`.
  if (secret.length % 3 !== 0) {
    const unpadded = base64Whole(secret, BASE64, false);
    if (unpadded.includes(0x2b) || unpadded.includes(0x2f)) emit(unpadded);
    else unpadded.fill(0);
  }
  // A length a multiple of 3 encodes whole at shift 0: those cores are the two whole forms above.
  for (const shift of secret.length % 3 === 0 ? ([1, 2] as const) : ([0, 1, 2] as const)) {
    emit(base64Core(secret, shift, BASE64));
    if (hasBase64UrlDifference(secret, shift)) emit(base64Core(secret, shift, BASE64URL));
  }
  // Uppercase hex is what Go's %X, .NET's Convert.ToHexString and many HTTP dumps print.
  emitPair(hex(secret, HEX), hex(secret, HEX_UPPER));
  emit(urlEscaped(secret));
  emit(jsonEscaped(secret));
}

/** A copy in a Buffer of its own (Buffer.from would use the shared pool). */
function copyOf(bytes: Uint8Array): Buffer {
  const copy = Buffer.alloc(bytes.length);
  copy.set(bytes);
  return copy;
}

/** Each line of a multi-line secret (without its CR), when there is more than one. */
function lines(secret: Uint8Array): Buffer[] {
  const result: Buffer[] = [];
  let start = 0;
  for (let index = 0; index <= secret.length; index += 1) {
    if (index < secret.length && secret[index] !== 0x0a) continue;
    let end = index;
    if (end > start && secret[end - 1] === 0x0d) end -= 1;
    if (start === 0 && index === secret.length) return result;
    if (end > start) result.push(copyOf(secret.subarray(start, end)));
    start = index + 1;
  }
  return result;
}

/**
 * The base64 characters that depend only on the secret when it is encoded after `shift` other
 * bytes: the leading characters mixing in the prefix and the trailing partial one are left out,
 * so the form matches inside any longer encoding (what the runner's shifted encoders do).
 */
function base64Core(secret: Uint8Array, shift: 0 | 1 | 2, alphabet: Buffer): Buffer {
  const total = secret.length + shift;
  const skip = Math.ceil((shift * 8) / 6);
  const chars = Math.floor((total * 8) / 6);
  const out = Buffer.alloc(Math.max(0, chars - skip));
  let accumulator = 0;
  let bits = 0;
  let index = 0;
  for (let position = 0; position < total; position += 1) {
    accumulator = ((accumulator << 8) | (position < shift ? 0 : (secret[position - shift] as number))) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      if (index >= skip) out[index - skip] = alphabet[(accumulator >> bits) & 63] as number;
      index += 1;
    }
  }
  return out;
}

/** The whole standalone encoding, its last partial character and (for base64) the padding included. */
function base64Whole(secret: Uint8Array, alphabet: Buffer, pad: boolean): Buffer {
  const core = base64Core(secret, 0, alphabet);
  const rest = (secret.length * 8) % 6;
  if (rest === 0) return core;
  const padding = pad ? (3 - (secret.length % 3)) % 3 : 0;
  const out = Buffer.alloc(core.length + 1 + padding, 0x3d);
  core.copy(out);
  core.fill(0);
  out[core.length] = alphabet[((secret[secret.length - 1] as number) << (6 - rest)) & 63] as number;
  return out;
}

/** Whether the base64url core differs from the base64 one (it does when any `+` or `/` appears). */
function hasBase64UrlDifference(secret: Uint8Array, shift: 0 | 1 | 2): boolean {
  const core = base64Core(secret, shift, BASE64);
  const differs = core.includes(0x2b) || core.includes(0x2f);
  core.fill(0);
  return differs;
}

function hex(secret: Uint8Array, digits: Buffer): Buffer {
  const out = Buffer.alloc(secret.length * 2);
  for (let index = 0; index < secret.length; index += 1) {
    const byte = secret[index] as number;
    out[index * 2] = digits[byte >> 4] as number;
    out[index * 2 + 1] = digits[byte & 15] as number;
  }
  return out;
}

/** Unreserved in `encodeURIComponent`: letters, digits and `-_.!~*'()`. */
function isUriUnreserved(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    byte === 0x2d ||
    byte === 0x5f ||
    byte === 0x2e ||
    byte === 0x21 ||
    byte === 0x7e ||
    byte === 0x2a ||
    byte === 0x27 ||
    byte === 0x28 ||
    byte === 0x29
  );
}

/** The secret as `encodeURIComponent` writes it, or undefined when that changes nothing. */
function urlEscaped(secret: Uint8Array): Buffer | undefined {
  return secret.every(isUriUnreserved) ? undefined : uriComponentEncoded(secret);
}

/**
 * `prefix`, then `secret` as `encodeURIComponent` writes it, in one Buffer of its own: no string of
 * the secret is made, so the caller can wipe it (a form body, once sent).
 */
export function uriComponentEncoded(secret: Uint8Array, prefix = ''): Buffer {
  let length = Buffer.byteLength(prefix);
  for (const byte of secret) length += isUriUnreserved(byte) ? 1 : 3;
  const out = Buffer.alloc(length);
  let at = out.write(prefix);
  for (const byte of secret) {
    if (isUriUnreserved(byte)) {
      out[at++] = byte;
    } else {
      out[at++] = 0x25;
      out[at++] = HEX_UPPER[byte >> 4] as number;
      out[at++] = HEX_UPPER[byte & 15] as number;
    }
  }
  return out;
}

const JSON_SHORT: Readonly<Record<number, number>> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72, 0x22: 0x22, 0x5c: 0x5c };

/** The bytes JSON.stringify writes between the quotes, or undefined when that changes nothing. */
function jsonEscaped(secret: Uint8Array): Buffer | undefined {
  let extra = 0;
  for (const byte of secret) {
    if (JSON_SHORT[byte] !== undefined) extra += 1;
    else if (byte < 0x20) extra += 5;
  }
  if (extra === 0) return undefined;
  const out = Buffer.alloc(secret.length + extra);
  let at = 0;
  for (const byte of secret) {
    const short = JSON_SHORT[byte];
    if (short !== undefined) {
      out[at++] = 0x5c;
      out[at++] = short;
    } else if (byte < 0x20) {
      out.set([0x5c, 0x75, 0x30, 0x30, HEX[byte >> 4] as number, HEX[byte & 15] as number], at);
      at += 6;
    } else {
      out[at++] = byte;
    }
  }
  return out;
}
