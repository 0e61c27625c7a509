/**
 * Optional Prometheus `/metrics` of the headless host (off by default: `MONPS_METRICS=1` or
 * `metrics: true`), for users who keep Grafana. The same access rules as every other path
 * apply (loopback, or the token — also accepted as `Authorization: Bearer <token>`).
 * Figures are read from the core at each scrape; nothing here holds secrets (no key, no URL).
 */
import { Gauge, Registry } from 'prom-client';
import type { Core } from '../core/create-core';

const HEALTH = { ok: 0, idle: 0, warning: 1, error: 2 } as const;

export function createMetrics(core: Core) {
  const registry = new Registry();
  const gauge = (name: string, help: string, read: () => number | null) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const v = read();
        if (v === null || !Number.isFinite(v)) this.reset();
        else this.set(v);
      },
    });
  const status = () => core.collector().status();
  const health = () => core.collector().health();
  const plan = () => core.collector().plan();
  const sec = (ms: number | null) => (ms === null ? null : ms / 1000);

  gauge('monps_collector_health', 'Collector health: 0 ok/idle, 1 warning, 2 error', () => HEALTH[status().health]);
  gauge('monps_collector_running', '1 while a collection run is in progress', () => (status().running ? 1 : 0));
  gauge('monps_collector_paused', '1 while collection is paused', () => (status().paused ? 1 : 0));
  gauge('monps_demo_mode', '1 in demo mode (simulated data and credits)', () => (status().demo ? 1 : 0));
  gauge('monps_collector_last_success_timestamp_seconds', 'End of the last successful run (unix seconds)', () =>
    sec(status().lastSuccessAt),
  );
  gauge('monps_collector_next_run_timestamp_seconds', 'When the next run is planned (unix seconds)', () => sec(status().nextRunAt));
  gauge('monps_collector_runs_24h', 'Collector runs in the last 24 h', () => health().runs24h);
  gauge('monps_collector_errors_24h', 'Failed or partial runs in the last 24 h', () => health().errors24h);
  gauge('monps_data_age_seconds', 'Age of the newest stored price', () => sec(health().dataAgeMs));
  gauge('monps_open_opportunities', 'Open opportunities (surebets, value bets, drops, gaps)', () => health().openOpportunities);
  gauge(
    'monps_closing_lines_pending',
    'Events with an open bet or opportunity whose closing line is still to capture',
    () => health().closingLinesPending,
  );
  gauge('monps_credits_remaining', 'Credits remaining per the last response headers', () => status().quota.remaining);
  gauge('monps_credits_used_24h', 'Credits billed in the last 24 h (ledger)', () => health().credits24h);
  gauge('monps_credits_used_period', 'Credits billed since the last reset (ledger)', () => health().creditsPeriod);
  gauge('monps_credits_planned_24h', 'Credits the plan will spend in the next 24 h', () => plan()?.next24hCredits ?? null);
  gauge('monps_credits_spendable', 'Credits the plan may still spend this period (after the reserve)', () => plan()?.spendable ?? null);
  gauge(
    'monps_credits_projected_period',
    "Credits the period will have used at the plan's pace",
    () => plan()?.projectedPeriodCredits ?? null,
  );

  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
}
