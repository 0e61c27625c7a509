/**
 * What the status strip shows beyond the collector: open opportunities (from the alerts'
 * health summary) and the bankroll. Loaded once, then refreshed by pushed events only.
 */
import { create } from 'zustand';
import { api } from '../api';
import { onMainEvents } from './subscribe-main-events';

interface StripExtrasState {
  openOpportunities: number | null;
  bankrollCents: number | null;
  load(): Promise<void>;
}

export const useStripExtras = create<StripExtrasState>()((set) => ({
  openOpportunities: null,
  bankrollCents: null,
  async load() {
    const [health, bankroll] = await Promise.allSettled([api.call('alerts:get-health', {}), api.call('bankroll:get-summary', {})]);
    set({
      openOpportunities: health.status === 'fulfilled' ? health.value.openOpportunities : null,
      bankrollCents: bankroll.status === 'fulfilled' ? bankroll.value.bankrollCents : null,
    });
  },
}));

onMainEvents({
  'alerts:changed': (h) => useStripExtras.setState({ openOpportunities: h.openOpportunities }),
  'bankroll:changed': () =>
    void useStripExtras
      .getState()
      .load()
      .catch(() => {}),
  'backup:restored': () =>
    void useStripExtras
      .getState()
      .load()
      .catch(() => {}),
});
