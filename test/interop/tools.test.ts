import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PEERS, requireTool, type PeerTool } from './tools.js';

const absent: PeerTool = { name: 'cosign 9', argv: ['/nonexistent/cosign9'], file: '/nonexistent/cosign9', install: 'bash scripts/install-tools.sh cosign', versionArgs: ['version'] };

describe('interop tools', () => {
  it('in CI a missing tool fails the test, naming the tool and the install command', () => {
    const skips: string[] = [];
    assert.throws(() => requireTool({ skip: (message?: string) => void skips.push(message ?? '') }, absent, true), /cosign 9 is not installed .*bash scripts\/install-tools\.sh cosign.*CI=true/);
    assert.deepEqual(skips, []);
  });

  it('locally a missing tool skips the test with one line naming the tool and the install command', () => {
    const skips: string[] = [];
    assert.equal(requireTool({ skip: (message?: string) => void skips.push(message ?? '') }, absent, false), undefined);
    assert.deepEqual(skips, ['cosign 9 is not installed (/nonexistent/cosign9): run `bash scripts/install-tools.sh cosign`']);
  });

  it('an installed tool is returned, in CI or not', () => {
    const skip = (): void => assert.fail('not skipped');
    assert.equal(requireTool({ skip }, PEERS.sigstoreJs, true), PEERS.sigstoreJs);
    assert.equal(requireTool({ skip }, PEERS.sigstoreJs, false), PEERS.sigstoreJs);
  });
});
