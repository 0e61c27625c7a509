/** The credit economy on the Status page: the plan of the next 24 h beside the month's ledger and the health figures. */
import { LoadFailed } from '../../components/LoadFailed';
import { usePageLoad } from '../../components/use-page-load';
import { useI18n } from '../../i18n/use-i18n';
import { useEconomyStore } from './economy-store';
import { HealthPanel } from './HealthPanel';
import { LedgerChart } from './LedgerChart';
import { PlanPanel } from './PlanPanel';
import './economy.css';

export function EconomySection() {
  const { t } = useI18n();
  const load = useEconomyStore((s) => s.load);
  const loaded = useEconomyStore((s) => s.loaded);
  const { error, retry } = usePageLoad(load);
  if (error) return <LoadFailed error={error} onRetry={retry} />;
  if (!loaded) return <p className="muted">{t('eco.loading')}</p>;
  return (
    <div className="economy-cards" data-testid="economy-section">
      <PlanPanel />
      <div className="economy-side">
        <LedgerChart />
        <HealthPanel />
      </div>
    </div>
  );
}
