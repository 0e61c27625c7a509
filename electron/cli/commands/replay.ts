import { existsSync } from 'node:fs';
import { addPlannedReplayOptions, isPlannedReplay, runPlannedReplay, type PlannedReplayOptions } from './replay-planned';
import type { Command } from 'commander';
import { replayRecording } from '../../core/replay/replay';
import { CliError, withCore } from '../cli-context';
import { findOpportunitiesModule } from '../../core/opportunities/module';
import { trackRecordOf } from '../../core/opportunities/track-record';

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('ingest a recording (one {fetched_at, sport_key, body} JSON object a line, gzip or plain)')
    .argument('<file>', 'the recording')
    .option(
      '--json',
      'print the summary as JSON, with the track record of the opportunities found (per kind: n, with_close, mean_clv, mean_clv_novig, beat_close_rate)',
    )
    .action(async (file: string, opts: { json?: boolean }, cmd: Command) => {
      if (!existsSync(file)) throw new CliError(`${file}: no such file`, 2);

      if (isPlannedReplay(opts)) return runPlannedReplay(file, opts as PlannedReplayOptions, cmd);
      await withCore(
        cmd,
        async (core) => {
          if (core.settings.get().demoMode)
            process.stderr.write('monps: note: demo mode is on (no API key), so the replay goes into the demo database\n');
          const started = Date.now();
          let last = 0;
          const scanner = findOpportunitiesModule(core.modules());
          const s = await replayRecording(core.workspace(), file, {
            onSnapshot: (_snap, i) => {
              scanner?.scanSnapshot(_snap);
              if (process.stderr.isTTY && Date.now() - last > 250) {
                last = Date.now();
                process.stderr.write(`\rreplaying… ${i + 1} snapshots`);
              }
            },
          }).catch((e: unknown) => {
            throw new CliError(`${file}: ${e instanceof Error ? e.message : String(e)}; nothing was stored`);
          });
          if (process.stderr.isTTY) process.stderr.write('\r');
          if (opts.json) {
            // an event that kicked off after the recording ended has no observed close
            const track_record = trackRecordOf(core.workspace().db, s.lastAt ?? 0);
            process.stdout.write(JSON.stringify({ ...s, seconds: (Date.now() - started) / 1000, track_record }, null, 2) + '\n');
            return;
          }
          process.stdout.write(
            `replayed ${s.snapshots} snapshots (${s.firstAt ? new Date(s.firstAt).toISOString() : '-'} → ${s.lastAt ? new Date(s.lastAt).toISOString() : '-'}): ` +
              `${s.events} events, ${s.pricesSeen} prices seen, ${s.pricesChanged} price changes stored` +
              (s.skippedMarkets ? `, ${s.skippedMarkets} markets skipped (outcomes not matching the teams)` : '') +
              (s.skippedPrices ? `, ${s.skippedPrices} absurd prices dropped (≤ 1.0 or above the ceiling)` : '') +
              (s.staleEvents ? `, ${s.staleEvents} event sightings already stored (ignored)` : '') +
              ` in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
          );
        },
        { noSimulator: true },
      );
    });

  // --planned, --budget, --bets: the credit planner on a recording (replay-planned.ts)
  addPlannedReplayOptions(program.commands.find((c) => c.name() === 'replay')!);
}
