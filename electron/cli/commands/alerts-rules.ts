/**
 * `monps alerts rules [--json]`: every alert rule — id (what `monps silence` takes), name as the
 * UI shows it in the chosen language (Settings → Language; French by default), condition with its threshold, `for` duration, repeat
 * interval, severity, on/off. Also the check `monps silence` makes before snoozing.
 */
import type { Command } from 'commander';
import type { AlertRule, AlertRuleKind, AlertSettingsView } from '../../../shared/domain/alerts';
import { ruleDisplayName } from '../../core/alerts/texts';
import { dispatch } from '../../core/handlers/dispatch';
import type { createHeadlessCore } from '../../headless/create-headless-core';
import { CliError, withCore } from '../cli-context';

type Core = Awaited<ReturnType<typeof createHeadlessCore>>;

/** The UI's words for each condition, per language (renderer/src/features/alerts/i18n.ts: alerts.kind.*, alerts.unit.*). */
const CONDITION_FR: Record<AlertRuleKind, [string, string]> = {
  bankroll: ['Bankroll sous', '€'],
  roi: ['ROI sous', '%'],
  winRate: ['Taux de réussite sous', '%'],
  collectorDown: ['Collecteur en panne', '× intervalle'],
  noData: ['Aucune donnée depuis', 'h'],
  opportunity: ['Opportunité au-dessus de', '% d’edge'],
  quota: ['Crédits sous', '% du plan'],
  emailFailing: ['E-mails en échec après', 'échecs'],
};
const CONDITION_EN: Record<AlertRuleKind, [string, string]> = {
  bankroll: ['Bankroll below', '€'],
  roi: ['ROI below', '%'],
  winRate: ['Win rate below', '%'],
  collectorDown: ['Collector down', '× interval'],
  noData: ['No data for', 'h'],
  opportunity: ['Opportunity above', '% edge'],
  quota: ['Credits below', '% of plan'],
  emailFailing: ['E-mails failing after', 'failures'],
};

const dur = (ms: number | null) =>
  ms === null ? 'once' : ms === 0 ? '0' : ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`;

export async function listRules(core: Core): Promise<AlertRule[]> {
  const res = await dispatch(core.handlers, 'alerts:get-settings', {});
  if (!res.ok) throw new CliError(res.error.message);
  return (res.value as AlertSettingsView).rules;
}

/** A CliError (exit 2) naming the valid ids when `id` is not a rule (nor "all"). */
export function checkRuleId(id: string, rules: readonly AlertRule[]): void {
  if (id === 'all' || rules.some((r) => r.id === id)) return;
  throw new CliError(
    `no alert rule "${id}"; the rules are: ${rules.map((r) => r.id).join(', ')} (or "all"); \`monps alerts rules\` describes them`,
    2,
  );
}

export function registerAlertsRules(alerts: Command): void {
  alerts
    .command('rules')
    .description('every alert rule: id, name, threshold, for, repeat, severity (edit them in the Alerts page — Alertes)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCore(
        cmd,
        async (core) => {
          const rules = await listRules(core);
          const lang = core.settings.get().language;
          // `alerts` has a --json of its own, which commander gives to the parent
          if (opts.json || (cmd.parent?.opts() as { json?: boolean } | undefined)?.json) {
            process.stdout.write(
              JSON.stringify(
                rules.map((r) => ({ ...r, displayName: ruleDisplayName(r, lang) })),
                null,
                2,
              ) + '\n',
            );
            return;
          }
          const rows = rules.map((r) => {
            const [words, unit] = (lang === 'fr' ? CONDITION_FR : CONDITION_EN)[r.kind] ?? [r.kind, ''];
            return [
              r.id,
              ruleDisplayName(r, lang),
              `${words} ${r.threshold} ${unit}`.trim(),
              dur(r.forMs),
              dur(r.repeatMs),
              r.severity,
              r.enabled ? 'on' : 'off',
            ];
          });
          const head = ['id', 'name', 'condition', 'for', 'repeat', 'severity', 'enabled'];
          const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
          const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] as number))).join('  ');
          process.stdout.write([fmt(head), ...rows.map(fmt)].join('\n') + '\n');
        },
        { noSimulator: true },
      );
    });
}
