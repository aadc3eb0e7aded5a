import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { expect, test } from 'vitest';
import { findFreePort } from '../../src/store/index.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { childEnv } from '../helpers/test-neo4j-settings.ts';
import { waitFor } from '../helpers/wait-for.ts';

const t = useTestGraph();
const BIN = new URL('../../bin/parley.js', import.meta.url).pathname;

function get(port: number, path: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

test('parley serve answers, then stops promptly on SIGTERM even with keep-alive clients', async () => {
  const port = await findFreePort();
  const server = spawn(process.execPath, [BIN, 'serve'], { env: childEnv(t.neo4j, { PORT: String(port) }), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const agent = new Agent({ keepAlive: true });
  try {
    await waitFor(
      () => {
        if (server.exitCode !== null) throw new Error(`parley serve exited with ${server.exitCode} before serving:\n${stderr}`);
        return stderr.includes('serving');
      },
      { what: 'parley serve to say it is serving', timeoutMs: 60_000 },
    );
    expect(await get(port, '/health', agent)).toBe(200);
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    const started = Date.now();
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stderr).toContain('parley: stopping...');
  } finally {
    agent.destroy();
    server.kill('SIGKILL');
  }
});
