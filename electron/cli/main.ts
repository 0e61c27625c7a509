/** Entry point of the bundled CLI (out/cli/cli.mjs). */
import { main } from './cli';
import { errorLine } from './error-line';

main(process.argv.slice(2)).then(
  (code) => {
    // serve never resolves; every other command exits with its code
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`monps: ${errorLine(e)}\n`);
    process.exitCode = 1;
  },
);
