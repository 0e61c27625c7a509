/** The credit plan and health figures of the Status page: loaded on demand, refreshed after each run and override. */
import { create } from 'zustand';
import type { EconomyOverride, HealthView, PlanView } from '../../../../shared/domain/economy';
import { api } from '../../api';
import { onMainEvents } from '../../stores/subscribe-main-events';

interface EconomyState {
  plan: PlanView | null;
  health: HealthView | null;
  loaded: boolean;
  load(): Promise<void>;
  override(o: EconomyOverride): Promise<void>;
}

export const useEconomyStore = create<EconomyState>()((set, get) => ({
  plan: null,
  health: null,
  loaded: false,
  async load() {
    const [plan, health] = await Promise.all([api.call('economy:plan', {}), api.call('economy:health', {})]);
    set({ plan, health, loaded: true });
  },
  async override(o) {
    await api.call('economy:override', o);
    await get().load();
  },
}));

const reload = (): void => {
  if (useEconomyStore.getState().loaded)
    void useEconomyStore
      .getState()
      .load()
      .catch(() => undefined);
};

onMainEvents({ 'collector:run-finished': reload, 'economy:changed': reload });
