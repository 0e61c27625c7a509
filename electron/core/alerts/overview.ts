/** The alert centre's view and the tray's one-line health, from the engine's instances. */
import type { AlertHealth, AlertInstance, AlertsHealthSummary } from '../../../shared/domain/alerts';
import type { CollectorStatus } from '../../../shared/domain/collector';

/** critical / warning / ok from firing alerts that are not silenced. */
export function healthOf(instances: readonly AlertInstance[]): AlertHealth {
  const live = instances.filter((a) => a.state === 'firing' && a.muted !== 'silenced' && a.muted !== 'started');
  if (live.some((a) => a.severity === 'critical')) return 'critical';
  if (live.some((a) => a.severity === 'warning')) return 'warning';
  return 'ok';
}

const WORDS: Record<AlertHealth, string> = { ok: 'tout va bien', warning: 'à surveiller', critical: 'critique' };

/** What the tray shows: icon colour and tooltip. */
export function healthSummary(instances: readonly AlertInstance[], c: Pick<CollectorStatus, 'lastSuccessAt'>, openOpportunities: number | null): AlertsHealthSummary {
  const health = healthOf(instances);
  const firing = instances.filter((a) => a.state === 'firing');
  const critical = firing.filter((a) => a.severity === 'critical').length;
  const last = c.lastSuccessAt ? new Date(c.lastSuccessAt).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }) : 'jamais';
  const top = firing.find((a) => a.severity === 'critical') ?? firing[0];
  const tooltip = [
    `MON_PS — ${WORDS[health]}`,
    top ? top.summary : null,
    `Dernière collecte : ${last}`,
    openOpportunities !== null ? `Opportunités ouvertes : ${openOpportunities}` : null,
  ].filter(Boolean).join('\n');
  return { health, firing: firing.length, critical, openOpportunities, lastCollectionAt: c.lastSuccessAt, tooltip };
}
