import { useState } from 'react';
import type { CollectionRun } from '../../../../shared/domain/collector';
import { errorMessage } from '../../api';
import { HealthDot, describeHealth } from '../../components/HealthDot';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

function describeRun(
  run: CollectionRun,
  { t, tp, errorText }: Pick<ReturnType<typeof useI18n>, 't' | 'tp' | 'errorText'>,
  n: (x: number) => string,
): Outcome {
  if (run.status === 'failed')
    return { kind: 'error', text: t('status.runFailed', { message: errorText(run.errorCode, run.errorMessage ?? run.errorCode ?? '?') }) };
  if (run.status === 'skipped')
    return { kind: 'error', text: t('status.runSkipped', { message: errorText(run.errorCode, run.errorMessage ?? '') }) };
  return {
    kind: 'ok',
    text: t('status.runOk', {
      events: tp('board.events', run.events),
      prices: tp('status.prices', run.pricesSeen, { changed: n(run.pricesChanged) }),
      credits: tp('count.credits', run.creditsUsed ?? 0),
    }),
  };
}

/** Health, schedule, and the two controls: collect now, pause / resume. */
export function CollectorPanel() {
  const { t, tp, fmt, errorText } = useI18n();
  const now = useNow();
  const status = useCollectorStore((s) => s.status);
  const runNow = useCollectorStore((s) => s.runNow);
  const setPaused = useCollectorStore((s) => s.setPaused);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (!status) return null;
  const health = describeHealth(status);
  const running = busy || status.running;

  const onRun = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(describeRun(await runNow(), { t, tp, errorText }, (x) => fmt.number(x)));
    } catch (e) {
      setOutcome({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  const onPause = async (): Promise<void> => {
    try {
      await setPaused(!status.paused);
    } catch (e) {
      setOutcome({ kind: 'error', text: errorMessage(e) });
    }
  };

  return (
    <section className="card">
      <h2>{t('status.title')}</h2>
      <dl className="kv">
        <dt>{t('status.state')}</dt>
        <dd data-testid="collector-state" data-health={status.health}>
          <HealthDot colour={health.colour} pulse={status.running} /> {t(health.label)}
        </dd>
        <dt>{t('status.mode')}</dt>
        <dd>{status.demo ? t('status.demo') : t('status.live')}</dd>
        <dt>{t('status.lastSuccess')}</dt>
        <dd>
          {status.lastSuccessAt ? `${fmt.dateTime(status.lastSuccessAt)} (${fmt.relative(status.lastSuccessAt, now)})` : t('status.never')}
        </dd>
        <dt>{t('status.nextRun')}</dt>
        <dd>
          {status.nextRunAt && !status.paused
            ? `${fmt.time(status.nextRunAt)} (${fmt.relative(Math.max(status.nextRunAt, now), now)})`
            : t('status.none')}
        </dd>
        <dt>{t('status.interval')}</dt>
        <dd data-testid="collector-interval">
          {status.planned
            ? t('eco.collectorFollowsPlan', { n: fmt.number(status.intervalMs / 3_600_000, 1) })
            : t('status.everyMinutes', { n: fmt.number(status.intervalMs / 60_000, 1) })}
        </dd>
      </dl>
      <div className="actions">
        <button type="button" className="btn primary" data-testid="run-now" disabled={running} onClick={() => void onRun()}>
          {running ? t('status.running') : t('status.runNow')}
        </button>
        <button type="button" className="btn" data-testid="pause-toggle" onClick={() => void onPause()}>
          {status.paused ? t('status.resume') : t('status.pause')}
        </button>
      </div>
      {outcome && (
        <p className={`note ${outcome.kind === 'ok' ? 'note-ok' : 'note-error'}`} data-testid="run-result" role="status">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
