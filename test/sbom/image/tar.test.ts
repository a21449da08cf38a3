import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeName, nameBytes, readTar, type TarEntry } from '../../../src/sbom/image/tar.js';
import { header, pad, paxRecord } from './fixtures.js';

async function entries(archive: Buffer): Promise<{ entry: TarEntry; body: string }[]> {
  const out: { entry: TarEntry; body: string }[] = [];
  const source = (async function* (): AsyncGenerator<Buffer> {
    yield archive;
  })();
  await readTar(source, 'layer 1 (test)', async (entry, body) => {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk);
    out.push({ entry, body: Buffer.concat(chunks).toString('latin1') });
  });
  return out;
}

function file(name: string, content: string): Buffer {
  return Buffer.concat([header(name, content.length, 0o644, '0'), Buffer.from(content), pad(content.length)]);
}

function paxHeader(records: string): Buffer {
  const data = Buffer.from(records);
  return Buffer.concat([header('PaxHeader', data.length, 0o644, 'x'), data, pad(data.length)]);
}

test('PAX headers in a row: the last replaces the earlier ones, as Go\'s archive/tar reads them, so an earlier path cannot rename the entry the runtime extracts', async () => {
  const archive = Buffer.concat([paxHeader(paxRecord('path', 'innocent')), paxHeader(paxRecord('mtime', '1')), file('var/lib/dpkg/status', 'Package: real\n'), Buffer.alloc(1024)]);
  assert.deepEqual((await entries(archive)).map(({ entry }) => entry.name), ['var/lib/dpkg/status']);
});

test('a PAX size applies to the next entry, never to the extension header after it: that header\'s own size says where the entry starts', async () => {
  // A reader applying size=512 to the second PAX header would swallow the file header after it as PAX data.
  const hidden = file('var/lib/dpkg/status', 'Package: hidden\n');
  const archive = Buffer.concat([paxHeader(paxRecord('size', '512')), header('PaxHeader', 0, 0o644, 'x'), hidden, Buffer.alloc(1024)]);
  assert.deepEqual((await entries(archive)).map(({ entry, body }) => [entry.name, body]), [['var/lib/dpkg/status', 'Package: hidden\n']]);
});

test('a GNU long name wins over a PAX path, as Go\'s archive/tar reads them', async () => {
  const long = Buffer.from('var/lib/dpkg/status\0');
  const archive = Buffer.concat([paxHeader(paxRecord('path', 'innocent')), header('././@LongLink', long.length, 0o644, 'L'), long, pad(long.length), file('short', 'x'), Buffer.alloc(1024)]);
  assert.deepEqual((await entries(archive)).map(({ entry }) => entry.name), ['var/lib/dpkg/status']);
});

test('a PAX size that is not a decimal number is IMAGE_LAYER_INVALID, quoted without control characters', async () => {
  for (const size of ['0x10', '1e3', '-1', '12\u001b[2J']) {
    const archive = Buffer.concat([paxHeader(paxRecord('size', size)), file('a', ''), Buffer.alloc(1024)]);
    await assert.rejects(entries(archive), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'IMAGE_LAYER_INVALID', JSON.stringify(size));
      assert.ok(!error.message.includes('\u001b'), error.message);
      return true;
    });
  }
});

test('a PAX path and linkpath apply to the next entry only; an empty PAX value keeps the header\'s', async () => {
  const archive = Buffer.concat([paxHeader(paxRecord('path', 'first')), paxHeader(paxRecord('path', 'etc/second') + paxRecord('linkpath', 'x')), file('short', 'body'), file('after', 'b'), Buffer.alloc(1024)]);
  const read = await entries(archive);
  assert.deepEqual(read.map(({ entry, body }) => [entry.name, entry.linkName, body]), [['etc/second', 'x', 'body'], ['after', '', 'b']]);
  const empty = Buffer.concat([paxHeader(paxRecord('path', '') + paxRecord('size', '')), file('kept', 'body'), Buffer.alloc(1024)]);
  assert.deepEqual((await entries(empty)).map(({ entry, body }) => [entry.name, body]), [['kept', 'body']]);
});

