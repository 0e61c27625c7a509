import type { CollectionRun } from '../../../../shared/domain/collector';
import { useI18n } from '../../i18n/use-i18n';

/** Every run: when, why, result, HTTP status, error in words, credits, events, prices. */
export function RunsTable({ runs }: { runs: readonly CollectionRun[] }) {
  const { t, fmt, errorText } = useI18n();
  const n = (x: number | null) => (x == null ? '—' : fmt.number(x));
  return (
    <div className="table-wrap">
      <table className="runs" data-testid="runs-table">
        <thead>
          <tr>
            <th>{t('runs.time')}</th>
            <th>{t('runs.trigger')}</th>
            <th>{t('runs.status')}</th>
            <th className="num hide-narrow">{t('runs.duration')}</th>
            <th className="num">{t('runs.http')}</th>
            <th>{t('runs.error')}</th>
            <th className="num">{t('runs.credits')}</th>
            <th className="num hide-narrow">{t('runs.remaining')}</th>
            <th className="num">{t('runs.events')}</th>
            <th className="num">{t('runs.prices')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} data-testid="run-row" data-status={r.status} data-run-id={r.id}>
              <td className="nowrap">{fmt.dateTime(r.startedAt)}</td>
              <td>{t(`trigger.${r.trigger}`)}</td>
              <td>
                <span className={`pill run-${r.status}`}>{t(`run.${r.status}`)}</span>
              </td>
              <td className="num hide-narrow">{r.endedAt ? fmt.duration(r.endedAt - r.startedAt) : '—'}</td>
              <td className="num">{r.httpStatus ?? '—'}</td>
              <td className="error-cell" title={[r.errorCode, r.errorMessage].filter(Boolean).join(' · ') || undefined}>
                {r.errorCode ? errorText(r.errorCode, r.errorMessage ?? r.errorCode) : (r.errorMessage ?? '')}
              </td>
              <td className="num">{n(r.creditsUsed)}</td>
              <td className="num hide-narrow">{n(r.creditsRemaining)}</td>
              <td className="num">{n(r.events)}</td>
              <td className="num nowrap">
                {n(r.pricesSeen)} / {n(r.pricesChanged)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
