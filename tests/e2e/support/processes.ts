import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { LOG_DIR, ROOT } from './env';

export interface Started {
  name: string;
  child: ChildProcess;
  logFile: string;
}

/** Starts a Node process from the repo root; its output goes to tmp/e2e/logs/<name>.log. */
export function startNode(name: string, args: string[], env: Record<string, string> = {}): Started {
  const logFile = join(LOG_DIR, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  return { name, child, logFile };
}

/** Runs a Node process to the end and returns its stdout; fails with its output when it fails. */
export function runNode(name: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { child, logFile } = startNode(name, args, env);
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${name} exited with ${code}:\n${tail(logFile)}`)),
    );
  });
}

/** Resolves with the first stdout line matching `pattern`; rejects if the process exits or times out first. */
export function waitForLine(started: Started, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => fail(new Error(`${started.name} did not print ${pattern} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = buffer.match(pattern);
      if (match) done(() => resolve(match));
    };
    const onExit = (code: number | null) => fail(new Error(`${started.name} exited with ${code}`));
    const done = (then: () => void) => {
      clearTimeout(timer);
      started.child.stdout!.off('data', onData);
      started.child.off('exit', onExit);
      then();
    };
    const fail = (error: Error) => done(() => reject(new Error(`${error.message}\n${tail(started.logFile)}`)));
    started.child.stdout!.on('data', onData);
    started.child.on('exit', onExit);
  });
}

/** Polls `url` until it answers 2xx; rejects with the process log when the process dies or time runs out. */
export async function waitForHttp(started: Started, url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(`${started.name} exited with ${started.child.exitCode}:\n${tail(started.logFile)}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${started.name} did not answer ${url} within ${timeoutMs} ms:\n${tail(started.logFile)}`);
}

/** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export async function stop(started: Started, graceMs = 5_000): Promise<void> {
  const { child } = started;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Fails fast with a clear message instead of testing against something already on the port. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      reject(new Error(`Port ${port} is in use; stop what runs there or set E2E_API_PORT / E2E_PORTAL_PORT.`));
    });
    socket.once('error', () => resolve());
  });
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}
