import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { LoadFailed } from '../../components/LoadFailed';
import { usePageLoad } from '../../components/use-page-load';
import { useI18n } from '../../i18n/use-i18n';
import { subscribeBankroll, useBankrollStore } from '../bets/bankroll-store';
import '../bets/bankroll.css';
import { Breakdowns } from './Breakdowns';
import { AnalyticsFilters } from './AnalyticsFilters';
import { BankrollCurve } from './BankrollCurve';
import { ClvHistogram, ClvTrendChart, ExpectedChart, MonthlyChart } from './charts';
import { StatCards } from './StatCards';

function ChartCard({
  title,
  tip,
  children,
  tall,
  testId,
}: {
  title: string;
  tip: string;
  children: ReactNode;
  tall?: boolean;
  testId?: string;
}) {
  return (
    <section className="card chart-card" data-testid={testId}>
      <h2>
        {title}{' '}
        <span className="info" title={tip} aria-label={tip}>
          i
        </span>
      </h2>
      <div className={`chart-box ${tall ? 'tall' : ''}`}>{children}</div>
    </section>
  );
}

/** Analyse: the bankroll curve first, the headline cards, then months, CLV, luck vs skill and breakdowns (all aggregated in the core). */
export function AnalyticsPage() {
  const { t } = useI18n();
  const a = useBankrollStore((s) => s.analytics);
  const filter = useBankrollStore((s) => s.analyticsFilter);
  const { error, retry } = usePageLoad(() => {
    subscribeBankroll();
    const s = useBankrollStore.getState();
    return Promise.all([s.loadAnalytics(), s.loadBookmakers()]);
  });
  if (error && !a) return <LoadFailed error={error} onRetry={retry} />;
  if (!a) return <EmptyState>{t('an.loading')}</EmptyState>;
  const filtered = Object.keys(filter).length > 0;
  if (!filtered && a.curve.length === 0 && a.summary.pending === 0)
    return <EmptyState testId="analytics-empty">{t('an.empty')}</EmptyState>;
  return (
    <div className="analytics-page" data-testid="analytics-page">
      <AnalyticsFilters a={a} />
      {filtered && (
        <p className="muted small" data-testid="an-filtered">
          {t('an.filtered')}
        </p>
      )}
      <section className="card chart-card" data-testid="curve-card">
        <h2>
          {t('an.curve')}{' '}
          <span className="info" title={t('an.curveTip')} aria-label={t('an.curveTip')}>
            i
          </span>
        </h2>
        <BankrollCurve a={a} />
      </section>
      <StatCards s={a.summary} beatClose={a.beatClose} />
      <div className="chart-grid">
        <ChartCard title={t('an.monthly')} tip={t('an.monthlyTip')}>
          <MonthlyChart a={a} />
        </ChartCard>
        <ChartCard title={t('an.actualVsExpected')} tip={t('an.actualVsExpectedTip')}>
          <ExpectedChart a={a} />
        </ChartCard>
        <ChartCard title={t('an.clvTrend')} tip={t('an.clvTrendTip')}>
          <ClvTrendChart a={a} />
        </ChartCard>
        <ChartCard title={t('an.clvDist')} tip={t('an.clvDistTip')}>
          <ClvHistogram a={a} />
        </ChartCard>
      </div>
      <Breakdowns a={a} />
    </div>
  );
}
