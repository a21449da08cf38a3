import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { imagesInInstructions, instructionsAsSection, releaseVerifyCommand, renderVerifyInstructions, shellQuote, type ReleaseSigner } from '../../src/instructions/verify.js';
import { tempDir } from '../support/tmp.js';

const IDENTITY = "https://github.com/octo-org/it's/.github/workflows/release.yml@refs/tags/v1.0.0";
const QUOTED = `'https://github.com/octo-org/it'\\''s/.github/workflows/release.yml@refs/tags/v1.0.0'`;
const ISSUER = 'https://token.actions.githubusercontent.com';
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const base = { checksumsFile: 'SHA256SUMS', algorithm: 'sha256' as const, bundleFile: 'SHA256SUMS.sigstore.json', sbomFiles: ['sbom.spdx.json'] };
const keyless = (instance: Extract<ReleaseSigner, { kind: 'certificate' }>['instance']): Extract<ReleaseSigner, { kind: 'certificate' }> => ({ kind: 'certificate', identity: IDENTITY, issuer: ISSUER, instance, repository: "octo-org/it's" });

/** The lines of every shell block of a markdown text. */
const commands = (text: string): string[] => [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((match) => (match[1] ?? '').trimEnd().split('\n'));

test('public-good: cosign first, then trust-kit from the pinned commit; exact identity and the source repository pinned, shell-quoted', () => {
  const text = renderVerifyInstructions({ ...base, signer: keyless('public-good'), verifier: { repository: 'octo-org/trust-kit', commit: COMMIT } });
  const cosign = `cosign verify-blob 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --certificate-identity ${QUOTED} --certificate-oidc-issuer '${ISSUER}' --certificate-github-workflow-repository 'octo-org/it'\\''s'`;
  const fetch = `git init -q trust-kit-verifier && git -C trust-kit-verifier fetch -q --depth 1 'https://github.com/octo-org/trust-kit' ${COMMIT} && git -C trust-kit-verifier checkout -q --detach ${COMMIT}`;
  const trustKit = `node trust-kit-verifier/dist/cli/index.js verify-checksums 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --certificate-identity ${QUOTED} --certificate-oidc-issuer '${ISSUER}' --repo 'octo-org/it'\\''s'`;
  assert.deepEqual(commands(text), [cosign, fetch, trustKit, "sha256sum --ignore-missing -c 'SHA256SUMS'", 'mkdir -p trust-kit-roots', 'gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl', "grep -v -F 'GitHub, Inc.' trust-kit-roots/trusted_root.jsonl >| trust-kit-roots/sigstore_trusted_root.json", `${cosign} --trusted-root trust-kit-roots/sigstore_trusted_root.json`, `${trustKit} --trusted-root trust-kit-roots/trusted_root.jsonl`]);
  assert.match(text, /## Verifying offline\n\nFetch the trusted roots once/);
  assert.match(text, /in a GitHub Actions run of `octo-org\/it's`/);
  assert.match(text, /calls the same reusable workflow/);
  assert.match(text, /git checks every fetched file against that commit's hash/);
  assert.doesNotMatch(text, /npx|regexp/);
  assert.match(text, /- `sbom\.spdx\.json`/);
});

test('without a pinned verifier (none, a tag or a short commit), trust-kit is named but never run through npx', () => {
  for (const verifier of [undefined, { repository: 'octo-org/trust-kit', commit: 'v1' }, { repository: 'octo-org/trust-kit', commit: COMMIT.slice(0, 12) }, { repository: 'octo-org/trust-kit; rm -rf ~', commit: COMMIT }]) {
    const text = renderVerifyInstructions({ ...base, signer: keyless('public-good'), verifier });
    assert.ok(commands(text).includes(`trust-kit verify-checksums 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --certificate-identity ${QUOTED} --certificate-oidc-issuer '${ISSUER}' --repo 'octo-org/it'\\''s'`), text);
    assert.ok(commands(text).every((line) => !/^(npx|npm|git) /.test(line)), text);
    assert.match(text, /do not run `npx trust-kit`: that name on the npm registry is not trust-kit's/);
  }
});

test("GitHub's instance: cosign gets GitHub's trusted root from gh, requires no logs and dates by the signed timestamp; trust-kit pins the repository", () => {
  const text = renderVerifyInstructions({ ...base, signer: keyless('github') });
  assert.match(text, /GitHub's Sigstore instance/);
  assert.match(text, /the second line gets it with the GitHub CLI, which fetches it through GitHub's TUF repository without a login, into the directory `trust-kit-roots` the first makes/);
  const trustKit = `trust-kit verify-checksums 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --certificate-identity ${QUOTED} --certificate-oidc-issuer '${ISSUER}' --repo 'octo-org/it'\\''s'`;
  const cosign = `cosign verify-blob 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --certificate-identity ${QUOTED} --certificate-oidc-issuer '${ISSUER}' --certificate-github-workflow-repository 'octo-org/it'\\''s' --trusted-root trust-kit-roots/github_trusted_root.json --use-signed-timestamps --insecure-ignore-tlog=true --insecure-ignore-sct=true`;
  assert.deepEqual(commands(text), [
    'mkdir -p trust-kit-roots',
    "gh attestation trusted-root | grep -F 'GitHub, Inc.' >| trust-kit-roots/github_trusted_root.json",
    cosign,
    trustKit,
    "sha256sum --ignore-missing -c 'SHA256SUMS'",
    'mkdir -p trust-kit-roots',
    'gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl',
    "grep -F 'GitHub, Inc.' trust-kit-roots/trusted_root.jsonl >| trust-kit-roots/github_trusted_root.json",
    cosign,
    `${trustKit} --trusted-root trust-kit-roots/trusted_root.jsonl`,
  ]);
});

test('a deployment without a transparency log: cosign requires no log entry and dates by the signed timestamp', () => {
  const text = renderVerifyInstructions({ ...base, signer: { ...keyless({ private: { trustedRootFile: 'trusted_root.json' } }), unlogged: true } });
  const [mkdir, cosign] = commands(text);
  assert.equal(mkdir, 'mkdir -p trust-kit-roots');
  assert.ok(cosign?.endsWith(" --trusted-root 'trust-kit-roots/trusted_root.json' --use-signed-timestamps --insecure-ignore-tlog=true"), cosign);
  const logged = commands(renderVerifyInstructions({ ...base, signer: keyless({ private: { trustedRootFile: 'trusted_root.json' } }) }))[1];
  assert.ok(logged?.endsWith(" --trusted-root 'trust-kit-roots/trusted_root.json'"), logged);
});

test('the signing audit log, which the checksums file cannot list, has its own section and cosign command; none without one', () => {
  const auditLog = { file: 'trust-kit-audit.jsonl', bundleFile: 'trust-kit-audit.jsonl.sigstore.json' };
  const text = renderVerifyInstructions({ ...base, signer: keyless('public-good'), auditLog });
  assert.match(text, /## The signing audit log\n\n`trust-kit-audit\.jsonl` lists every signature the run made\./);
  assert.ok(commands(text).some((line) => line.startsWith("cosign verify-blob 'trust-kit-audit.jsonl' --bundle 'trust-kit-audit.jsonl.sigstore.json' --certificate-identity ")));
  assert.doesNotMatch(renderVerifyInstructions({ ...base, signer: keyless('public-good') }), /audit/);
});

test('a private deployment: gh attestation verify gets its trusted root, which gh reads as JSON lines: a one-line copy of a JSON document made first, a JSON-lines root as it is', () => {
  const attestations = { file: 'attestations.intoto.jsonl', predicateTypes: ['https://slsa.dev/provenance/v1'], artifact: 'app.tgz' };
  const document = commands(renderVerifyInstructions({ ...base, signer: keyless({ private: { trustedRootFile: 'sigstore.example.json' } }), attestations }));
  const copy = document.findIndex((line) => line.startsWith('paste '));
  assert.equal(document[copy], "paste -s -d '\\0' 'trust-kit-roots/sigstore.example.json' >| trust-kit-roots/sigstore.example.jsonl");
  const gh = document.filter((line) => line.startsWith('gh attestation verify '));
  assert.equal(gh.length, 1);
  assert.ok(gh[0]?.endsWith(" --custom-trusted-root 'trust-kit-roots/sigstore.example.jsonl'"), gh[0]);
  assert.ok(copy < document.indexOf(gh[0] ?? ''));
  const lines = commands(renderVerifyInstructions({ ...base, signer: keyless({ private: { trustedRootFile: 'roots.jsonl', jsonLines: true } }), attestations }));
  assert.ok(!lines.some((line) => line.startsWith('paste ')));
  assert.ok(lines.find((line) => line.startsWith('gh attestation verify '))?.endsWith(" --custom-trusted-root 'trust-kit-roots/roots.jsonl'"));
  const publicGood = commands(renderVerifyInstructions({ ...base, signer: keyless('public-good'), attestations }));
  assert.ok(!publicGood.some((line) => line.startsWith('paste ')));
});

test('gh attestation verify: one command per predicate type, pinning the exact identity that signed (--repo alone takes any workflow of the repository, on any branch)', () => {
  const attestations = { file: 'attestations.intoto.jsonl', predicateTypes: ['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3'], artifact: 'app.tgz' };
  const own = renderVerifyInstructions({ ...base, signer: keyless('public-good'), attestations });
  const ownCommands = commands(own).filter((line) => line.startsWith('gh attestation verify '));
  assert.deepEqual(ownCommands.slice(0, 2), [
    "gh attestation verify 'app.tgz' --bundle 'attestations.intoto.jsonl' --repo 'octo-org/it'\\''s' --cert-identity 'https://github.com/octo-org/it'\\''s/.github/workflows/release.yml@refs/tags/v1.0.0' --predicate-type 'https://slsa.dev/provenance/v1'",
    "gh attestation verify 'app.tgz' --bundle 'attestations.intoto.jsonl' --repo 'octo-org/it'\\''s' --cert-identity 'https://github.com/octo-org/it'\\''s/.github/workflows/release.yml@refs/tags/v1.0.0' --predicate-type 'https://spdx.dev/Document/v2.3'",
  ]);
  assert.deepEqual(ownCommands.slice(2), ownCommands.slice(0, 2).map((line) => `${line} --custom-trusted-root trust-kit-roots/trusted_root.jsonl`), 'the offline path');
  const reusable = renderVerifyInstructions({ ...base, signer: { ...keyless('public-good'), identity: 'https://github.com/octo-org/release-kit/.github/workflows/release.yml@refs/tags/v2' }, attestations });
  assert.ok(commands(reusable).includes("gh attestation verify 'app.tgz' --bundle 'attestations.intoto.jsonl' --repo 'octo-org/it'\\''s' --cert-identity 'https://github.com/octo-org/release-kit/.github/workflows/release.yml@refs/tags/v2' --predicate-type 'https://spdx.dev/Document/v2.3'"), reusable);
  assert.match(reusable, /and no reusable workflow such as `octo-org\/release-kit\/\.github\/workflows\/release\.yml`, which signed here/);
  // A signer outside GitHub Actions: its issuer is not gh's default, so it is named.
  const other = renderVerifyInstructions({ ...base, signer: { ...keyless('public-good'), identity: 'https://ci.example/pipelines/1', issuer: 'https://oidc.example' }, attestations });
  assert.match(commands(other).find((line) => line.startsWith('gh attestation verify ')) ?? '', /--cert-identity 'https:\/\/ci\.example\/pipelines\/1' --cert-oidc-issuer 'https:\/\/oidc\.example'/);
});

test('a sha512 release: gh attestation verify hashes the artifact with SHA-512, which its attestation subjects are named by (gh computes SHA-256 unless told)', () => {
  const attestations = { file: 'attestations.intoto.jsonl', predicateTypes: ['https://slsa.dev/provenance/v1'], artifact: 'app.tgz' };
  const sha512 = commands(renderVerifyInstructions({ ...base, checksumsFile: 'SHA512SUMS', algorithm: 'sha512', bundleFile: 'SHA512SUMS.sigstore.json', signer: keyless('public-good'), attestations })).filter((line) => line.startsWith('gh attestation verify '));
  assert.equal(sha512.length, 2, 'online and offline');
  for (const line of sha512) assert.match(line, / --digest-alg sha512( |$)/, line);
  const sha256 = commands(renderVerifyInstructions({ ...base, signer: keyless('public-good'), attestations })).filter((line) => line.startsWith('gh attestation verify '));
  for (const line of sha256) assert.doesNotMatch(line, /--digest-alg/, line);
});

test('an immutable release: gh release verify and verify-asset of the checksums file, quoted; none for other releases', () => {
  const text = renderVerifyInstructions({ ...base, signer: keyless('public-good'), immutableRelease: { repository: 'octo-org/octo-repo', tag: "v1.0.0'" } });
  assert.ok(commands(text).includes("gh release verify 'v1.0.0'\\''' --repo 'octo-org/octo-repo'"), text);
  assert.ok(commands(text).includes("gh release verify-asset 'v1.0.0'\\''' 'SHA256SUMS' --repo 'octo-org/octo-repo'"), text);
  assert.doesNotMatch(renderVerifyInstructions({ ...base, signer: keyless('public-good') }), /gh release/);
});

test('a private deployment: every signature command takes its trusted root, which the text says where to get', () => {
  const text = renderVerifyInstructions({ ...base, signer: { ...keyless({ private: { trustedRootFile: 'sigstore.example_trusted_root.json' } }), repository: undefined } });
  const signatureCommands = commands(text).filter((line) => line.includes('SHA256SUMS.sigstore.json'));
  assert.equal(signatureCommands.length, 2);
  for (const line of signatureCommands) assert.ok(line.endsWith(" --trusted-root 'trust-kit-roots/sigstore.example_trusted_root.json'"), line);
  assert.match(text, /private Sigstore deployment .* get it from the deployment's operator, not from this download/);
  assert.doesNotMatch(text, /--repo|workflow-repository|reusable/);
});

test('a key made for the run says what it proves; unsigned releases get the checksum step only', () => {
  const keyed = renderVerifyInstructions({ ...base, signer: { kind: 'key', publicKeyFile: 'trust-kit.pub', ephemeral: true } });
  assert.match(keyed, /not who signed them/);
  // cosign refuses a bundle without a transparency-log entry unless told: a local key's bundles have none.
  // cosign 2 reads a v0.3 bundle only with a trusted root, and fetches Sigstore's without one: the key's needs none of its authorities.
  assert.ok(keyed.includes("mkdir -p trust-kit-roots\nprintf '%s\\n' '{\"mediaType\":\"application/vnd.dev.sigstore.trustedroot+json;version=0.1\"}' >| trust-kit-roots/no_authorities.json\ncosign verify-blob 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --key 'trust-kit.pub' --insecure-ignore-tlog=true --trusted-root trust-kit-roots/no_authorities.json\n"), keyed);
  // trust-kit, as cosign, requires a key-signed bundle's log entry unless told: the run's key signed offline.
  assert.ok(keyed.includes("trust-kit verify-checksums 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --key 'trust-kit.pub' --insecure-ignore-tlog\n"), keyed);
  const unsigned = renderVerifyInstructions({ ...base, algorithm: 'sha512', checksumsFile: 'SHA512SUMS', bundleFile: undefined, signer: undefined, sbomFiles: [] });
  assert.match(unsigned, /## 1\. Check the files against the checksums\n\n```sh\nsha512sum --ignore-missing -c 'SHA512SUMS'\n```/);
  assert.doesNotMatch(unsigned, /signature|Software bill/);
});

test('the pinned fetch, run by a shell, checks out exactly the named commit (a local repository standing in for GitHub)', async (t) => {
  const directory = await tempDir(t);
  const origin = join(directory, 'origin');
  await mkdir(join(origin, 'dist', 'cli'), { recursive: true });
  await writeFile(join(origin, 'dist', 'cli', 'index.js'), 'console.log("pinned verifier")\n');
  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } }).trim();
  git(origin, 'init', '-q');
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'verifier');
  const commit = git(origin, 'rev-parse', 'HEAD');
  await writeFile(join(origin, 'dist', 'cli', 'index.js'), 'console.log("a later commit")\n');
  git(origin, 'commit', '-q', '-am', 'later');
  const download = join(directory, 'download');
  await mkdir(download);
  const command = releaseVerifyCommand('SHA256SUMS', 'SHA256SUMS.sigstore.json', keyless('public-good'), { repository: 'octo-org/trust-kit', commit });
  const [fetch = ''] = command.split('\n');
  execFileSync('sh', ['-c', fetch.replace(`'https://github.com/octo-org/trust-kit'`, `'${origin}'`)], { cwd: download, env: { ...process.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'uploadpack.allowAnySHA1InWant', GIT_CONFIG_VALUE_0: 'true' } });
  assert.equal(git(join(download, 'trust-kit-verifier'), 'rev-parse', 'HEAD'), commit);
  assert.equal(await readFile(join(download, 'trust-kit-verifier', 'dist', 'cli', 'index.js'), 'utf8'), 'console.log("pinned verifier")\n');
});

test('as a section of the job summary: every heading moved down, code blocks untouched', () => {
  const text = '# Verifying this release\n\n## 1. Check\n\n```sh\n# not a heading\ncosign verify-blob x\n```\n\n#hashtag';
  assert.equal(instructionsAsSection(text, 3), '#### Verifying this release\n\n##### 1. Check\n\n```sh\n# not a heading\ncosign verify-blob x\n```\n\n#hashtag');
});

test('signed images: cosign verify by digest with the exact identity and repository; trust-kit verify-image for GitHub\'s instance; a key without a log entry', () => {
  const image = 'ghcr.io/octo-org/app@sha256:' + 'a'.repeat(64);
  const publicGood = commands(renderVerifyInstructions({ ...base, signer: keyless('public-good'), images: [image] }));
  assert.ok(publicGood.includes(`cosign verify '${image}' --certificate-identity ${QUOTED} --certificate-oidc-issuer '${ISSUER}' --certificate-github-workflow-repository 'octo-org/it'\\''s'`), publicGood.join('\n'));
  const github = commands(renderVerifyInstructions({ ...base, signer: keyless('github'), images: [image] }));
  assert.ok(github.includes(`trust-kit verify-image '${image}' --certificate-identity ${QUOTED} --certificate-oidc-issuer '${ISSUER}' --repo 'octo-org/it'\\''s'`), github.join('\n'));
  assert.ok(github.every((line) => !line.startsWith('cosign verify ')));
  const key = commands(renderVerifyInstructions({ ...base, signer: { kind: 'key', publicKeyFile: 'trust-kit.pub', ephemeral: true }, images: [image] }));
  assert.ok(key.includes(`cosign verify '${image}' --key 'trust-kit.pub' --insecure-ignore-tlog=true`), key.join('\n'));
  assert.doesNotMatch(renderVerifyInstructions({ ...base, signer: keyless('public-good') }), /Container images/);
});

test("GitHub's instance with a pinned verifier: the image command runs that verifier, not a `trust-kit` the reader has no pinned copy of", () => {
  const image = 'ghcr.io/octo-org/app@sha256:' + 'a'.repeat(64);
  const text = renderVerifyInstructions({ ...base, signer: keyless('github'), images: [image], verifier: { repository: 'octo-org/trust-kit', commit: COMMIT } });
  const lines = commands(text);
  assert.ok(lines.includes(`node trust-kit-verifier/dist/cli/index.js verify-image '${image}' --certificate-identity ${QUOTED} --certificate-oidc-issuer '${ISSUER}' --repo 'octo-org/it'\\''s'`), lines.join('\n'));
  assert.ok(lines.every((line) => !/^trust-kit /.test(line)), lines.join('\n'));
  assert.match(text, /## Container images\n\n[^\n]+\n\nWith trust-kit's verifier \(fetched as above\):/);
});

test('names with backticks, links, HTML or line breaks stay literal: each code span outlasts their backtick runs, and no value closes a shell block', () => {
  const tag = 'v1`[x](https://evil.example)`<img src=x>';
  const checksumsFile = 'SUMS\n```\n# Forged heading';
  const text = renderVerifyInstructions({ ...base, checksumsFile, bundleFile: undefined, signer: undefined, sbomFiles: ['sbom`.json'], immutableRelease: { repository: 'octo-org/octo-repo', tag } });
  assert.match(text, /^The release ``v1`\[x\]\(https:\/\/evil\.example\)`<img src=x>`` of `octo-org\/octo-repo` is immutable/m);
  assert.match(text, /^Download the release files and ````SUMS\u240a```\u240a# Forged heading```` into one/m);
  assert.match(text, /^- ``sbom`\.json``$/m);
  assert.doesNotMatch(text.replace(/^(`{3,})sh\n[\s\S]*?\n\1$/gm, ''), /^# Forged heading/m, 'outside the shell blocks, no value starts a line');
  // The shell blocks are fenced with four backticks: the quoted value's ``` line is inside, as the shell needs it.
  const blocks = [...text.matchAll(/^(`{3,})sh\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]);
  assert.deepEqual(blocks, [`sha256sum --ignore-missing -c 'SUMS\n\`\`\`\n# Forged heading'`, `gh release verify '${tag}' --repo 'octo-org/octo-repo'\ngh release verify-asset '${tag}' 'SUMS\n\`\`\`\n# Forged heading' --repo 'octo-org/octo-repo'`]);
});

test("VERIFY.md's checksum command runs as written, by a shell, for a checksums file named with a quote, a backtick, $( ) and a space", async (t) => {
  const dir = await tempDir(t);
  const checksumsFile = "it's `id` $(echo x) SHA256SUMS";
  await writeFile(join(dir, 'app.tgz'), 'app\n');
  await writeFile(join(dir, checksumsFile), execFileSync('sha256sum', ['app.tgz'], { cwd: dir }));
  const [line, ...rest] = commands(renderVerifyInstructions({ ...base, checksumsFile, bundleFile: undefined, signer: undefined, sbomFiles: [] }));
  assert.deepEqual(rest, []);
  assert.equal(execFileSync('sh', ['-c', line ?? ''], { cwd: dir, encoding: 'utf8' }), 'app.tgz: OK\n');
});

/** Control characters but the line feed, C1, line separators and bidirectional controls: what a command line must not show as it is. */
// eslint-disable-next-line no-control-regex -- what must not reach a command line
const UNSHOWN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Whether a shell of this name is installed (sh always is; bash and dash read `$'...'` differently, printf the same). */
function installed(shell: string): boolean {
  try {
    execFileSync(shell, ['-c', 'true']);
    return true;
  } catch {
    return false;
  }
}

test('a value with terminal escapes, C1 controls, a carriage return, line separators or bidirectional controls is written as printf escapes that every POSIX shell reads back as the same bytes', () => {
  const values = ['a\u001b]0;owned\u0007\u009b2J\u0085b', '\u001b[2J', "x\r'y'\u2028z\u2029", 'safe\u202egpj.exe', '\u2066\u2069\u061c\u200e\u200f', 'tab\there', 'end\u0085', 'LF\nkept\u001b\n'];
  const shells = ['sh', 'bash', 'dash'].filter(installed);
  for (const value of values) {
    const word = shellQuote(value);
    assert.doesNotMatch(word, UNSHOWN, JSON.stringify(word));
    for (const shell of shells) assert.deepEqual(execFileSync(shell, ['-c', `printf %s ${word}`]), Buffer.from(value, 'utf8'), `${shell}: ${JSON.stringify(word)}`);
  }
  assert.equal(shellQuote("it's $(x) `y` \u00e9\u65e5"), "'it'\\''s $(x) `y` \u00e9\u65e5'", 'other values are quoted as before');
  assert.equal(shellQuote(''), "''");
});

test("VERIFY.md's commands show no terminal escape or bidirectional control a release file is named with, and still run as written", async (t) => {
  const dir = await tempDir(t);
  const checksumsFile = 'SUMS\u001b]0;owned\u0007\u009b2J\u202e\r';
  await writeFile(join(dir, 'app.tgz'), 'app\n');
  await writeFile(join(dir, checksumsFile), execFileSync('sha256sum', ['app.tgz'], { cwd: dir }));
  const text = renderVerifyInstructions({ ...base, checksumsFile, bundleFile: undefined, signer: undefined, sbomFiles: [] });
  // Nor does the text around the commands, which names the file in a code span.
  assert.doesNotMatch(text.replaceAll('\n', ' '), UNSHOWN, JSON.stringify(text));
  const [line, ...rest] = commands(text);
  assert.deepEqual(rest, []);
  assert.doesNotMatch(line ?? '', UNSHOWN, JSON.stringify(line));
  assert.equal(execFileSync('sh', ['-c', line ?? ''], { cwd: dir, encoding: 'utf8' }), 'app.tgz: OK\n');
});

test('as a section of the job summary: a block fenced with more backticks is closed only by as many, so a ``` line inside it is no fence and a # line inside no heading', () => {
  const text = '# Verifying\n\n````sh\necho \'\n```\n# inside\n\'\n````\n\n## After';
  assert.equal(instructionsAsSection(text, 2), '### Verifying\n\n````sh\necho \'\n```\n# inside\n\'\n````\n\n#### After');
});

test('a release file named like an option is given to cosign and gh as a path (./-rf), so the command checks that file instead of reading a flag', () => {
  const text = renderVerifyInstructions({
    ...base,
    signer: keyless('public-good'),
    artifactBundles: [{ artifact: '-rf', bundleFile: '-rf.sigstore.json' }],
    attestations: { file: 'attestations.intoto.jsonl', predicateTypes: ['https://slsa.dev/provenance/v1'], artifact: '--insecure-ignore-tlog=true' },
  });
  const lines = commands(text);
  // The bundle too: cosign reads a flag's value starting with a dash as another flag.
  assert.ok(lines.some((line) => line.startsWith("cosign verify-blob './-rf' --bundle './-rf.sigstore.json' ")), text);
  assert.ok(lines.some((line) => line.startsWith("gh attestation verify './--insecure-ignore-tlog=true' --bundle 'attestations.intoto.jsonl' ")), text);
  assert.ok(!lines.some((line) => / '-rf' | '--insecure-ignore-tlog=true' /.test(line)), 'no file name stands where an option could');
});

test('the images a VERIFY.md verifies are read back from it whichever program it verifies them with: cosign, trust-kit, or the pinned verifier', () => {
  const images = [`registry.test/acme/app@sha256:${'1'.repeat(64)}`, `registry.test/acme/tool@sha256:${'2'.repeat(64)}`];
  const identity = { identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0', issuer: 'https://token.actions.githubusercontent.com', repository: 'acme/app' };
  const base = { checksumsFile: 'SHA256SUMS', algorithm: 'sha256' as const, bundleFile: 'SHA256SUMS.sigstore.json', sbomFiles: [], images };
  const forms = {
    'cosign verify (public-good)': renderVerifyInstructions({ ...base, signer: { kind: 'certificate', ...identity, instance: 'public-good' } }),
    'trust-kit verify-image (GitHub\'s instance)': renderVerifyInstructions({ ...base, signer: { kind: 'certificate', ...identity, instance: 'github' } }),
    'the pinned verifier (GitHub\'s instance)': renderVerifyInstructions({ ...base, signer: { kind: 'certificate', ...identity, instance: 'github' }, verifier: { repository: 'acme/trust-kit', commit: 'a'.repeat(40) } }),
  };
  for (const [form, text] of Object.entries(forms)) assert.deepEqual([...imagesInInstructions(text)].sort(), images, form);
});

test("VERIFY.md's cosign versions follow cosign's history: --new-bundle-format came with 2.4.0, reading v0.3 bundles without it with 2.5", () => {
  for (const signer of [keyless('public-good'), keyless('github')]) {
    const text = renderVerifyInstructions({ ...base, signer }).replaceAll(/\s+/g, ' ');
    assert.match(text, /With cosign 3, or cosign 2\.5 and later \(cosign 2\.4 also needs `--new-bundle-format`; older cosign cannot read these bundles\)/);
    // cosign 2.3 and earlier have no such flag: no version before 2.4 is told to use it.
    assert.doesNotMatch(text, /2\.4 and earlier/);
  }
});

test("the offline verify-release command pins a signer outside GitHub Actions by its identity and issuer, never taking the release's policy as it came", () => {
  const kit = { policyFile: 'trust-kit-policy.json', trustedRootFile: 'trust-kit-trusted-root.jsonl' };
  const person: ReleaseSigner = { kind: 'certificate', identity: 'alice@example.com', issuer: 'https://accounts.example.com', instance: { private: { trustedRootFile: 'trusted_root.json' } }, repository: undefined };
  const text = renderVerifyInstructions({ ...base, signer: person, verificationKit: kit });
  assert.ok(commands(text).includes("trust-kit verify-release . --certificate-identity 'alice@example.com' --certificate-oidc-issuer 'https://accounts.example.com' --trusted-root 'trust-kit-roots/trusted_root.json'"), text);
  assert.doesNotMatch(text, /verify-release \. --policy/);
  assert.match(text, /only with pins of yours, the identity and issuer that signed this release/);
});

test('a release listing files under folders says to download them in that layout: downloaded flat beside the checksums file, a changed artifact was not checked and the commands passed', () => {
  const nested = renderVerifyInstructions({ ...base, signer: keyless('public-good'), nestedArtifact: 'dist/app.tgz' });
  assert.match(nested, /into one directory and run these commands there\. The checksums file lists files under folders \(such as `dist\/app\.tgz`\): put each in that folder of the directory \(`dist\/`\), as a file put elsewhere is not checked, and the commands pass without it\.\n/);
  assert.doesNotMatch(renderVerifyInstructions({ ...base, signer: keyless('public-good') }), /lists files under folders/);
});
