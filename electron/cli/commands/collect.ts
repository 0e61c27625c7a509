import type { Command } from 'commander';
import { CliError, withCore } from '../cli-context';

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('collect odds now (one run) with the configured key, or from the simulator in demo mode')
    .requiredOption('--once', 'run one collection and exit')
    .option('--sport <key...>', 'sport keys for this run (default: the configured ones)')
    .action(async (opts: { once: boolean; sport?: string[] }, cmd: Command) => {
      await withCore(cmd, async (core) => {
        for (const s of opts.sport ?? []) {
          if (!/^[a-z0-9_]{2,80}$/.test(s)) throw new CliError(`--sport ${s}: expected a sport key like soccer_epl`, 2);
        }
        const run = await core.collector().runNow('cli', opts.sport?.length ? { sports: opts.sport } : undefined);
        const demo = core.settings.get().demoMode ? ' (demo: simulated data)' : '';
        const line =
          `run ${run.id} ${run.status}${demo}: ${run.events} events, ${run.pricesSeen} prices seen, ${run.pricesChanged} changed` +
          (run.creditsUsed !== null ? `, ${run.creditsUsed} credits used` : '') +
          (run.creditsRemaining !== null ? `, ${run.creditsRemaining} remaining` : '');
        if (run.status === 'failed' || run.status === 'skipped')
          throw new CliError(`${line} — ${run.errorMessage ?? run.errorCode ?? 'failed'}`);
        process.stdout.write(line + '\n');
        if (run.status === 'partial') process.stderr.write(`monps: some sports failed: ${run.errorMessage}\n`);
      });
    });
}
