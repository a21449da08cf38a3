// Which proxy a request to GitHub goes through: the rules of @actions/http-client (what Octokit in
// @actions/github follows on a runner), checked case by case against that library itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { bypassesProxy, proxyFor, proxySettingsFrom } from '../../src/core/proxy.js';

const VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'] as const;
type ProxyEnv = Partial<Record<(typeof VARIABLES)[number], string>>;

/** What @actions/http-client answers for `url` with `env` as the process's environment. */
function httpClientProxy(env: ProxyEnv, url: string): string | undefined {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  try {
    for (const name of VARIABLES) {
      if (env[name] === undefined) delete process.env[name];
      else process.env[name] = env[name];
    }
    return getProxyUrl(new URL(url))?.href;
  } finally {
    for (const name of VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}

const PROXY = 'http://proxy.corp.example:3128';
const CASES: [ProxyEnv, string][] = [
  [{}, 'https://api.github.com/repos'],
  [{ HTTPS_PROXY: PROXY }, 'https://api.github.com/repos'],
  [{ HTTPS_PROXY: PROXY }, 'http://ghes.example/api/v3'],
  [{ HTTP_PROXY: PROXY }, 'http://ghes.example/api/v3'],
  [{ HTTP_PROXY: PROXY }, 'https://api.github.com/repos'],
  [{ https_proxy: 'http://lower.example:8080', HTTPS_PROXY: PROXY }, 'https://api.github.com/'],
  [{ https_proxy: '', HTTPS_PROXY: PROXY }, 'https://api.github.com/'],
  [{ http_proxy: 'http://lower.example:8080', HTTP_PROXY: PROXY }, 'http://ghes.example/'],
  [{ HTTPS_PROXY: 'https://user:p%40ss@secure-proxy.example' }, 'https://uploads.github.com/'],
  [{ HTTPS_PROXY: '10.0.0.1:3128' }, 'https://api.github.com/'],
  // NO_PROXY: the host, a domain above it (with or without the dot), host:port with the scheme's default port, `*`, any case and spacing.
  [{ HTTPS_PROXY: PROXY, NO_PROXY: 'api.github.com' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: 'github.com' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: '.github.com' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: '.github.com' }, 'https://github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: 'hub.com' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: 'api.github.com:443' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: 'api.github.com:8443' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: 'ghes.example:8443' }, 'https://ghes.example:8443/api/v3'],
  [{ HTTP_PROXY: PROXY, NO_PROXY: 'ghes.example:80' }, 'http://ghes.example/api/v3'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: '*' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: ' example.org , , GitHub.COM ' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: 'api.github.com.evil.example' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: 'github.com' }, 'https://notgithub.com/'],
  [{ HTTPS_PROXY: PROXY, no_proxy: 'other.example', NO_PROXY: 'github.com' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, no_proxy: '', NO_PROXY: 'github.com' }, 'https://api.github.com/'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: '10.1.2.3' }, 'https://10.1.2.3/api/v3'],
  // Not applied, as the README says: a range (curl and Go apply it) and a wildcard label (Go reads it as `.github.com`).
  [{ HTTPS_PROXY: PROXY, NO_PROXY: '10.0.0.0/8' }, 'https://10.1.2.3/api/v3'],
  [{ HTTPS_PROXY: PROXY, NO_PROXY: '*.github.com' }, 'https://api.github.com/'],
  // Loopback is always reached directly, whatever NO_PROXY says.
  [{ HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY }, 'http://127.0.0.1:8080/'],
  [{ HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY }, 'http://127.1.2.3/'],
  [{ HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY }, 'https://localhost:8443/'],
  [{ HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY }, 'http://LOCALHOST/'],
  [{ HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY }, 'http://[::1]:8080/'],
  [{ HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY }, 'http://[0:0:0:0:0:0:0:1]/'],
  // Not loopback by these rules: a name that happens to resolve there, and 0.0.0.0.
  [{ HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY }, 'http://localhost.localdomain/'],
  [{ HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY }, 'http://0.0.0.0:8080/'],
];

test('the proxy for each URL is the one @actions/http-client chooses', () => {
  for (const [env, url] of CASES) {
    assert.equal(proxyFor(new URL(url), proxySettingsFrom(env))?.href, httpClientProxy(env, url), `${JSON.stringify(env)} ${url}`);
  }
});

test('the settings are read as @actions/http-client reads them: lower-case first, empty as unset', () => {
  assert.deepEqual(proxySettingsFrom({ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2', http_proxy: '', HTTP_PROXY: 'http://c:3', NO_PROXY: 'x.example', PATH: '/bin' }), { httpsProxy: 'http://a:1', httpProxy: 'http://c:3', noProxy: 'x.example' });
  assert.deepEqual(proxySettingsFrom({}), {});
  assert.equal(bypassesProxy(new URL('https://api.github.com/'), undefined), false);
});

test('a proxy that is not an http(s) URL is a PROXY_URL_INVALID naming the variable, never its credentials', () => {
  // Where @actions/http-client would go on with an unusable URL (a `proxy.corp:` scheme; ftp), a proxy given as host:port is http://host:port, as curl takes it.
  assert.equal(proxyFor(new URL('https://api.github.com/'), { httpsProxy: 'proxy.corp.example:3128' })?.href, 'http://proxy.corp.example:3128/');
  for (const value of ['http://user:hunter2', 'user:hunter2', 'https://user:hunter2/path', 'http://user:hunter2%@proxy.example:3128', 'ftp://user:hunter2@proxy.example:21', 'http://user:hunter2@', 'socks5://user:hunter2@proxy.example:1080', 'http://user:hun/ter2@proxy.example:3128', 'user:hunter2@proxy.example:port']) {
    assert.throws(
      () => proxyFor(new URL('https://api.github.com/'), { httpsProxy: value }),
      (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'PROXY_URL_INVALID');
        assert.match(error.message, /^HTTPS_PROXY \(/);
        assert.doesNotMatch(error.message, /hunter2/);
        assert.match(error.hint ?? '', /set HTTPS_PROXY to the proxy's URL/);
        return true;
      },
    );
  }
  // What holds no credentials is quoted, so the user sees what is wrong with it.
  assert.throws(() => proxyFor(new URL('https://api.github.com/'), { httpsProxy: 'ftp://proxy.example:21' }), { message: /^HTTPS_PROXY \(ftp:\/\/proxy\.example:21\) is not an http\(s\) proxy URL$/ });
  assert.throws(() => proxyFor(new URL('https://api.github.com/'), { httpsProxy: 'http://user:hunter2' }), { message: /^HTTPS_PROXY \(http:\/\/…\) is not an http\(s\) proxy URL$/ });
  // Bypassed requests never look at the proxy variable.
  assert.equal(proxyFor(new URL('https://api.github.com/'), { httpsProxy: 'ftp://proxy.example', noProxy: 'github.com' }), undefined);
});

test('only 127.0.0.0/8, ::1 and localhost skip the proxy as loopback: not a name that starts with 127. (which @actions/http-client lets round the proxy)', () => {
  const settings = { httpsProxy: PROXY, httpProxy: PROXY };
  for (const url of ['https://127.attacker.example/', 'https://127.0.0.1.nip.io/', 'http://127.0.0.1.example/']) {
    assert.equal(proxyFor(new URL(url), settings)?.href, `${PROXY}/`, url);
  }
  assert.equal(httpClientProxy({ HTTPS_PROXY: PROXY }, 'https://127.attacker.example/'), undefined, 'the library this ports bypasses the proxy here');
  for (const url of ['http://127.0.0.1/', 'http://127.255.0.9:8080/', 'http://0x7f.1/', 'http://[::1]/', 'http://[0:0::1]:80/', 'https://LocalHost/']) {
    assert.equal(proxyFor(new URL(url), settings), undefined, url);
  }
});

test('NO_PROXY names an IPv6 host bare (as curl takes it), in brackets, with a port, or not canonical', () => {
  const cases: [string, string, boolean][] = [
    ['fd00::1', 'https://[fd00::1]/', true],
    ['[fd00::1]', 'https://[fd00::1]/', true],
    ['[fd00::1]:443', 'https://[fd00::1]/', true],
    ['[fd00::1]:8443', 'https://[fd00::1]/', false],
    ['fd00:0:0:0:0:0:0:1', 'https://[fd00::1]:8443/', true],
    ['FD00::1', 'https://[fd00::1]/', true],
    ['fd00::2', 'https://[fd00::1]/', false],
    ['example.com:8443', 'https://example.com:8443/', true],
  ];
  for (const [noProxy, url, bypassed] of cases) assert.equal(bypassesProxy(new URL(url), noProxy), bypassed, `${noProxy} ${url}`);
});
