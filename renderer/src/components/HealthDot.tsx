import type { CollectorStatus } from '../../../shared/domain/collector';
import type { DictKey } from '../i18n/fr';

export type DotColour = 'green' | 'amber' | 'red' | 'grey';

/** Health in one colour and words: running and paused override the health of the last run. */
export function describeHealth(s: CollectorStatus | null): { colour: DotColour; label: DictKey } {
  if (!s) return { colour: 'grey', label: 'health.idle' };
  if (s.health === 'error') return { colour: 'red', label: s.running ? 'health.running' : 'health.error' };
  if (s.running) return { colour: 'green', label: 'health.running' };
  if (s.paused) return { colour: 'amber', label: 'health.paused' };
  if (s.health === 'warning') return { colour: 'amber', label: 'health.warning' };
  if (s.health === 'ok') return { colour: 'green', label: 'health.ok' };
  return { colour: 'grey', label: 'health.idle' };
}

export function HealthDot({ colour, pulse }: { colour: DotColour; pulse?: boolean }) {
  return <span className={`dot dot-${colour}${pulse ? ' dot-pulse' : ''}`} aria-hidden="true" />;
}
