import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server package directory (where `npm start` runs). */
export const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A server or CLI run as its own Node process, as `npm run server` would. */
export type ServerProcess = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

function run(script: string, args: string[], env: Record<string, string>, input?: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: serverDir, env: { ...process.env, ...env, LOG_LEVEL: 'info' }, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (input !== undefined) child.stdin?.end(input);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => out, exited };
}

/** Runs the create-user CLI (with `input` on its stdin, e.g. the password) and resolves to its exit code and output. */
export async function runCreateUser(args: string[], env: Record<string, string>, input?: string): Promise<{ code: number | null; output: string }> {
  const p = run('src/create-user.ts', args, env, input);
  const code = await p.exited;
  return { code, output: p.output() };
}

/** Starts `src/index.ts` on a free loopback port and resolves once it listens. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const p = run('src/index.ts', [], { PORT: '0', HOST: '127.0.0.1', ...env });
  const url = await new Promise<string>((done, fail) => {
    const timer = setInterval(() => {
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(p.output());
      if (m?.[1]) { clearInterval(timer); done(m[1]); }
    }, 50);
    void p.exited.then((code) => { clearInterval(timer); fail(new Error(`server exited (${code}) before listening:\n${p.output()}`)); });
  });
  return { ...p, url };
}
