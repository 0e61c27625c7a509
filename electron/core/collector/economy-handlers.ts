/** The economy channels: the plan of the next 24 h, health figures, and the user's overrides. */
import type { Handlers, EmitEvent } from '../../../shared/ipc/contract';
import type { Clock } from '../util/clock';
import type { Collector } from './collector';
import type { EconomySettingsStore } from './economy-settings';

export interface EconomyHandlerDeps {
  collector(): Collector;
  settings: EconomySettingsStore;
  clock: Clock;
  emit: EmitEvent;
  /** After an override: the collector re-plans its next run. */
  onChanged(): void;
}

export function createEconomyHandlers(d: EconomyHandlerDeps): Pick<Handlers, 'economy:plan' | 'economy:health' | 'economy:override'> {
  return {
    'economy:plan': () => d.collector().plan(),
    'economy:health': () => d.collector().health(),
    'economy:override': (req) => {
      const next = d.settings.apply(req, d.clock.now());
      d.onChanged();
      d.emit('economy:changed', next);
      return next;
    },
  };
}
