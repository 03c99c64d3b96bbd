#!/usr/bin/env node
// Command line of Périmètre: runs the same TypeScript parsers and analyses as the app, in Node.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
