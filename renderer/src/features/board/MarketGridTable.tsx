import type { MarketGrid, Quote } from '../../../../shared/domain/odds';
import { useI18n } from '../../i18n/use-i18n';
import { ageClass, outcomeLabel } from './board-utils';

function QuoteCell({
  quote,
  isBest,
  now,
  commission,
  closes,
}: {
  quote: Quote | undefined;
  isBest: boolean;
  now: number;
  commission: number;
  closes: boolean;
}) {
  const { t, fmt } = useI18n();
  if (!quote) return <td className="num muted">—</td>;
  // a close has no age that matters now: no freshness dot
  const age = closes ? 'close' : ageClass(quote.seenAt, now);
  const ages = t('detail.quoteAge', { seen: fmt.relative(quote.seenAt, now), changed: fmt.relative(quote.changedAt, now) });
  const net = commission
    ? t('detail.netTitle', { gross: fmt.odds(quote.price), net: fmt.odds(quote.net), rate: fmt.percent(commission) })
    : null;
  const title = [quote.current ? ages : t('detail.absent', { seen: fmt.relative(quote.seenAt, now) }), net].filter(Boolean).join(' · ');
  return (
    <td
      className={`num quote age-${age}${isBest ? ' best' : ''}${quote.current ? '' : ' absent'}`}
      data-testid={isBest ? 'best-price' : quote.current ? undefined : 'absent-quote'}
      data-age={age}
      title={title}
    >
      {!closes && <span className="age-dot" aria-hidden="true" />}
      {fmt.odds(quote.price)}
      {commission > 0 && <span className="net">{t('detail.net', { net: fmt.odds(quote.net) })}</span>}
      {!quote.current && <span className="quote-age">{fmt.relative(quote.seenAt, now)}</span>}
    </td>
  );
}

/** Books × outcomes for one market and line; best price per outcome highlighted. */
export function MarketGridTable({ grid, now, closes = false }: { grid: MarketGrid; now: number; closes?: boolean }) {
  // best prices are net of commission, from quotes of their book's latest poll only (the core's rule)
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
            <tr
              key={b.bookmaker}
              data-book={b.bookmaker}
              className={Object.values(b.quotes).every((q) => q.current) ? undefined : 'absent-row'}
            >
              <th scope="row" className="book-name">
                {b.title}
                {b.isExchange && <span className="tag">{t('detail.exchange')}</span>}
              </th>
              {grid.outcomes.map((o) => {
                const q = b.quotes[o];
                const isBest = !!q && !!grid.best[o] && grid.best[o].bookmakers.includes(b.bookmaker);
                return <QuoteCell key={o} quote={q} isBest={isBest} now={now} commission={b.commission} closes={closes} />;
              })}
              <td className="num muted">{b.margin === null ? '—' : fmt.percent(b.margin)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('detail.best')}</th>
            {grid.outcomes.map((o) => (
              <td key={o} className="num best-foot" data-testid="best-foot">
                {grid.best[o] ? fmt.odds(grid.best[o].price) : '—'}
                {grid.best[o] && <span className="book">{t('detail.bestBy', { books: grid.best[o].titles.join(', ') })}</span>}
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
