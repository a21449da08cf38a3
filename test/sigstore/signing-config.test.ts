import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSigningConfig } from '../../src/sigstore/sign/signing-config.js';

test('a signing configuration without a mediaType says it is missing, not that it is null; a wrong one is quoted', () => {
  assert.throws(() => parseSigningConfig({}, 'sc.json'), (error: Error & { code?: string }) => error.code === 'SIGN_SIGNING_CONFIG_INVALID' && /mediaType is missing, expected application\/vnd\.dev\.sigstore\.signingconfig/.test(error.message));
  assert.throws(() => parseSigningConfig({ mediaType: 'text/plain' }, 'sc.json'), { code: 'SIGN_SIGNING_CONFIG_INVALID', message: /mediaType is "text\/plain", expected/ });
  assert.throws(() => parseSigningConfig({ mediaType: null }, 'sc.json'), { code: 'SIGN_SIGNING_CONFIG_INVALID', message: /mediaType is null, expected/ });
});

test('service times are RFC 3339 with their offset, as protobuf JSON writes them and cosign reads them; a time without one would depend on the machine\'s zone. null is absent', () => {
  const config = (start: unknown, extra: Record<string, unknown> = {}): unknown => ({
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [{ url: 'https://fulcio.example', majorApiVersion: 1, validFor: { start }, operator: 'x' }],
    ...extra,
  });
  for (const start of ['1', 'December 17, 1995', '2025-04-01T00:00:00', '2025-04-01', '2025-13-01T00:00:00Z']) {
    assert.throws(() => parseSigningConfig(config(start), 'sc.json'), { code: 'SIGN_SIGNING_CONFIG_INVALID', message: /caUrls\[0\]\.validFor\.start is ".*", expected an RFC 3339 time with its offset/ }, start);
  }
  assert.equal(parseSigningConfig(config('2025-04-01T02:00:00+02:00'), 'sc.json').caUrls[0]?.validFrom.toISOString(), '2025-04-01T00:00:00.000Z');
  const nulls = parseSigningConfig(config('2025-04-01T00:00:00Z', { tsaUrls: null, rekorTlogUrls: null, tsaConfig: null }), 'sc.json');
  assert.deepEqual([nulls.tsaUrls, nulls.rekorTlogUrls, nulls.tsaConfig], [[], [], { selector: 'ANY' }]);
});
