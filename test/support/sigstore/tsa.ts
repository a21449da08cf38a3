import { generateKeyPairSync } from 'node:crypto';
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js';
import type { TSA } from '@sigstore/mock/dist/timestamp/index.js';
import type { Route } from './http.js';

/** An RFC 3161 timestamp authority (the @sigstore/mock TSA) with its certificate chain. */
export interface TimestampAuthority {
  readonly chain: Buffer[];
  readonly routes: Route[];
}

/** Starts the TSA; its times are whole seconds of `clock`. */
export async function startTimestampAuthority(clock: () => Date): Promise<TimestampAuthority> {
  const tsa = await initializeTSA(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }));
  // The mock writes genTime with asn1js, which drops trailing zeros of the millisecond fraction; @sigstore/core
  // then rejects the time. Whole seconds avoid that, and match what the sigstore timestamp-authority issues.
  (tsa as TSA & { getCurrentTime: () => Date }).getCurrentTime = () =>
    new Date(Math.floor(clock().getTime() / 1000) * 1000);
  const handler = tsaHandler(tsa);
  return {
    chain: [Buffer.from(tsa.intCertificate.buffer, tsa.intCertificate.byteOffset, tsa.intCertificate.byteLength), Buffer.from(tsa.rootCertificate.buffer, tsa.rootCertificate.byteOffset, tsa.rootCertificate.byteLength)],
    routes: [
      {
        method: 'POST',
        path: handler.path,
        handle: async ({ body }) => {
          const { statusCode, response, contentType } = await handler.fn(body.toString('utf8'));
          const bytes = typeof response === 'string' ? response : Buffer.from(response.buffer, response.byteOffset, response.byteLength);
          return { status: statusCode, body: bytes, contentType: contentType ?? 'text/plain; charset=utf-8' };
        },
      },
    ],
  };
}
