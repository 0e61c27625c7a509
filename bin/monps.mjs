#!/usr/bin/env node
// The `monps` command: runs the built CLI (npm run build creates it).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/cli/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('monps: the CLI is not built yet: run `npm run build` in the MON_PS folder\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
