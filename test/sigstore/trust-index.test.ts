// Finding a leaf certificate's CA in a trusted root of many CAs: by name, not by trying each.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { silentLogger } from '../../src/core/logger.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { exactly, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';
import * as der from '../support/sigstore/der.js';
import { startSigstoreStack, type CertificateAuthorityJSON, type SigstoreStack, type TrustedRootJSON } from '../support/sigstore/index.js';
import { OID_COMMON_NAME, OID_ORGANIZATION, issueCertificate } from '../support/sigstore/x509.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const policy = { kind: 'certificate' as const, identity: exactly(IDENTITY), issuer: exactly(ISSUER), extensions: {} };

/** A self-signed CA named O=<organization>, CN=<commonName>, as a trusted root lists it. */
function authority(organization: string, commonName: string, like: CertificateAuthorityJSON): CertificateAuthorityJSON {
  const keys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
  const spki = keys.publicKey.export({ format: 'der', type: 'spki' });
  const name = der.name([[OID_ORGANIZATION, organization], [OID_COMMON_NAME, commonName]]);
  const notBefore = new Date(Date.now() - 86_400_000);
  const certificate = issueCertificate({ subject: name, spki, issuerName: name, issuerKey: keys.privateKey, issuerSpki: spki, notBefore, notAfter: new Date(notBefore.getTime() + 86_400_000 * 30), ca: { pathLength: 1 } });
  return { ...like, uri: `https://fulcio.${organization}`, certChain: { certificates: [{ rawBytes: certificate.toString('base64') }] } };
}

describe('a trusted root of many certificate authorities', () => {
  let stack: SigstoreStack;
  let crowded: TrustedRootJSON;
  let bundle: object;
  const artifact = Buffer.from('release artifact\n');

  before(async () => {
    stack = await startSigstoreStack({ tsa: false });
    const [own] = stack.trustedRoot.certificateAuthorities;
    assert.ok(own);
    const others = Array.from({ length: 60 }, (_, index) => authority(`tenant-${index}.example`, 'sigstore-intermediate', own));
    // Same name as the stack's issuing CA but another key: a candidate that must not be taken for the issuer.
    others.push(authority('TRUST-KIT.TEST', 'Sigstore-Intermediate', own));
    crowded = { ...stack.trustedRoot, certificateAuthorities: [...others, own] };
    const raw = { 'subject-path': 'unused', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
    const opened = await openSigningSession(signConfig(raw, cliNamer()), { cwd: process.cwd(), env: { ...stack.env }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
    assert.ok(opened.session);
    bundle = JSON.parse((await opened.session.signBlob(artifact, 'artifact')).text) as object;
  });
  after(() => stack.close());

  test('the issuer is looked up by name, case and spacing aside, and only same-named CAs are candidates', () => {
    const trust = loadTrustMaterial(crowded, 'crowded root');
    assert.equal(trust.roots[0]?.certificateAuthorities.length, 62);
    const candidates = trust.authoritiesNamed('O=trust-kit.test, CN=sigstore-intermediate');
    assert.deepEqual(candidates.map(({ authority: ca }) => ca.uri), ['https://fulcio.TRUST-KIT.TEST', stack.fulcioURL]);
    assert.equal(trust.authoritiesNamed('O=trust-kit.test,  CN=SIGSTORE-intermediate ').length, 2);
    assert.deepEqual(trust.authoritiesNamed('O=nobody, CN=sigstore-intermediate'), []);
  });

  test('a bundle verifies against the crowded root, and not against one without its CA', () => {
    const verified = verifyBundle(bundle, { bytes: artifact }, policy, loadTrustMaterial(crowded, 'crowded root'));
    assert.ok(verified.signer.kind === 'certificate');
    assert.equal(verified.signer.subjectAlternativeName, IDENTITY);
    const without = { ...crowded, certificateAuthorities: crowded.certificateAuthorities.slice(0, -1) };
    assert.throws(() => verifyBundle(bundle, { bytes: artifact }, policy, loadTrustMaterial(without, 'crowded root')), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'VERIFY_CERTIFICATE_UNTRUSTED');
      // Its same-named CA of another key is still there: the message says so rather than list the root's CAs, the issuer's name among them.
      assert.match(error.message ?? '', /crowded root holds a CA of that name, but not the key that signed it/);
      return true;
    });
  });

  test('a root holding a CA of the issuer\'s name but not its key (a stale root: keys rotate under the same names) says so, not that the root lacks the CA it lists', () => {
    const stale = { ...crowded, certificateAuthorities: [authority('trust-kit.test', 'sigstore-intermediate', crowded.certificateAuthorities.at(-1) as CertificateAuthorityJSON)] };
    assert.throws(() => verifyBundle(bundle, { bytes: artifact }, policy, loadTrustMaterial(stale, 'trusted_root.jsonl')), (error: { code?: string; message?: string; hint?: string }) => {
      assert.equal(error.code, 'VERIFY_CERTIFICATE_UNTRUSTED');
      assert.equal(error.message, 'the signing certificate was issued by "O=trust-kit.test, CN=sigstore-intermediate": trusted_root.jsonl holds a CA of that name, but not the key that signed it (a root from before or after a key rotation, or of another deployment)');
      assert.equal(error.hint, 'fetch the trusted root again where it is published, into a directory of its own as VERIFY.md does (`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` for Sigstore\'s and GitHub\'s), or pass the one of the deployment that signed, with --trusted-root');
      return true;
    });
  });
});
