import { quoted } from '../../core/quote.js';

/**
 * The JSON shape of a Sigstore document's known fields: a string, base64 bytes, a protobuf int64
 * as a decimal string, an RFC 3339 time, an object of fields (each optional unless `required`), or
 * an array of one shape, of at most `most` items when given.
 */
export type Shape = 'string' | 'base64' | 'int64' | 'rfc3339' | { fields: Record<string, Shape | { shape: Shape; required: true }> } | { items: Shape; most?: number };

/** Where a JSON value breaks a {@link Shape}: its path and what was expected there. */
export interface ShapeViolation {
  path: string;
  problem: string;
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const INT64 = /^(?:0|[1-9]\d{0,18})$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** A protobuf int64 at or below 2^63 - 1, as Go's protojson (cosign, sigstore-go) reads one: equal-length digit strings compare as numbers. */
function isInt64(text: string): boolean {
  return INT64.test(text) && (text.length < 19 || text <= '9223372036854775807');
}

/**
 * The time an RFC 3339 timestamp (as protobuf JSON writes `google.protobuf.Timestamp`) names, or
 * undefined when it is not one: `Date` parsing alone accepts other forms and rolls 30 February
 * over into March. A fraction finer than a millisecond is rounded `down` or `up`: a window's start
 * is read rounded up and its end rounded down, so that the window is never wider than it says.
 */
export function parseRfc3339(text: string, subMillisecond: 'down' | 'up' = 'down'): Date | undefined {
  const match = RFC3339.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[10] ?? 0);
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, day);
  const fraction = (match[7] ?? '').slice(1);
  calendar.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
  const exact = year >= 1 && calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60;
  if (!exact) return undefined;
  const offsetMs = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60000;
  const up = subMillisecond === 'up' && /[1-9]/.test(fraction.slice(3)) ? 1 : 0;
  return new Date(calendar.getTime() - offsetMs + up);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The first place where `value` breaks `shape`, if any. Fields the shape does not name are left
 * alone (newer documents may carry them), but for a named field spelled as its protobuf name
 * (`tlog_entries`); a named field that is present must have its shape.
 * With `nullIsAbsent` (bundles), a field set to `null` is absent, as protobuf's JSON mapping reads
 * it (Go's protojson, sigstore-js): sigstore-js 1.x and 2.x wrote `"timestampVerificationData": null`
 * and `"inclusionProof": null` into their v0.1 bundles. Without it (trusted roots, which no writer
 * is known to give a null and whose reader hands some raw values on), null is refused. An array
 * item is never null. Depth and work are bounded by the shape.
 */
export function findShapeViolation(value: unknown, shape: Shape, path: string, nullIsAbsent = false): ShapeViolation | undefined {
  if (typeof shape === 'string') {
    if (typeof value !== 'string') return { path, problem: `is ${typeOf(value)}, expected ${SCALAR_NAMES[shape]}` };
    if (shape === 'base64' && !BASE64.test(value)) return { path, problem: 'is not base64' };
    if (shape === 'int64' && !isInt64(value)) return { path, problem: `is ${quoted(value, 40)}, expected a non-negative decimal integer below 2^63` };
    if (shape === 'rfc3339' && parseRfc3339(value) === undefined) return { path, problem: `is ${quoted(value, 40)}, expected an RFC 3339 time such as 2025-01-31T12:00:00Z` };
    return undefined;
  }
  if ('items' in shape) {
    if (!Array.isArray(value)) return { path, problem: `is ${typeOf(value)}, expected an array` };
    if (shape.most !== undefined && value.length > shape.most) return { path, problem: `has ${value.length} items, more than the ${shape.most} read` };
    for (const [index, item] of value.entries()) {
      const found = findShapeViolation(item, shape.items, `${path}[${index}]`, nullIsAbsent);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { path, problem: `is ${typeOf(value)}, expected an object` };
  // A known field under its protobuf name (`tlog_entries`), which Go's protojson also reads: read as missing, it was reported as what a bundle lacks (no log entry).
  for (const name of Object.keys(value)) {
    if (!name.includes('_')) continue;
    const jsonName = name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
    if (jsonName !== name && Object.hasOwn(shape.fields, jsonName)) return { path: path === '' ? name : `${path}.${name}`, problem: `is the protobuf field name of ${jsonName}, which trust-kit reads only by its JSON name (as protobuf's JSON writers write it): rename it ${jsonName}` };
  }
  for (const [name, field] of Object.entries(shape.fields)) {
    const child = (value as Record<string, unknown>)[name];
    const fieldPath = path === '' ? name : `${path}.${name}`;
    const required = typeof field === 'object' && 'required' in field;
    if (child === undefined || (child === null && nullIsAbsent)) {
      if (required) return { path: fieldPath, problem: child === null ? 'is null' : 'is missing' };
      continue;
    }
    const found = findShapeViolation(child, required ? field.shape : (field as Shape), fieldPath, nullIsAbsent);
    if (found !== undefined) return found;
  }
  return undefined;
}

const SCALAR_NAMES: Record<'string' | 'base64' | 'int64' | 'rfc3339', string> = {
  string: 'a string',
  base64: 'a base64 string',
  int64: 'an integer as a decimal string',
  rfc3339: 'an RFC 3339 time string',
};

const certificate: Shape = { fields: { rawBytes: 'base64' } };

/**
 * The most items read from each array of a bundle. Real bundles hold one or two log entries,
 * timestamps and DSSE signatures and a chain of a few certificates, and an inclusion proof of a
 * tree below 2^63 entries has at most 63 hashes; without a bound, a 32 MiB bundle of empty items
 * cost seconds and gigabytes to decode (a Buffer or an object for each three bytes of input).
 */
const BUNDLE_ARRAY_ITEMS = 64;
const logId: Shape = { fields: { keyId: 'base64' } };
const validFor: Shape = { fields: { start: { shape: 'rfc3339', required: true }, end: 'rfc3339' } };

/** The known fields of a Sigstore bundle v0.1 to v0.3 (protobuf JSON). */
export const BUNDLE_SHAPE: Shape = {
  fields: {
    mediaType: 'string',
    verificationMaterial: {
      fields: {
        publicKey: { fields: { hint: 'string' } },
        x509CertificateChain: { fields: { certificates: { items: certificate, most: BUNDLE_ARRAY_ITEMS } } },
        certificate,
        tlogEntries: {
          most: BUNDLE_ARRAY_ITEMS,
          items: {
            fields: {
              logIndex: 'int64',
              logId,
              kindVersion: { fields: { kind: 'string', version: 'string' } },
              integratedTime: 'int64',
              inclusionPromise: { fields: { signedEntryTimestamp: 'base64' } },
              inclusionProof: { fields: { logIndex: 'int64', rootHash: 'base64', treeSize: 'int64', hashes: { items: 'base64', most: BUNDLE_ARRAY_ITEMS }, checkpoint: { fields: { envelope: 'string' } } } },
              canonicalizedBody: 'base64',
            },
          },
        },
        timestampVerificationData: { fields: { rfc3161Timestamps: { items: { fields: { signedTimestamp: 'base64' } }, most: BUNDLE_ARRAY_ITEMS } } },
      },
    },
    messageSignature: { fields: { messageDigest: { fields: { algorithm: 'string', digest: 'base64' } }, signature: 'base64' } },
    dsseEnvelope: { fields: { payload: 'base64', payloadType: 'string', signatures: { items: { fields: { sig: 'base64', keyid: 'string' } }, most: BUNDLE_ARRAY_ITEMS } } },
  },
};

const authority: Shape = {
  fields: {
    subject: { fields: { organization: 'string', commonName: 'string' } },
    uri: 'string',
    certChain: { fields: { certificates: { items: certificate } } },
    validFor: { shape: validFor, required: true },
    operator: 'string',
  },
};

const log: Shape = {
  fields: {
    baseUrl: 'string',
    hashAlgorithm: 'string',
    publicKey: { shape: { fields: { rawBytes: 'base64', keyDetails: 'string', validFor: { shape: validFor, required: true } } }, required: true },
    logId,
    checkpointKeyId: logId,
    operator: 'string',
  },
};

/**
 * The known fields of a trusted root (v0.1 and v0.2): every authority and log key must say from
 * when it is trusted, since a missing or unreadable time would otherwise mean "always".
 */
export const TRUSTED_ROOT_SHAPE: Shape = {
  fields: {
    mediaType: 'string',
    tlogs: { items: log },
    certificateAuthorities: { items: authority },
    ctlogs: { items: log },
    timestampAuthorities: { items: authority },
  },
};
