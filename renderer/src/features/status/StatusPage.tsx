import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';
import { CollectorPanel } from './CollectorPanel';
import { CreditsPanel } from './CreditsPanel';
import { DatabasePanel } from './DatabasePanel';
import { EconomySection } from './EconomySection';
import { LastErrorBox } from './LastErrorBox';
import { EmailProblemBox } from './EmailProblemBox';
import { RunsTable } from './RunsTable';
import { RunsTimeline } from './RunsTimeline';

/** État: is the collector healthy, what did it cost, what went wrong and what to do. */
export function StatusPage() {
  const { t } = useI18n();
  const runs = useCollectorStore((s) => s.runs);
  const now = useNow();
  return (
    <div className="status-page">
      <div className="cards">
        <CollectorPanel />
        <LastErrorBox />
        <EmailProblemBox />
        <CreditsPanel />
        <DatabasePanel />
      </div>
      <EconomySection />
      <section className="card runs-card">
        <h2>{t('status.runs')}</h2>
        {runs.length > 0 && <RunsTimeline runs={runs} now={now} />}
        <RunsTable runs={runs} />
        {runs.length === 0 && <EmptyState testId="runs-empty">{t('status.noRuns')}</EmptyState>}
      </section>
    </div>
  );
}
