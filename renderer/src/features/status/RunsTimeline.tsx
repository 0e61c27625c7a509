import type { CollectionRun } from '../../../../shared/domain/collector';
import { useI18n } from '../../i18n/use-i18n';

const SHOWN = 60;

/** One bar per run, oldest on the left: colour is the result, height the credits it used. */
export function RunsTimeline({ runs }: { runs: readonly CollectionRun[] }) {
  const { t, fmt } = useI18n();
  const shown = runs.slice(0, SHOWN).reverse();
  const maxCredits = Math.max(1, ...shown.map((r) => r.creditsUsed ?? 0));
  return (
    <div className="timeline" data-testid="runs-timeline" aria-hidden="true">
      {shown.map((r) => (
        <span
          key={r.id}
          className={`tick run-${r.status}`}
          style={{ height: `${30 + 70 * ((r.creditsUsed ?? 0) / maxCredits)}%` }}
          title={`${fmt.dateTime(r.startedAt)} · ${t(`run.${r.status}`)} · ${t('runs.credits')} ${r.creditsUsed ?? 0}`}
        />
      ))}
    </div>
  );
}