test('character and block devices and FIFOs carry no body, whatever their size field says: what follows is the next header, as Go\'s archive/tar (and so the container runtime) reads it', async () => {
  const hidden = file('var/lib/dpkg/status', 'Package: hidden\n');
  for (const type of ['3', '4', '6']) {
    const archive = Buffer.concat([header('dev/node', hidden.length, 0o644, type), hidden, Buffer.alloc(1024)]);
    const read = await entries(archive);
    assert.deepEqual(read.map(({ entry }) => [entry.name, entry.kind, entry.size]), [['dev/node', 'other', 0], ['var/lib/dpkg/status', 'file', 16]], `typeflag ${type}`);
  }
});

test('a global PAX header ends what the extension headers before it said, as Go\'s archive/tar returns it as an entry of its own', async () => {
  const long = Buffer.from('innocent');
  const archive = Buffer.concat([paxHeader(paxRecord('path', 'innocent')), header('././@LongLink', long.length, 0o644, 'L'), long, pad(long.length), header('pax_global_header', 0, 0o644, 'g'), file('var/lib/dpkg/status', 'x'), Buffer.alloc(1024)]);
  assert.deepEqual((await entries(archive)).map(({ entry }) => entry.name), ['var/lib/dpkg/status']);
});

test('an old-style entry (typeflag NUL) named with a trailing slash is a directory without a body, whatever its size says', async () => {
  const hidden = file('var/lib/dpkg/status', 'Package: hidden\n');
  const archive = Buffer.concat([header('var/', hidden.length, 0o755, '\0'), hidden, Buffer.alloc(1024)]);
  assert.deepEqual((await entries(archive)).map(({ entry }) => [entry.name, entry.kind, entry.size]), [['var/', 'directory', 0], ['var/lib/dpkg/status', 'file', 16]]);
});

test('sparse files (old GNU typeflag S, GNU sparse PAX records) are IMAGE_LAYER_INVALID naming the entry: Go would expand them under another name', async () => {
  const old = Buffer.concat([header('var/lib/dpkg/status', 0, 0o644, 'S'), Buffer.alloc(1024)]);
  await assert.rejects(entries(old), (error: Error & { code?: string }) => error.code === 'IMAGE_LAYER_INVALID' && /"var\/lib\/dpkg\/status" is a sparse file/.test(error.message));
  const map = '1\n0\n3\n';
  const pax = Buffer.concat([paxHeader(paxRecord('GNU.sparse.major', '1') + paxRecord('GNU.sparse.minor', '0') + paxRecord('GNU.sparse.name', 'var/lib/dpkg/status') + paxRecord('GNU.sparse.realsize', '3')), file('GNUSparseFile.0/status', `${map}${'\0'.repeat(512 - map.length)}abc`), Buffer.alloc(1024)]);
  await assert.rejects(entries(pax), { code: 'IMAGE_LAYER_INVALID' });
});

test('a zero block followed by another entry instead of a second zero block is IMAGE_LAYER_INVALID (Go refuses it), not the end of the archive', async () => {
  const archive = Buffer.concat([file('a', 'x'), Buffer.alloc(512), file('var/lib/dpkg/status', 'hidden'), Buffer.alloc(1024)]);
  await assert.rejects(entries(archive), { code: 'IMAGE_LAYER_INVALID' });
  // Two zero blocks end it: what follows is not read, as the runtime does not read it; one zero block at the end of the stream ends it too.
  assert.deepEqual((await entries(Buffer.concat([file('a', 'x'), Buffer.alloc(1024), file('b', 'y')]))).map(({ entry }) => entry.name), ['a']);
  assert.deepEqual((await entries(Buffer.concat([file('a', 'x'), Buffer.alloc(512)]))).map(({ entry }) => entry.name), ['a']);
});

