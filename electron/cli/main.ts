/** Entry point of the bundled CLI (out/cli/cli.mjs). */
import { main } from './cli';

main(process.argv.slice(2)).then(
  (code) => {
    // serve never resolves; every other command exits with its code
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`monps: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
