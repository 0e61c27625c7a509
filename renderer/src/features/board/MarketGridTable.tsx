import type { MarketGrid, Quote } from '../../../../shared/domain/odds';
import { useI18n } from '../../i18n/use-i18n';
import { ageClass, outcomeLabel } from './board-utils';

function QuoteCell({ quote, isBest, now }: { quote: Quote | undefined; isBest: boolean; now: number }) {
  const { t, fmt } = useI18n();
  if (!quote) return <td className="num muted">—</td>;
  const age = ageClass(quote.seenAt, now);
  return (
    <td
      className={`num quote age-${age}${isBest ? ' best' : ''}`}
      data-testid={isBest ? 'best-price' : undefined}
      data-age={age}
      title={t('detail.quoteAge', { seen: fmt.relative(quote.seenAt, now), changed: fmt.relative(quote.changedAt, now) })}
    >
      <span className="age-dot" aria-hidden="true" />
      {fmt.odds(quote.price)}
    </td>
  );
}

/** Books × outcomes for one market and line; best price per outcome highlighted. */
export function MarketGridTable({ grid, now }: { grid: MarketGrid; now: number }) {
  const { t, fmt } = useI18n();
  const bestMargin = grid.outcomes.every((o) => grid.best[o])
    ? grid.outcomes.reduce((s, o) => s + 1 / (grid.best[o]?.price ?? 1), 0) - 1
    : null;

  return (
    <div className="grid-wrap">
      <table className="grid">
        <thead>
          <tr>
            <th>{t('detail.book')}</th>
            {grid.outcomes.map((o) => (
              <th key={o} className="num">
                {outcomeLabel(o, t)}
              </th>
            ))}
            <th className="num">{t('detail.margin')}</th>
          </tr>
        </thead>
        <tbody>
          {grid.books.map((b) => (
            <tr key={b.bookmaker} data-book={b.bookmaker}>
              <th scope="row" className="book-name">
                {b.title}
                {b.isExchange && <span className="tag">{t('detail.exchange')}</span>}
              </th>
              {grid.outcomes.map((o) => {
                const q = b.quotes[o];
                const isBest = !!q && !!grid.best[o] && grid.best[o].bookmakers.includes(b.bookmaker);
                return <QuoteCell key={o} quote={q} isBest={isBest} now={now} />;
              })}
              <td className="num muted">{b.margin === null ? '—' : fmt.percent(b.margin)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('detail.best')}</th>
            {grid.outcomes.map((o) => (
              <td key={o} className="num best-foot">
                {grid.best[o] ? fmt.odds(grid.best[o].price) : '—'}
              </td>
            ))}
            <td className={`num${bestMargin !== null && bestMargin < 0 ? ' surebet' : ''}`}>
              {bestMargin === null ? '—' : fmt.percent(bestMargin)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
