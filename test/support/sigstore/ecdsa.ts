import type { KeyObject } from 'node:crypto';
import { children, readElement } from './der.js';

/** Short Weierstrass curve with a = -3, as the NIST curves are. */
interface Curve {
  readonly p: bigint;
  readonly n: bigint;
  readonly gx: bigint;
  readonly gy: bigint;
}

const CURVES: Readonly<Record<string, Curve>> = {
  'P-256': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
    gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
  },
  'P-384': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
    gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
  },
};

/** Jacobian point (X/Z^2, Y/Z^3); Z = 0 is the point at infinity. */
type Point = readonly [bigint, bigint, bigint];

/**
 * Verifies a DER ECDSA signature over an already computed digest (what Rekor does for hashedrekord entries;
 * node:crypto only verifies over messages it hashes itself).
 */
export function verifyPrehashed(publicKey: KeyObject, digest: Buffer, signature: Buffer): boolean {
  const jwk = publicKey.export({ format: 'jwk' });
  const curve = jwk.crv === undefined ? undefined : CURVES[jwk.crv];
  if (publicKey.asymmetricKeyType !== 'ec' || !curve || !jwk.x || !jwk.y) {
    throw new Error(`unsupported key for a pre-hashed signature: ${publicKey.asymmetricKeyType ?? 'unknown'} ${jwk.crv ?? ''}`);
  }
  let r: bigint;
  let s: bigint;
  try {
    const [rElement, sElement] = children(readElement(signature));
    if (!rElement || !sElement) {
      return false;
    }
    r = toBigInt(rElement.content);
    s = toBigInt(sElement.content);
  } catch {
    return false;
  }
  const { n, p } = curve;
  if (r <= 0n || r >= n || s <= 0n || s >= n) {
    return false;
  }
  const bits = n.toString(2).length;
  let e = toBigInt(digest);
  if (digest.length * 8 > bits) {
    e >>= BigInt(digest.length * 8 - bits);
  }
  const w = modPow(s, n - 2n, n);
  const q: Point = [toBigInt(Buffer.from(jwk.x, 'base64url')), toBigInt(Buffer.from(jwk.y, 'base64url')), 1n];
  const sum = add(multiply([curve.gx, curve.gy, 1n], mod(e * w, n), p), multiply(q, mod(r * w, n), p), p);
  if (sum[2] === 0n) {
    return false;
  }
  const zInverse = modPow(sum[2], p - 2n, p);
  const x = mod(sum[0] * zInverse * zInverse, p);
  return mod(x, n) === r;
}

function toBigInt(bytes: Buffer): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`);
}

function mod(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

function modPow(base: bigint, exponent: bigint, m: bigint): bigint {
  let result = 1n;
  let b = mod(base, m);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) {
      result = (result * b) % m;
    }
    b = (b * b) % m;
  }
  return result;
}

function double([x, y, z]: Point, p: bigint): Point {
  if (z === 0n || y === 0n) {
    return [0n, 1n, 0n];
  }
  const delta = mod(z * z, p);
  const gamma = mod(y * y, p);
  const beta = mod(x * gamma, p);
  const alpha = mod(3n * (x - delta) * (x + delta), p);
  const x3 = mod(alpha * alpha - 8n * beta, p);
  const z3 = mod((y + z) * (y + z) - gamma - delta, p);
  const y3 = mod(alpha * (4n * beta - x3) - 8n * gamma * gamma, p);
  return [x3, y3, z3];
}

function add(a: Point, b: Point, p: bigint): Point {
  if (a[2] === 0n) {
    return b;
  }
  if (b[2] === 0n) {
    return a;
  }
  const z1z1 = mod(a[2] * a[2], p);
  const z2z2 = mod(b[2] * b[2], p);
  const u1 = mod(a[0] * z2z2, p);
  const u2 = mod(b[0] * z1z1, p);
  const s1 = mod(a[1] * b[2] * z2z2, p);
  const s2 = mod(b[1] * a[2] * z1z1, p);
  if (u1 === u2) {
    return s1 === s2 ? double(a, p) : [0n, 1n, 0n];
  }
  const h = mod(u2 - u1, p);
  const r = mod(s2 - s1, p);
  const hh = mod(h * h, p);
  const hhh = mod(h * hh, p);
  const x3 = mod(r * r - hhh - 2n * u1 * hh, p);
  const y3 = mod(r * (u1 * hh - x3) - s1 * hhh, p);
  const z3 = mod(h * a[2] * b[2], p);
  return [x3, y3, z3];
}

function multiply(point: Point, scalar: bigint, p: bigint): Point {
  let result: Point = [0n, 1n, 0n];
  for (const bit of scalar.toString(2)) {
    result = double(result, p);
    if (bit === '1') {
      result = add(result, point, p);
    }
  }
  return result;
}
