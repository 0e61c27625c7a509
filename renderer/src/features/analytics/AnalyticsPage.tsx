import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { LoadFailed } from '../../components/LoadFailed';
import { usePageLoad } from '../../components/use-page-load';
import { useI18n } from '../../i18n/use-i18n';
import { subscribeBankroll, useBankrollStore } from '../bets/bankroll-store';
import '../bets/bankroll.css';
import { Breakdowns } from './Breakdowns';
import { BankrollCurve, ClvHistogram, ClvTrendChart, ExpectedChart, MonthlyChart } from './charts';
import { StatCards } from './StatCards';

function ChartCard({ title, tip, children, tall, testId }: { title: string; tip: string; children: ReactNode; tall?: boolean; testId?: string }) {
  return (
    <section className="card chart-card" data-testid={testId}>
      <h2>{title} <span className="info" title={tip} aria-label={tip}>i</span></h2>
      <div className={`chart-box ${tall ? 'tall' : ''}`}>{children}</div>
    </section>
  );
}

/** Analyse: the bankroll curve first, the headline cards, then months, CLV, luck vs skill and breakdowns (all aggregated in the core). */
export function AnalyticsPage() {
  const { t } = useI18n();
  const a = useBankrollStore((s) => s.analytics);
  const { error, retry } = usePageLoad(() => {
    subscribeBankroll();
    return useBankrollStore.getState().loadAnalytics();
  });
  if (error && !a) return <LoadFailed error={error} onRetry={retry} />;
  if (!a) return <EmptyState>{t('an.loading')}</EmptyState>;
  if (a.curve.length === 0 && a.summary.pending === 0) return <EmptyState testId="analytics-empty">{t('an.empty')}</EmptyState>;
  return (
    <div className="analytics-page" data-testid="analytics-page">
      <ChartCard title={t('an.curve')} tip={t('an.curveTip')} tall testId="curve-card"><BankrollCurve a={a} /></ChartCard>
      <StatCards s={a.summary} />
      <div className="chart-grid">
        <ChartCard title={t('an.monthly')} tip={t('an.monthlyTip')}><MonthlyChart a={a} /></ChartCard>
        <ChartCard title={t('an.actualVsExpected')} tip={t('an.actualVsExpectedTip')}><ExpectedChart a={a} /></ChartCard>
        <ChartCard title={t('an.clvTrend')} tip={t('an.clvTrendTip')}><ClvTrendChart a={a} /></ChartCard>
        <ChartCard title={t('an.clvDist')} tip={t('an.clvDistTip')}><ClvHistogram a={a} /></ChartCard>
      </div>
      <Breakdowns a={a} />
    </div>
  );
}