test('errors about a header say where it starts in the layer, and a truncated entry is named', async () => {
  const damaged = Buffer.concat([file('a', 'x'), file('b', 'y')]);
  damaged[512 * 2 + 10] = 0x41;
  await assert.rejects(entries(damaged), (error: Error & { code?: string }) => error.code === 'IMAGE_LAYER_INVALID' && /^layer 1 \(test\) at byte 1024: a tar header's checksum does not match/.test(error.message));
  const cut = Buffer.concat([file('a', 'x'), header('var/lib/dpkg/status', 4096, 0o644, '0'), Buffer.alloc(100)]);
  await assert.rejects(entries(cut), (error: Error & { code?: string }) => error.code === 'IMAGE_LAYER_INVALID' && /^layer 1 \(test\) at byte 1024: the tar archive ends inside the entry "var\/lib\/dpkg\/status" \(truncated\)/.test(error.message));
});

test('headers Go\'s archive/tar accepts are read: a checksum computed over signed bytes (old tars, a name with bytes over 0x7f), numeric fields with leading NULs', async () => {
  const signed = header('caf\u00e9', 1, 0o644, '0');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (signed[i] as number) > 127 ? (signed[i] as number) - 256 : (signed[i] as number);
  signed.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  const nuls = header('b', 2, 0o644, '0');
  nuls.write('\0\0\0\0\0\0\0\0\0\x002\0', 124, 12, 'latin1');
  let nulSum = 0;
  for (let i = 0; i < 512; i++) nulSum += i >= 148 && i < 156 ? 0x20 : (nuls[i] as number);
  nuls.write(`${nulSum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  const archive = Buffer.concat([signed, Buffer.from('x'), pad(1), nuls, Buffer.from('yz'), pad(2), Buffer.alloc(1024)]);
  assert.deepEqual((await entries(archive)).map(({ entry, body }) => [entry.name, body]), [['caf\u00e9', 'x'], ['b', 'yz']]);
});

test('a GNU header\'s access and change times are no name prefix (Go reads them as times), unless they are not numbers; a USTAR prefix is', async () => {
  const gnu = (times: string, name: string): Buffer => {
    const block = header(name, 1, 0o644, '0');
    block.write('ustar  \0', 257, 8, 'latin1');
    block.write(times, 345, times.length, 'latin1');
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] as number);
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    return Buffer.concat([block, Buffer.from('x'), pad(1)]);
  };
  const ustar = header('status', 1, 0o644, '0');
  ustar.write('var/lib/dpkg', 345, 12, 'latin1');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (ustar[i] as number);
  ustar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  const archive = Buffer.concat([gnu('14751534272\x0014751534272\0', 'var/lib/dpkg/status'), gnu('opt/legacy', 'lockfile'), ustar, Buffer.from('x'), pad(1), Buffer.alloc(1024)]);
  assert.deepEqual((await entries(archive)).map(({ entry }) => entry.name), ['var/lib/dpkg/status', 'opt/legacy/lockfile', 'var/lib/dpkg/status']);
});

test('a name that is not UTF-8 keeps its bytes apart: each byte that is not UTF-8 is a lone surrogate, which no UTF-8 decodes to (\\xff and \\xfe were both U+FFFD, one file)', () => {
  // The last spells U+DCFF in UTF-8's form, which is not UTF-8: three escapes, not the one escape of \\xff.
  const names = [Buffer.from('srv/\xff/a', 'latin1'), Buffer.from('srv/\xfe/a', 'latin1'), Buffer.from('srv/\ufffd/a'), Buffer.from([0x73, 0xed, 0xb3, 0xbf])];
  const decoded = names.map((bytes) => decodeName(bytes));
  assert.equal(new Set(decoded).size, names.length);
  assert.equal(decoded[0], 'srv/\udcff/a');
  assert.deepEqual(decoded.map((name) => nameBytes(name)), names.map((bytes) => bytes.length));
  // Well-formed UTF-8 is read as it is, astral characters too; overlong forms, encoded surrogates and cut sequences are escaped byte by byte.
  assert.equal(decodeName(Buffer.from('caf\u00e9/\u{1f600}')), 'caf\u00e9/\u{1f600}');
  assert.equal(nameBytes('caf\u00e9/\u{1f600}\udc80'), Buffer.byteLength('caf\u00e9/\u{1f600}') + 1);
  assert.equal(decodeName(Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80, 0xe2, 0x82])), '\udcc0\udc80\udced\udca0\udc80\udce2\udc82');
});
