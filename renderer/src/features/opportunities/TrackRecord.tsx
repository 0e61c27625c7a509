import { useState } from 'react';
import type { TrackRecordLine, TrackRecordView } from '../../../../shared/domain/opportunities';
import { api, errorMessage } from '../../api';
import type { DictKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/use-i18n';

type Dim = 'byKind' | 'byEdge' | 'byBook' | 'bySport';
const DIMS: Dim[] = ['byKind', 'byEdge', 'byBook', 'bySport'];

/**
 * "Did the signals beat the close?": every opportunity of a started event scored at its close
 * (mean CLV against its book's close and against the no-vig reference close, share that beat
 * the close), by kind, edge band, book or sport. Loaded when opened.
 */
export function TrackRecord() {
  const { t, fmt } = useI18n();
  const [view, setView] = useState<TrackRecordView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dim, setDim] = useState<Dim>('byKind');
  const load = () => api.call('opportunities:track-record', {}).then(setView, (e: unknown) => setError(errorMessage(e)));
  const pct = (x: number | null) => (x === null ? '—' : fmt.percent(x, 1));
  const label = (k: string): string => {
    if (dim === 'byKind') return t(`opp.kind.${k}` as DictKey);
    if (dim === 'byEdge') {
      const [kind, band] = k.split('|');
      const [lo, hi] = (band ?? '').replace('>=', '').split('-').map(Number);
      const range = band?.startsWith('>=') ? `≥ ${fmt.percent(lo ?? 0, 0)}` : `${fmt.percent(lo ?? 0, 0)} – ${fmt.percent(hi ?? 0, 0)}`;
      return `${t(`opp.kind.${kind}` as DictKey)} · ${range}`;
    }
    return k;
  };
  const rows = view
    ? (Object.entries(view[dim]) as [string, TrackRecordLine][]).sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    : [];
  return (
    <details className="opp-track" data-testid="opp-track" onToggle={(e) => (e.currentTarget.open && !view ? void load() : undefined)}>
      <summary>{t('opp.track.title')}</summary>
      <p className="muted">{t('opp.track.hint')}</p>
      <div className="chips" role="tablist">
        {DIMS.map((d) => (
          <button
            key={d}
            type="button"
            role="tab"
            aria-selected={d === dim}
            className={`chip small${d === dim ? ' active' : ''}`}
            onClick={() => setDim(d)}
          >
            {t(`opp.track.${d}` as DictKey)}
          </button>
        ))}
      </div>
      {error && <p className="error-text">{error}</p>}
      {view && rows.length === 0 && <p className="muted">{t('opp.track.empty')}</p>}
      {rows.length > 0 && (
        <table className="grid opp-track-table" data-testid="opp-track-table">
          <thead>
            <tr>
              <th>{t(`opp.track.${dim}` as DictKey)}</th>
              <th className="num">{t('opp.track.n')}</th>
              <th className="num">{t('opp.track.withClose')}</th>
              <th className="num">{t('opp.track.clv')}</th>
              <th className="num">{t('opp.track.clvNovig')}</th>
              <th className="num">{t('opp.track.beat')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([k, r]) => (
              <tr key={k}>
                <th>{label(k)}</th>
                <td className="num">{r.n}</td>
                <td className="num">{r.with_close}</td>
                <td className={`num${(r.mean_clv ?? 0) > 0 ? ' surebet' : ''}`}>{pct(r.mean_clv)}</td>
                <td className={`num${(r.mean_clv_novig ?? 0) > 0 ? ' surebet' : ''}`}>{pct(r.mean_clv_novig)}</td>
                <td className="num">{pct(r.beat_close_rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
