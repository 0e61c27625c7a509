import type { BankrollAnalytics, BankrollSummary } from '../../../../shared/domain/bankroll';
import { useI18n } from '../../i18n/use-i18n';

function Card({
  id,
  label,
  value,
  sub,
  tip,
  tone,
}: {
  id: string;
  label: string;
  value: string;
  sub?: string;
  tip: string;
  tone?: 'pos' | 'neg' | '';
}) {
  return (
    <div className="card stat-card" title={tip} data-testid={`stat-${id}`} aria-description={tip}>
      <div className="label">{label}</div>
      <div className={`value num ${tone ?? ''}`}>{value}</div>
      {sub && <div className="sub">{sub}</div>}
    </div>
  );
}

/** The headline figures; each card's tooltip says how it is computed. */
export function StatCards({ s, beatClose }: { s: BankrollSummary; beatClose: BankrollAnalytics['beatClose'] }) {
  const { t, tp, fmt } = useI18n();
  const money = (c: number) => fmt.money(c / 100);
  const pct = (r: number | null, d = 1) => (r === null ? '–' : fmt.percent(r, d));
  const signed = (r: number | null) => (r === null ? '–' : `${r > 0 ? '+' : ''}${fmt.percent(r, 2)}`);
  const tone = (x: number | null) => (x === null || x === 0 ? '' : x > 0 ? 'pos' : 'neg');
  const z = s.profitSdCents > 0 ? (s.settledProfitCents - s.expectedProfitCents) / s.profitSdCents : null;
  return (
    <div className="stat-cards" data-testid="stat-cards">
      <Card
        id="bankroll"
        label={t('bets.bankroll')}
        value={money(s.bankrollCents)}
        tip={t('bets.bankrollTip')}
        sub={t('an.settled', { n: s.nSettled, p: s.pending })}
      />
      <Card
        id="profit"
        label={t('an.profit')}
        value={money(s.settledProfitCents)}
        tone={tone(s.settledProfitCents)}
        tip={t('an.profitTip')}
      />
      <Card id="roi" label={t('an.roi')} value={pct(s.roiOnBankroll, 2)} tone={tone(s.roiOnBankroll)} tip={t('an.roiTip')} />
      <Card
        id="yield"
        label={t('an.yield')}
        value={pct(s.yield, 2)}
        tone={tone(s.yield)}
        tip={t('an.yieldTip')}
        sub={`${t('an.col.staked')} ${money(s.turnoverCents)}`}
      />
      <Card
        id="winrate"
        label={t('an.winRate')}
        value={pct(s.winRate)}
        tip={t('an.winRateTip')}
        sub={t('an.implied', { rate: pct(s.impliedWinRate) })}
      />
      <Card
        id="clv"
        label={t('an.clvNoVig')}
        value={signed(s.meanClvNoVig)}
        tone={tone(s.meanClvNoVig)}
        tip={`${t('an.clvNoVigTip')} ${t('an.clvTip', { w: signed(s.stakeWeightedClvRaw), nv: signed(s.meanClvNoVig) })}`}
        sub={`${t('an.clvRaw', { raw: signed(s.meanClvRaw) })} · ${t('an.clvCounts', { c: s.clvCounts.captured, e: s.clvCounts.estimated, m: s.clvCounts.missing })}`}
      />
      <Card
        id="beat-close"
        label={t('an.beatClose')}
        value={pct(beatClose.rate)}
        tip={t('an.beatCloseTip')}
        sub={tp('an.beatCloseSub', beatClose.n, { beat: beatClose.beat })}
      />
      <Card
        id="drawdown"
        label={t('an.drawdown')}
        value={money(s.maxDrawdownCents)}
        tip={t('an.drawdownTip')}
        sub={t('an.ofPeak', { pct: pct(s.maxDrawdownPctOfPeak) })}
      />
      <Card
        id="expected"
        label={t('an.expected')}
        value={money(s.expectedProfitCents)}
        tip={t('an.expectedTip')}
        sub={z === null ? undefined : t('an.luck', { z: `${z > 0 ? '+' : ''}${fmt.number(z, 1)}` })}
      />
    </div>
  );
}
