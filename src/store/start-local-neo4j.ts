import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '../errors.ts';

/** The launcher project: Neo4j Community embedded with its Bolt connector (see its pom.xml). */
export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j-launcher/', import.meta.url));
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'parley-neo4j-launcher-1.0.0.jar');

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** Shuts the database down cleanly and waits for the process to end. */
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly pageCacheMb?: number;
  /** Java heap; Neo4j lets one transaction use up to 70% of it. @default 1024 */
  readonly heapMb?: number;
  /** Where progress lines go. @default process.stderr */
  readonly log?: (line: string) => void;
  /** @default 120000: the first start also downloads the jars through Maven */
  readonly timeoutMs?: number;
}

/** Builds the launcher with Maven the first time (jars come from Maven Central, then ~/.m2). */
export function buildLauncher(log: (line: string) => void): void {
  if (existsSync(LAUNCHER_JAR) && existsSync(path.join(LAUNCHER_DIR, 'target', 'lib'))) return;
  log('parley: building the local Neo4j launcher with Maven (first run only)...');
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: LAUNCHER_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    throw new ParleyError('UNAVAILABLE', `Building the Neo4j launcher failed (mvn exit ${result.status ?? result.error?.message}); is Maven installed?`);
  }
}

/** Resolves true when nothing listens on host:port. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A free loopback port chosen by the OS. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a local Neo4j on loopback and resolves once it answers queries. The child dies with
 * us: it stops when its standard input closes, which happens whenever this process exits.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!(await isPortFree(options.port))) {
    throw new ParleyError('UNAVAILABLE', `Port ${options.port} is in use: set PARLEY_NEO4J_PORT to a free port, or NEO4J_URI to use a running Neo4j.`);
  }
  buildLauncher(log);
  mkdirSync(options.dataDir, { recursive: true });
  const classpath = `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_DIR, 'target', 'lib', '*')}`;
  const child = spawn(
    'java',
    ['-Xms256m', `-Xmx${options.heapMb ?? 1024}m`, '-cp', classpath, 'dev.parley.launcher.Launcher', '--data-dir', options.dataDir, '--port', String(options.port), '--pagecache-mb', String(options.pageCacheMb ?? 256)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const uri = await waitForReady(child, options.timeoutMs ?? 120_000);
  log(`parley: local Neo4j ready at ${uri} (data in ${options.dataDir})`);
  return { uri, pid: child.pid ?? -1, stop: () => stopChild(child) };
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new ParleyError('UNAVAILABLE', `Local Neo4j ${why}.\n${output.slice(-2000)}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PARLEY_NEO4J_READY (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => fail(`exited with code ${code}`));
    child.once('error', (error) => fail(`could not be started (${error.message}); is Java 17 installed?`));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.stdin?.end();
    // A clean shutdown takes ~15 s; past a minute something is wrong and the store must recover anyway.
    setTimeout(() => child.kill('SIGKILL'), 60_000).unref();
  });
}
