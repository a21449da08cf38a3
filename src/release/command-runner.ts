import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { proxySettingsFrom } from '../core/proxy.js';
import { killedOnSignal } from '../core/signal.js';
import { renderCommand } from '../instructions/verify.js';
import type { CommandRunner, CommandRun } from './gate.js';

/** The proxy variables of a runner, of which a command that fetches trust material or the verifier needs the settings behind a proxy. */
type ProxyVariable = 'HTTPS_PROXY' | 'https_proxy' | 'HTTP_PROXY' | 'http_proxy' | 'NO_PROXY' | 'no_proxy';

/**
 * The proxy variables a command is given: each setting trust-kit follows (the lower-case variable
 * first, as @actions/http-client reads them) in both cases. Go's tools (cosign, gh) read the
 * upper-case variable first, curl the lower-case one: given both, differing, as the runner had them, a
 * verifier would go through another proxy than trust-kit's own requests did.
 */
function commandProxyVariables(variables: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const settings = proxySettingsFrom(variables);
  const pairs = [
    ['HTTPS_PROXY', settings.httpsProxy],
    ['HTTP_PROXY', settings.httpProxy],
    ['NO_PROXY', settings.noProxy],
  ] as const;
  return Object.fromEntries(pairs.flatMap(([name, value]) => (value === undefined ? [] : [[name, value], [name.toLowerCase(), value]])));
}

/**
 * The gate's commands run by `sh -c` as users paste them, with only `path`, `home` and the proxy
 * settings in their environment: no token of the job (the OIDC request token, GITHUB_TOKEN)
 * reaches a verifier.
 * Each runs in a process group of its own, killed whole at the timeout; only the last
 * `maxOutputBytes` of its output are kept.
 */
export function shellCommandRunner(env: { path: string; home: string | undefined; proxy?: Partial<Record<ProxyVariable, string | undefined>> }, platform: NodeJS.Platform = process.platform): CommandRunner {
  const proxy = commandProxyVariables(env.proxy ?? {});
  const childEnv = { PATH: env.path, ...(env.home === undefined ? {} : { HOME: env.home }), ...proxy, GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' };
  return {
    // The lines are POSIX shell, and a process group is what a timeout kills: Windows has neither, and there every tool
    // (cosign.exe) would have been reported as not installed.
    ...(platform === 'win32' ? { unavailable: 'the gate runs the instructions\' shell commands on Linux and macOS runners only; on Windows only its own checks were made' } : {}),
    async has(tool) {
      if (tool.includes('/')) return false;
      for (const directory of env.path.split(delimiter)) {
        if (directory === '' || !isAbsolute(directory)) continue;
        const candidate = join(directory, tool);
        try {
          await access(candidate, constants.X_OK);
          if ((await stat(candidate)).isFile()) return true;
        } catch {
          // not in this directory
        }
      }
      return false;
    },
    run(command, options) {
      return new Promise<CommandRun>((resolve) => {
        const child = spawn('sh', ['-c', renderCommand(command)], { cwd: options.cwd, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        // In a group of its own, a SIGINT to trust-kit's does not reach it: the stop kills it, as the timeout does.
        const unregister = child.pid === undefined ? () => undefined : killedOnSignal(child.pid);
        let kept = Buffer.alloc(0);
        const keep = (chunk: Buffer): void => {
          kept = Buffer.concat([kept, chunk]);
          if (kept.length > options.maxOutputBytes) kept = kept.subarray(kept.length - options.maxOutputBytes);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) {
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              // the group has ended already
            }
          }
        }, options.timeoutMs);
        const finish = (exitCode: number | undefined, note = ''): void => {
          clearTimeout(timer);
          unregister();
          resolve({ exitCode, output: `${kept.toString('utf8')}${note}`, timedOut });
        };
        child.on('error', (error) => finish(undefined, String(error)));
        child.on('close', (code) => finish(code ?? undefined));
      });
    },
  };
}
