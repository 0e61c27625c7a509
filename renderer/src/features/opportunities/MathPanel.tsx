import type { Opportunity } from '../../../../shared/domain/opportunities';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import { useBetDraftStore } from '../../stores/bet-draft';
import { draftsFor, finite, oldestSeen, stakePlan, type StakePlan } from './opportunity-view';
import { useOpportunitiesStore } from './store';
import { isHalfPlaced, missingLegs } from './log-legs';
import { LogLegsForm } from './LogLegsForm';
import { useNames } from '../../i18n/names';

/** "Show the math": every price with its book and age, the fair probabilities and method, the stakes and the profit after rounding. */
export function MathPanel({ o, now }: { o: Opportunity; now: number }) {
  const i18n = useI18n();
  const names = useNames();
  const { t, fmt } = i18n;
  const settings = useOpportunitiesStore((s) => s.settings);
  const total = useOpportunitiesStore((s) => s.total) ?? settings?.defaultTotal ?? 100;
  const unit = settings?.stakeUnit ?? 1;
  const plan = stakePlan(o, total, unit);
  const fair = o.math.fair;
  // the opportunity is marked as bet when the bet is saved (the bankroll tells the scanner)
  const logBets = () => useBetDraftStore.getState().logBets(draftsFor(o, plan));
  const halfPlaced = isHalfPlaced(o);
  return (
    <div className="opp-math" data-testid="opp-math">
      <table className="grid opp-legs-table">
        <thead>
          <tr>
            <th>{t('opp.math.outcome')}</th>
            <th>{t('opp.math.book')}</th>
            <th>{t('opp.math.price')}</th>
            <th>{t('opp.math.net')}</th>
            <th>{t('opp.math.seen')}</th>
            {fair && <th>{t('opp.math.fair')}</th>}
            {plan.kind === 'split' && (
              <>
                <th>{t('opp.math.stake')}</th>
                <th>{t('opp.math.payout')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {o.legs.map((l, i) => (
            <tr key={`${l.outcome}${l.point ?? ''}@${l.bookmaker}`}>
              <th>{i18n.outcome(l.outcome, l.point)}</th>
              <td>
                {l.bookmakerTitle}
                {l.commission > 0 && <span className="muted"> · {t('opp.math.commission', { rate: fmt.percent(l.commission) })}</span>}
              </td>
              <td className="num">{fmt.odds(l.price)}</td>
              <td className="num">{fmt.odds(l.effectivePrice)}</td>
              <td className="num muted" title={fmt.dateTime(l.seenAt)}>
                {fmt.relative(l.seenAt, now)}
              </td>
              {fair && <td className="num">{fair[l.outcome] !== undefined ? fmt.percent(fair[l.outcome], 2) : '—'}</td>}
              {plan.kind === 'split' && (
                <>
                  <td className="num" data-testid="opp-stake">
                    {fmt.money(plan.stakes[i])}
                  </td>
                  <td className="num">{fmt.money(plan.payouts[i])}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="opp-explain">
        {explain(o, plan, total, unit, i18n, names.book).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        <p className="muted">{t('opp.math.seenRange', { age: fmt.relative(oldestSeen(o), now) })}</p>
        <p className="muted">
          {t('opp.math.firstSeen', {
            first: fmt.relative(o.firstSeenAt, now),
            last: fmt.relative(o.lastSeenAt, now),
            peak: pct(o.peakEdge, i18n),
          })}
        </p>
        {halfPlaced && (
          <div className="note warn" data-testid="opp-half-placed">
            {t('opp.half', { placed: o.placed.length, legs: o.legs.length })}
            {missingLegs(o).map((m) => (
              <div key={m.outcome}>
                {t('opp.hedge', {
                  outcome: m.outcome,
                  price: fmt.odds(m.price),
                  book: m.bookmakerTitle,
                  stake: m.hedgeStake === null ? '—' : fmt.money(m.hedgeStake),
                })}
              </div>
            ))}
          </div>
        )}
        {o.legs.length > 1 ? (
          <LogLegsForm key={`${o.id}|${o.placed.length}|${total}`} o={o} plan={plan} />
        ) : (
          <button type="button" className="btn primary" data-testid="opp-log-bet" onClick={logBets}>
            {t('opp.logBet')}
          </button>
        )}
      </div>
    </div>
  );
}

const pct = (x: number | undefined, { fmt }: I18n, digits = 2) => {
  const v = finite(x);
  return v === null ? '—' : fmt.percent(v, digits);
};

/** The sentences of the explanation, per kind (numbers through Intl; a missing one shows as —). */
/** `book` names a bookmaker key by its title (pinnacle → Pinnacle, betfair_ex_eu → Betfair (EU)). */
function explain(o: Opportunity, plan: StakePlan, total: number, unit: number, i18n: I18n, book: (key: string) => string): string[] {
  const { t, fmt } = i18n;
  const m = o.math;
  const out: string[] = [];
  if (plan.kind === 'error') out.push(t('opp.math.error', { message: plan.message }));
  if (o.kind === 'surebet') {
    out.push(
      t('opp.math.booksum', {
        booksum: fmt.number(m.booksum ?? NaN, 4),
        margin: pct(m.arbMargin, i18n),
        ret: pct(m.guaranteedReturn, i18n),
      }),
    );
    if (plan.kind === 'split') {
      out.push(
        plan.profit > 0
          ? t('opp.math.rounded', {
              unit: fmt.money(unit),
              total: fmt.money(total),
              payout: fmt.money(plan.minPayout),
              profit: fmt.money(plan.profit),
              pct: pct(plan.profitPct, i18n),
            })
          : t('opp.math.roundedLoss', { unit: fmt.money(unit), profit: fmt.money(plan.profit) }),
      );
    }
  }
  if (o.kind === 'middle' && m.middle) {
    const w = m.middle;
    out.push(
      t(o.market === 'totals' ? 'opp.math.middle.totals' : 'opp.math.middle.spreads', {
        from: fmt.number(w.from, 2),
        to: fmt.number(w.to, 2),
        width: fmt.number(w.width, 2),
        home: o.homeTeam,
      }),
    );
    out.push(
      t('opp.math.middle.outcomes', {
        booksum: fmt.number(m.booksum ?? NaN, 4),
        worst: pct(w.worstCase, i18n),
        hit: pct(w.hitReturn, i18n),
      }),
    );
  }
  if (o.kind === 'value' && m.reference) {
    const ref = m.reference;
    out.push(
      ref.kind === 'sharp'
        ? t('opp.math.reference.sharp', { books: ref.books.map(book).join(', '), method: ref.method })
        : t('opp.math.reference.consensus', { n: ref.books.length, books: ref.books.map(book).join(', '), method: ref.method }),
    );
    out.push(t('opp.math.ev', { p: fmt.number(m.probability ?? NaN, 4), price: fmt.odds(o.legs[0].effectivePrice), ev: pct(m.ev, i18n) }));
    const fraction = fmt.number(m.kellyFraction ?? 0, 2);
    const bankroll = fmt.money(m.bankroll ?? 0);
    out.push(
      m.kellyStake
        ? t('opp.math.kelly', { fraction, bankroll, stake: fmt.money(m.kellyStake) })
        : t('opp.math.kellyNone', { fraction, bankroll, unit: fmt.money(unit) }),
    );
  }
  if (o.kind === 'drop' && m.sharpMove) {
    out.push(
      t('opp.math.sharpDrop', {
        book: m.sharpMove.book,
        from: fmt.odds(m.sharpMove.from),
        to: fmt.odds(m.sharpMove.to),
        drop: pct(o.edge, i18n, 1),
        books: o.legs.map((l) => `${l.bookmakerTitle} ${fmt.odds(l.price)}`).join(', '),
      }),
    );
  } else if (o.kind === 'drop' && m.previousPrice !== undefined) {
    out.push(
      t('opp.math.drop', {
        book: o.legs[0].bookmakerTitle,
        from: fmt.odds(m.previousPrice),
        when: fmt.dateTime(m.previousAt ?? 0),
        to: fmt.odds(o.legs[0].price),
        window: m.windowMinutes ?? 0,
        drop: pct(o.edge, i18n, 1),
      }),
    );
  }
  if (o.kind === 'gap' && m.worstPrice !== undefined) {
    out.push(
      t('opp.math.gap', {
        best: fmt.odds(o.legs[0].price),
        book: o.legs[0].bookmakerTitle,
        worst: fmt.odds(m.worstPrice),
        worstBook: m.worstBookmaker ?? '',
        n: m.booksQuoting ?? 0,
        gap: pct(o.edge, i18n, 1),
      }),
    );
  }
  if (m.outlier) {
    const leg = o.legs.find((l) => l.bookmaker === m.outlier!.bookmaker);
    out.push(
      t('opp.math.outlier', {
        book: leg?.bookmakerTitle ?? m.outlier.bookmaker,
        outcome: m.outlier.outcome,
        price: fmt.odds(m.outlier.price),
        median: fmt.odds(m.outlier.othersMedian),
        n: m.outlier.others,
        ratio: pct(m.outlier.ratio, i18n, 1),
      }),
    );
  }
  if (m.confirmation) {
    const c = m.confirmation;
    out.push(
      t(c.confirmed ? 'opp.math.confirmed' : 'opp.math.unconfirmed', {
        sharp: c.secondSharp ? `${book(c.secondSharp.book)} ${pct(c.secondSharp.ev, i18n)}` : '—',
        consensus: c.consensusEv === null ? '—' : pct(c.consensusEv, i18n),
      }),
    );
  }
  return out.map((s) => s.replace(/NaN/g, '—'));
}
