/** The alert centre's view and the tray's one-line health, from the engine's instances. */
import type { AlertHealth, AlertInstance, AlertsHealthSummary } from '../../../shared/domain/alerts';
import type { CollectorStatus } from '../../../shared/domain/collector';
import { fmt, t, type Lang } from './texts';

/** critical / warning / ok from firing alerts that are not silenced. */
export function healthOf(instances: readonly AlertInstance[]): AlertHealth {
  const live = instances.filter((a) => a.state === 'firing' && a.muted !== 'silenced' && a.muted !== 'started');
  if (live.some((a) => a.severity === 'critical')) return 'critical';
  if (live.some((a) => a.severity === 'warning')) return 'warning';
  return 'ok';
}

/** What the tray shows: icon colour and tooltip (in `lang`, French by default). */
export function healthSummary(
  instances: readonly AlertInstance[],
  c: Pick<CollectorStatus, 'lastSuccessAt'>,
  openOpportunities: number | null,
  lang: Lang = 'fr',
): AlertsHealthSummary {
  const health = healthOf(instances);
  const firing = instances.filter((a) => a.state === 'firing');
  const critical = firing.filter((a) => a.severity === 'critical').length;
  const last = c.lastSuccessAt ? fmt(lang).time(c.lastSuccessAt) : t(lang, 'tray.never');
  const top = firing.find((a) => a.severity === 'critical') ?? firing[0];
  const tooltip = [
    `MON_PS — ${t(lang, `tray.${health}`)}`,
    top ? top.summary : null,
    t(lang, 'tray.lastCollection', { time: last }),
    openOpportunities !== null ? t(lang, 'tray.opportunities', { n: openOpportunities }) : null,
  ]
    .filter(Boolean)
    .join('\n');
  return { health, firing: firing.length, critical, openOpportunities, lastCollectionAt: c.lastSuccessAt, tooltip };
}
