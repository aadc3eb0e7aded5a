import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

// The root tsconfig leaves src/web out (it has no DOM types): check the page against its own.
test('the explorer page typechecks under its browser tsconfig', async () => {
  const tsc = path.resolve('node_modules/typescript/bin/tsc');
  const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', 'src/web/tsconfig.json']).then(
    () => ({ code: 0, output: '' }),
    (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
  );
  expect(result).toEqual({ code: 0, output: '' });
}, 60_000);
