/** The alert centre's store: overview and settings, reloaded on the alerts events. */
import { create } from 'zustand';
import type { AlertSettingsView, AlertsOverview, ChannelTestResult, NotifyChannel, Silence } from '../../../../shared/domain/alerts';
import type { ReqInput } from '../../../../shared/ipc/contract';
import { api } from '../../api';

interface AlertsState {
  overview: AlertsOverview | null;
  settings: AlertSettingsView | null;
  /** The last in-app notification pushed by the host. */
  toast: { title: string; body: string; at: number } | null;
  load(): Promise<void>;
  loadOverview(): Promise<void>;
  evaluateNow(): Promise<void>;
  updateSettings(patch: ReqInput<'alerts:update-settings'>): Promise<AlertSettingsView>;
  createSilence(req: ReqInput<'alerts:create-silence'>): Promise<Silence>;
  expireSilence(id: number): Promise<void>;
  test(channel: NotifyChannel): Promise<ChannelTestResult>;
  setToast(t: AlertsState['toast']): void;
  applySettings(s: AlertSettingsView): void;
}

export const useAlertsStore = create<AlertsState>()((set, get) => ({
  overview: null,
  settings: null,
  toast: null,
  async load() {
    const [overview, settings] = await Promise.all([api.call('alerts:get-overview', {}), api.call('alerts:get-settings', {})]);
    set({ overview, settings });
  },
  async loadOverview() {
    set({ overview: await api.call('alerts:get-overview', {}) });
  },
  async evaluateNow() {
    set({ overview: await api.call('alerts:evaluate-now', {}) });
  },
  async updateSettings(patch) {
    const settings = await api.call('alerts:update-settings', patch);
    set({ settings });
    void get()
      .loadOverview()
      .catch(() => {});
    return settings;
  },
  async createSilence(req) {
    const s = await api.call('alerts:create-silence', req);
    await get().loadOverview();
    return s;
  },
  async expireSilence(id) {
    await api.call('alerts:expire-silence', { id });
    await get().loadOverview();
  },
  async test(channel) {
    const r = await api.call('alerts:test-channel', { channel });
    void get()
      .loadOverview()
      .catch(() => {});
    return r;
  },
  setToast: (toast) => set({ toast }),
  applySettings: (settings) => set({ settings }),
}));

/**
 * Listens to the alerts events while the page is shown (the app-wide subscriber does not know
 * them yet): reloads the overview on a change, shows in-app notifications, reloads after a
 * reconnect. Returns the unsubscribe function.
 */
export function subscribeAlertEvents(): () => void {
  const s = () => useAlertsStore.getState();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const reload = () => {
    timer ??= setTimeout(() => {
      timer = null;
      void s()
        .loadOverview()
        .catch(() => {});
    }, 100);
  };
  const offs = [
    api.on('alerts:changed', reload),
    api.on('alerts:notified', (n) => s().setToast({ title: n.title, body: n.body, at: n.at })),
    api.on('alerts:settings-changed', (v) => s().applySettings(v)),
    api.on('collector:run-finished', reload),
    api.onConnection(
      (c) =>
        c === 'open' &&
        void s()
          .load()
          .catch(() => {}),
    ),
  ];
  return () => {
    for (const off of offs) off();
    if (timer) clearTimeout(timer);
  };
}
