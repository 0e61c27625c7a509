import { HealthDot, describeHealth } from '../components/HealthDot';
import { PageLink } from '../components/PageLink';
import { useI18n } from '../i18n/use-i18n';
import { useNow } from '../stores/clock';
import { useCollectorStore } from '../stores/collector';
import { useSettingsStore } from '../stores/settings';
import { useStripExtras } from '../stores/strip-extras';
import { useUiStore } from '../stores/ui';
import { api } from '../api';
import { useEffect } from 'react';

/** Always on screen: is the collector healthy, how old is the data, what does it cost. */
export function StatusStrip() {
  const { t, fmt } = useI18n();
  const now = useNow();
  const status = useCollectorStore((s) => s.status);
  const demo = useSettingsStore((s) => s.settings?.demoMode) ?? status?.demo ?? false;
  // Out of reach, nothing the last status said is known to be true any more: say so first.
  const connection = useUiStore((s) => s.connection);
  const lost = api.kind === 'websocket' && connection === 'reconnecting';
  const health = lost ? ({ colour: 'red', label: 'conn.lost' } as const) : describeHealth(status);
  const { openOpportunities, bankrollCents } = useStripExtras();
  useEffect(() => {
    void useStripExtras
      .getState()
      .load()
      .catch(() => {});
  }, [demo]);

  return (
    <header className="strip" data-testid="status-strip">
      <PageLink page="status">
        <span className="strip-health" data-testid="health" data-health={lost ? 'lost' : (status?.health ?? 'unknown')}>
          <HealthDot colour={health.colour} pulse={!lost && status?.running} />
          {t(health.label)}
        </span>
      </PageLink>
      <span className="strip-item" data-testid="data-age">
        {status?.dataAsOf ? t('strip.dataAge', { age: fmt.relative(status.dataAsOf, now) }) : t('strip.noData')}
      </span>
      {/* the simulator's credits mean nothing: in demo mode the badge says what matters */}
      {!demo && (
        <span className="strip-item" data-testid="credits-left">
          {status?.quota.remaining != null ? t('strip.credits', { n: fmt.number(status.quota.remaining) }) : t('strip.creditsUnknown')}
        </span>
      )}
      <span className="strip-item strip-optional" data-testid="next-run">
        {lost
          ? t('conn.reconnecting')
          : status?.nextRunAt && !status.paused
            ? t('strip.nextRun', { when: fmt.relative(Math.max(status.nextRunAt, now), now) })
            : t('strip.noNextRun')}
      </span>
      {openOpportunities !== null && (
        <PageLink page="opportunities" testId="strip-opportunities">
          <span className="strip-item">{t('strip.opportunities', { n: fmt.number(openOpportunities) })}</span>
        </PageLink>
      )}
      {bankrollCents !== null && (
        <PageLink page="bets" testId="strip-bankroll">
          <span className="strip-item">{t('strip.bankroll', { amount: fmt.money(bankrollCents / 100) })}</span>
        </PageLink>
      )}
      <span className="strip-spacer" />
      {demo && (
        <PageLink page="settings" testId="demo-badge">
          <span className="badge badge-demo">{t('strip.demo')}</span>
        </PageLink>
      )}
    </header>
  );
}
