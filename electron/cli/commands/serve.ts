import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { startHeadlessServer } from '../../headless/server';
import { cliLogger, CliError, dataDirOf, isVerbose, noticeDatabase } from '../cli-context';
import { createHeadlessCore } from '../../headless/create-headless-core';

/** out/cli/cli.mjs → out/renderer */
export function rendererDir(): string {
  return process.env.MONPS_RENDERER_DIR || join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run MON_PS headless: collector and UI on http://127.0.0.1:PORT')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0 = any free one)', '4820')
    .option('--token <token>', 'required on any non-loopback address (or MONPS_TOKEN)')
    .option('--verbose', 'print every log line here too (default: only the URL and problems; the log file has everything)')
    .action(async (opts: { host: string; port: string; token?: string }, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port ${opts.port}: expected a port number 0–65535`, 2);
      const dataDir = dataDirOf(cmd);
      // quiet by default: info lines (every API call, migrations) go to monps.log only
      const log = cliLogger(dataDir, isVerbose(cmd));
      const core = await createHeadlessCore(dataDir, log);
      let server;
      try {
        server = await startHeadlessServer({
          core,
          host: opts.host,
          port,
          token: opts.token ?? process.env.MONPS_TOKEN ?? null,
          staticDir: rendererDir(),
          log,
        });
      } catch (e) {
        await core.close();
        throw new CliError(e instanceof Error ? e.message : String(e), 2);
      }
      core.start();
      const demo = core.settings.get().demoMode ? ' — demo mode: simulated data' : '';
      process.stdout.write(`MON_PS listening on ${server.url}${demo}\n`);
      process.stdout.write(`data: ${dataDir}; log: ${dataDir}/monps.log${isVerbose(cmd) ? '' : ' (--verbose prints it here too)'}\n`);
      noticeDatabase(core);
      const stop = async () => {
        await server.close();
        await core.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => undefined);
    });
}
