#!/usr/bin/env node
// Parley's command line. TypeScript sources run through tsx so the installed tool and the
// code under test are the same files, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
