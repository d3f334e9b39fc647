/**
 * The real server as a child process on a free port, serving a fresh build of the app.
 * Uses the hardened sandbox when the machine has one, else `--trusted-local` (our own test code only).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface RunningServer {
  url: string;
  sandbox: string;
  stop(): Promise<void>;
}

/** Build web/dist if it is missing or stale (what `npm start` does first). */
export function buildWeb(): void {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the web app failed');
}

function launch(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/main.ts', '--port', '0', '--workers', '1', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /on (http:\/\/\S+?)\/? /.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!.replace(/\/$/, ''), log: () => log });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** The server started with extra environment (e.g. a broken toolchain), as it is, with its log so far. */
export async function startServerWith(args: string[], env: NodeJS.ProcessEnv): Promise<Omit<RunningServer, 'sandbox'> & { log: () => string }> {
  const { child, url, log } = await launch(args, { ...process.env, ...env });
  return { url, stop: stopper(child), log };
}

export async function startServer(): Promise<RunningServer> {
  let { child, url } = await launch([]);
  let health = (await (await fetch(`${url}/api/health`)).json()) as { sandbox: string };
  if (health.sandbox === 'none') {
    // No bubblewrap here: the tests submit only our own dataset code, so the unisolated runner is acceptable.
    await stopper(child)();
    ({ child, url } = await launch(['--trusted-local']));
    health = (await (await fetch(`${url}/api/health`)).json()) as { sandbox: string };
  }
  return { url, sandbox: health.sandbox, stop: stopper(child) };
}
