/** `monps replay FILE --planned --budget N [--bets FILE.csv] [--json]`: the credit planner on a real recording. */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { plannedReplay, type PlannedReplayBet } from '../../core/replay/planned-replay';
import { CliError, withCore } from '../cli-context';

export interface PlannedReplayOptions {
  planned?: boolean;
  budget?: string;
  bets?: string;
  json?: boolean;
}

/** The planner's options of `monps replay` (its --json is the command's own, shared with the plain replay). */
export function addPlannedReplayOptions(cmd: Command): void {
  cmd
    .option(
      '--planned',
      'let the credit planner choose which snapshots it would have bought; print the economy figures (with --json: as JSON)',
    )
    .option('--budget <credits>', "with --planned: the credits for the recording's span")
    .option('--bets <file.csv>', 'with --planned: the bets for the closing-line figure (default: one on the favourite of every event)');
}

export function isPlannedReplay(opts: object): boolean {
  const o = opts as PlannedReplayOptions;
  return Boolean(o.planned) || o.budget !== undefined || o.bets !== undefined;
}

/** A CSV with a header naming `event_id`, or `home_team` and `away_team` (`,` or `;`). */
export function readBetsCsv(file: string): PlannedReplayBet[] {
  if (!existsSync(file)) throw new CliError(`--bets ${file}: no such file`, 2);
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const sep = (lines[0] ?? '').includes(';') ? ';' : ',';
  const head = (lines[0] ?? '').split(sep).map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  const id = head.indexOf('event_id');
  const home = head.indexOf('home_team');
  const away = head.indexOf('away_team');
  if (id < 0 && (home < 0 || away < 0)) {
    throw new CliError(
      `--bets ${file}: the header must name event_id, or home_team and away_team (found: ${head.join(', ') || 'nothing'})`,
      2,
    );
  }
  return lines.slice(1).map((l) => {
    const c = l.split(sep).map((x) => x.trim().replace(/^"|"$/g, ''));
    return id >= 0 && c[id] ? { eventId: c[id] } : { homeTeam: c[home], awayTeam: c[away] };
  });
}

export async function runPlannedReplay(file: string, opts: PlannedReplayOptions, cmd: Command): Promise<void> {
  if (!opts.planned) throw new CliError('--budget and --bets go with --planned', 2);
  const budget = Number(opts.budget);
  if (opts.budget === undefined || !Number.isInteger(budget) || budget <= 0) {
    throw new CliError(`--budget: ${opts.budget ?? '(missing)'} is not a number of credits (a whole number above 0, e.g. --budget 500)`, 2);
  }
  const bets = opts.bets ? readBetsCsv(opts.bets) : undefined;
  await withCore(
    cmd,
    async (core) => {
      if (core.settings.get().demoMode)
        process.stderr.write('monps: note: demo mode is on (no API key), so the replay goes into the demo database\n');
      const r = await plannedReplay(core.workspace(), file, { budget, bets }).catch((e: unknown) => {
        throw new CliError(`${file}: ${e instanceof Error ? e.message : String(e)}; nothing was stored`);
      });
      if (opts.json) {
        process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        return;
      }
      const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
      const span =
        r.from && r.to ? `${new Date(r.from).toISOString().slice(0, 16)} → ${new Date(r.to).toISOString().slice(0, 16)} UTC` : '-';
      process.stdout.write(
        `planned replay of ${r.snapshots} snapshots (${span}); bought ${r.snapshots_bought}, ingested only those\n` +
          `economy_credits_used            ${r.economy_credits_used} of ${r.economy_budget} (the full recording would cost ${r.full_credits})\n` +
          `economy_recall_planner          ${pct(r.economy_recall_planner)} of the ${r.opportunities_full} surebets and value prices of the full recording\n` +
          `economy_recall_uniform          ${pct(r.economy_recall_uniform)} (a fixed interval, same credits)\n` +
          `economy_closing_lines_captured  ${pct(r.economy_closing_lines_captured)} of ${r.bet_events} events with a bet (full recording: ${pct(r.full_closing_lines_captured)})\n`,
      );
    },
    { noSimulator: true },
  );
}
