/**
 * What the tray shows, as pure functions of the collector status (tested in tray-state.test.ts):
 * the icon state, the tooltip and the menu labels in the user's language.
 */
import type { CollectorStatus, Language } from '../../shared/domain/collector';
import { sharedT } from '../../shared/i18n/catalogue';

export type TrayIconState = 'ok' | 'warning' | 'critical';
export const TRAY_ICON_STATES: readonly TrayIconState[] = ['ok', 'warning', 'critical'];

type StatusView = Pick<CollectorStatus, 'health' | 'paused' | 'running' | 'demo' | 'lastRun'>;

/** A failed last run is critical; a partial one, or a paused collector, is a warning. */
export function trayIconState(status: StatusView | null): TrayIconState {
  if (!status) return 'ok';
  if (status.health === 'error') return 'critical';
  if (status.health === 'warning' || status.paused) return 'warning';
  return 'ok';
}

/** The alerts' health as a tray state (critical alerts firing → critical). */
export function alertsIconState(summary: { health: 'ok' | 'warning' | 'critical' } | null): TrayIconState {
  return summary?.health ?? 'ok';
}

export function worstState(a: TrayIconState, b: TrayIconState): TrayIconState {
  return TRAY_ICON_STATES.indexOf(a) >= TRAY_ICON_STATES.indexOf(b) ? a : b;
}

/** The tray's words come from THE catalogue (shared/i18n, keys `tray.*`). */
function words(lang: Language) {
  const t = sharedT(lang === 'fr' ? 'fr' : 'en');
  return {
    health: {
      ok: t('tray.health.ok'),
      warning: t('tray.health.warning'),
      error: t('tray.health.error'),
      idle: t('tray.health.idle'),
    } as Record<string, string>,
    paused: t('tray.paused'),
    collecting: t('tray.collecting'),
    demo: t('tray.demo'),
    last: (time: string) => t('tray.last', { time }),
    never: t('tray.noCollection'),
    open: t('tray.open'),
    collectNow: t('tray.collectNow'),
    pause: t('tray.pause'),
    resume: t('tray.resume'),
    snoozeAll: t('tray.snoozeAll'),
    quit: t('tray.quit'),
  };
}

/** Windows truncates tray tooltips at 127 characters. */
const MAX_TOOLTIP = 127;

export function defaultFormatTime(ms: number, now: number = Date.now()): string {
  const d = new Date(ms);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return sameDay
    ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleString(undefined, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** "MON_PS — ok — last collection 14:32", with paused / collecting / demo when they apply. */
export function trayTooltip(
  status: StatusView | null,
  lang: Language = 'en',
  formatTime: (ms: number) => string = defaultFormatTime,
): string {
  const w = words(lang);
  if (!status) return 'MON_PS';
  const parts = ['MON_PS', w.health[status.health] ?? status.health];
  if (status.paused) parts[1] += ` (${w.paused})`;
  if (status.running) parts[1] += ` (${w.collecting})`;
  if (status.demo) parts.push(w.demo);
  const lastAt = status.lastRun ? (status.lastRun.endedAt ?? status.lastRun.startedAt) : null;
  parts.push(lastAt === null ? w.never : w.last(formatTime(lastAt)));
  const text = parts.join(' — ');
  return text.length > MAX_TOOLTIP ? text.slice(0, MAX_TOOLTIP - 1) + '…' : text;
}

export interface TrayLabels {
  open: string;
  collectNow: string;
  togglePause: string;
  snoozeAll: string;
  quit: string;
}

export function trayLabels(status: Pick<CollectorStatus, 'paused'> | null, lang: Language = 'en'): TrayLabels {
  const w = words(lang);
  return { open: w.open, collectNow: w.collectNow, togglePause: status?.paused ? w.resume : w.pause, snoozeAll: w.snoozeAll, quit: w.quit };
}
