/** The channels' grouping and resolved-notification policies, from the settings. */
import type { AlertSettings } from '../../../shared/domain/alerts';
import type { ChannelPolicy } from './plan-notifications';

/** Desktop: every rule with `desktop` on; resolved alerts are shown, except opportunities. */
export function desktopPolicy(s: AlertSettings): ChannelPolicy {
  return {
    channel: 'desktop',
    groupWaitMs: s.desktop.groupWaitSeconds * 1000,
    groupIntervalMs: s.desktop.groupIntervalSeconds * 1000,
    routes: (r) => s.desktop.enabled && r.desktop,
    sendResolved: (r) => r.kind !== 'opportunity',
  };
}

/**
 * E-mail, immediate: rules set to 'immediate' (critical ones by default). Resolved alerts are
 * mailed only for health alerts (collector back, data back), as Alertmanager's e-mail default
 * (send_resolved false) with the reference's exception.
 */
export function emailPolicy(s: AlertSettings): ChannelPolicy {
  return {
    channel: 'email',
    groupWaitMs: s.email.groupWaitSeconds * 1000,
    groupIntervalMs: s.email.groupIntervalSeconds * 1000,
    routes: (r) => s.email.enabled && r.email === 'immediate',
    sendResolved: (r) => r.kind === 'collectorDown' || r.kind === 'noData',
  };
}
