import { useState } from 'react';
import type { BankrollAnalytics } from '../../../../shared/domain/bankroll';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/use-i18n';
import { useNames } from '../../i18n/names';

type Dim = keyof BankrollAnalytics['breakdowns'];
const DIMS: Dim[] = ['oddsBand', 'month', 'bookmaker', 'sport', 'market', 'tag'];

/** Profit, yield, win rate and CLV by sport, bookmaker, market, odds band or tag. */
export function Breakdowns({ a }: { a: BankrollAnalytics }) {
  const { t, fmt } = useI18n();
  const names = useNames();
  const [dim, setDim] = useState<Dim>('oddsBand');
  const label = (k: string) =>
    dim === 'sport' ? names.sport(k) : dim === 'bookmaker' ? names.book(k) : dim === 'market' ? names.market(k) : k;
  const rows = a.breakdowns[dim];
  const pct = (r: number | null) => (r === null ? '–' : fmt.percent(r, 1));
  return (
    <section className="card" data-testid="breakdowns">
      <h2>{t('an.breakdowns')}</h2>
      <div className="chips">
        {DIMS.map((d) => (
          <button
            key={d}
            type="button"
            className={`chip small ${d === dim ? 'active' : ''}`}
            data-testid={`breakdown-${d}`}
            onClick={() => setDim(d)}
          >
            {t(`an.by.${d}`)}
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t('an.noData')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="breakdown">
            <thead>
              <tr>
                <th>{t(`an.by.${dim}`)}</th>
                <th className="num">{t('an.col.n')}</th>
                <th className="num">{t('an.col.staked')}</th>
                <th className="num" title={t('an.profitTip')}>
                  {t('an.col.profit')}
                </th>
                <th className="num" title={t('an.roiRowTip')}>
                  {t('an.col.roi')}
                </th>
                <th className="num" title={t('an.yieldTip')}>
                  {t('an.col.yield')}
                </th>
                <th className="num" title={t('an.winRateTip')}>
                  {t('an.col.winRate')}
                </th>
                <th className="num" title={t('an.clvTip', { w: '', nv: '' })}>
                  {t('an.col.clv')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-testid="breakdown-row">
                  <td>{label(r.key)}</td>
                  <td className="num">{r.n}</td>
                  <td className="num">{fmt.money(r.stakedCents / 100)}</td>
                  <td className={`num ${r.profitCents > 0 ? 'pos' : r.profitCents < 0 ? 'neg' : ''}`}>{fmt.money(r.profitCents / 100)}</td>
                  <td className="num">{pct(r.roi)}</td>
                  <td className="num">{pct(r.yield)}</td>
                  <td className="num">{pct(r.winRate)}</td>
                  <td className="num">{pct(r.meanClv)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
