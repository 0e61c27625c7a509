import type { CollectionRun } from '../../../../shared/domain/collector';
import { useI18n } from '../../i18n/use-i18n';

const SHOWN = 60;
const LABELS = 5;

/**
 * The last runs on a time axis (start of the first run → now): one bar per run at its time,
 * colour = result, height = credits used; under it, time labels; beside it, the credit scale.
 */
export function RunsTimeline({ runs, now }: { runs: readonly CollectionRun[]; now: number }) {
  const { t, tp, fmt } = useI18n();
  const shown = runs.slice(0, SHOWN).reverse();
  if (shown.length === 0) return null;
  const maxCredits = Math.max(1, ...shown.map((r) => r.creditsUsed ?? 0));
  const to = Math.max(now, shown[shown.length - 1]!.startedAt + 1);
  // at least an hour wide, so the labels say something even after the first run
  const from = Math.min(shown[0]!.startedAt, to - 3_600_000);
  const span = Math.max(1, to - from);
  const x = (ms: number) => ((ms - from) / span) * 100;
  const sameDay = new Date(from).toDateString() === new Date(to).toDateString();
  const label = (ms: number) => (sameDay ? fmt.time(ms) : fmt.dateTime(ms));
  const ticks = Array.from({ length: LABELS }, (_, i) => from + (span * i) / (LABELS - 1));
  const failed = shown.filter((r) => r.status === 'failed').length;
  return (
    <figure
      className="timeline-fig"
      data-testid="runs-timeline"
      aria-label={`${tp('status.timelineRuns', shown.length)} · ${label(from)} → ${label(to)}${failed ? ` · ${tp('status.timelineFailed', failed)}` : ''}`}
      role="img"
    >
      <div className="timeline-y muted small" aria-hidden="true">
        <span>{tp('count.credits', maxCredits)}</span>
        <span>0</span>
      </div>
      <div className="timeline-plot">
        <div className="timeline">
          {shown.map((r) => (
            <span
              key={r.id}
              className={`tick run-${r.status}`}
              data-testid="timeline-tick"
              style={{ left: `${x(r.startedAt)}%`, height: `${Math.max(8, 100 * ((r.creditsUsed ?? 0) / maxCredits))}%` }}
              title={`${fmt.dateTime(r.startedAt)} · ${t(`run.${r.status}`)} · ${t('runs.credits')} ${r.creditsUsed ?? 0}`}
            />
          ))}
        </div>
        <div className="timeline-axis muted small" data-testid="timeline-axis">
          {ticks.map((ms, i) => (
            <span key={i} style={{ left: `${x(ms)}%` }} className={i === 0 ? 'first' : i === LABELS - 1 ? 'last' : undefined}>
              {i === LABELS - 1 ? t('status.timelineNow') : label(ms)}
            </span>
          ))}
        </div>
      </div>
      <figcaption className="timeline-legend muted small">
        <span>
          <i className="tick-key run-ok" /> {t('run.ok')}
        </span>
        <span>
          <i className="tick-key run-partial" /> {t('run.partial')} / {t('run.skipped')}
        </span>
        <span>
          <i className="tick-key run-failed" /> {t('run.failed')}
        </span>
        <span>{t('status.timelineHeight')}</span>
      </figcaption>
    </figure>
  );
}
