import { create } from 'zustand';
import type { KeyTestResult, Settings } from '../../../shared/domain/collector';
import type { ReqInput } from '../../../shared/ipc/contract';
import { api } from '../api';
import { useUiStore } from './ui';

/** What `settings:update` accepts (the contract's request type). */
export type SettingsPatch = ReqInput<'settings:update'>;

interface SettingsState {
  settings: Settings | null;
  load(): Promise<void>;
  /** Saves a partial update; throws ApiError on refusal (and then nothing was saved). */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Tests the given key, or the saved one when `apiKey` is omitted. */
  testKey(apiKey?: string): Promise<KeyTestResult>;
  /** Applies settings from the host (answer or `settings:changed`). */
  apply(s: Settings): void;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: null,
  async load() {
    get().apply(await api.call('settings:get', {}));
  },
  async update(patch) {
    const next = await api.call('settings:update', patch);
    get().apply(next);
    return next;
  },
  testKey: (apiKey) => api.call('settings:test-key', apiKey ? { apiKey } : {}),
  apply(s) {
    set({ settings: s });
    useUiStore.getState().setPrefs({ language: s.language, theme: s.theme });
  },
}));
