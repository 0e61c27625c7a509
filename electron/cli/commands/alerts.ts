/**
 * `monps alerts [--json]`: the current alert states, read from the data folder.
 * `monps silence RULE --for DURATION`: snooze a rule (1h, 30m, 24h, 2d; RULE "all" = every rule).
 */
import type { Command } from 'commander';
import type { AlertInstance } from '../../../shared/domain/alerts';
import { findAlertsModule } from '../../core/alerts/alerts-module';
import { ALL_RULES } from '../../core/alerts/mute';
import { dispatch } from '../../core/handlers/dispatch';
import { CliError, withCore } from '../cli-context';
import { checkRuleId, listRules, registerAlertsRules } from './alerts-rules';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "90m", "1h", "24h", "2d" → ms; null when not a duration. */
export function parseDuration(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([mhd])$/i.exec(s.trim());
  if (!m) return null;
  const ms = Math.round(Number(m[1]) * (UNITS[(m[2] as string).toLowerCase()] as number));
  return ms >= 60_000 ? ms : null;
}

const line = (a: AlertInstance) =>
  `${a.state.padEnd(8)} ${a.severity.padEnd(8)} ${a.ruleId.padEnd(20)} ${a.summary}${a.muted ? ` [${a.muted}]` : ''}`;

export function registerAlerts(program: Command): void {
  const alerts = program.command('alerts');
  registerAlertsRules(alerts);
  alerts
    .description('current alert states (firing, pending, recently resolved) and active silences')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCore(
        cmd,
        async (core) => {
          const mod = findAlertsModule(core.modules());
          if (!mod) throw new CliError('the alerts module is not available');
          mod.engine.restore();
          const res = await dispatch(core.handlers, 'alerts:get-overview', { historyLimit: 20 });
          if (!res.ok) throw new CliError(res.error.message);
          const ov = res.value as import('../../../shared/domain/alerts').AlertsOverview;
          if (opts.json) {
            process.stdout.write(
              JSON.stringify(
                {
                  health: ov.health,
                  firing: ov.firing,
                  pending: ov.pending,
                  resolved: ov.resolved,
                  silences: ov.silences.filter((s) => s.active),
                  email: ov.email,
                },
                null,
                2,
              ) + '\n',
            );
            return;
          }
          const all = [...ov.firing, ...ov.pending, ...ov.resolved];
          process.stdout.write(`health: ${ov.health}\n`);
          process.stdout.write(all.length ? all.map(line).join('\n') + '\n' : 'no alert firing, pending or recently resolved\n');
          for (const s of ov.silences.filter((x) => x.active)) {
            process.stdout.write(
              `silence #${s.id}: ${s.ruleId ?? ''}${s.eventId ? ` event ${s.eventId}` : ''}${s.bookmaker ? ` book ${s.bookmaker}` : ''} until ${new Date(s.endsAt).toISOString()}\n`,
            );
          }
        },
        { noSimulator: true },
      );
    });

  program
    .command('silence')
    .description('snooze a rule for a while (RULE "all" snoozes every rule)')
    .argument('<rule>', 'rule id, e.g. bankroll-critical, or "all" (`monps alerts rules` lists them)')
    .requiredOption('--for <duration>', 'how long: 30m, 1h, 24h, 2d')
    .option('--comment <text>', 'why', '')
    .action(async (rule: string, opts: { for: string; comment: string }, cmd: Command) => {
      const ms = parseDuration(opts.for);
      if (ms === null) throw new CliError(`--for ${opts.for}: expected a duration like 30m, 1h, 24h or 2d (at least 1 minute)`, 2);
      await withCore(
        cmd,
        async (core) => {
          checkRuleId(rule, await listRules(core));
          const res = await dispatch(core.handlers, 'alerts:create-silence', {
            ruleId: rule === 'all' ? ALL_RULES : rule,
            durationMs: ms,
            comment: opts.comment,
          });
          if (!res.ok)
            throw new CliError(res.error.message, res.error.code === 'INVALID_REQUEST' || res.error.code === 'NOT_FOUND' ? 2 : 1);
          const s = res.value as { id: number; endsAt: number };
          process.stdout.write(`silence #${s.id}: ${rule} snoozed until ${new Date(s.endsAt).toISOString()}\n`);
        },
        { noSimulator: true },
      );
    });
}
