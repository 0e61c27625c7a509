/**
 * The opportunities page's store. Loads the open opportunities once, then follows the pushed
 * `opportunities:updated` events (no polling) and reloads after a reconnect.
 */
import { create } from 'zustand';
import type { Opportunity, OpportunitySettings, ScanSummary } from '../../../../shared/domain/opportunities';
import type { OpportunitiesUpdated } from '../../../../shared/ipc/channels/opportunities';
import { api, errorMessage } from '../../api';
import { DEFAULT_FILTERS, DEFAULT_SORT, type OpportunityFilters, type OpportunitySort } from './opportunity-view';

interface OpportunitiesState {
  /** Open opportunities by id. */
  items: Record<number, Opportunity>;
  summary: ScanSummary | null;
  settings: OpportunitySettings | null;
  loaded: boolean;
  error: string | null;
  filters: OpportunityFilters;
  sort: OpportunitySort;
  expandedId: number | null;
  /** Total of the stake calculator (euros); null = the settings' default. */
  total: number | null;
  /** Events the user hid ("ignore this match"), kept in this browser. */
  hiddenEvents: string[];
  hideEvent(eventId: string): void;
  showAllEvents(): void;
  load(): Promise<void>;
  apply(u: OpportunitiesUpdated): void;
  setFilters(f: Partial<OpportunityFilters>): void;
  setSort(key: OpportunitySort['key']): void;
  toggle(id: number): void;
  setTotal(total: number | null): void;
  saveSettings(patch: Partial<OpportunitySettings>): Promise<void>;
}

const HIDDEN_KEY = 'monps.opportunities.hiddenEvents';
function readHidden(): string[] {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(HIDDEN_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
function writeHidden(ids: string[]): void {
  try {
    globalThis.localStorage?.setItem(HIDDEN_KEY, JSON.stringify(ids));
  } catch {
    // private mode or full storage: hidden for this session only
  }
}

export const useOpportunitiesStore = create<OpportunitiesState>()((set, get) => ({
  items: {},
  summary: null,
  settings: null,
  loaded: false,
  error: null,
  filters: DEFAULT_FILTERS,
  sort: DEFAULT_SORT,
  expandedId: null,
  total: null,
  hiddenEvents: readHidden(),
  hideEvent(eventId) {
    const hiddenEvents = [...new Set([...get().hiddenEvents, eventId])].slice(-500);
    set({ hiddenEvents, expandedId: null });
    writeHidden(hiddenEvents);
  },
  showAllEvents() {
    set({ hiddenEvents: [] });
    writeHidden([]);
  },
  async load() {
    try {
      const [list, settings] = await Promise.all([
        api.call('opportunities:list', { status: 'open' }),
        api.call('opportunities:get-settings', {}),
      ]);
      set({ items: Object.fromEntries(list.items.map((o) => [o.id, o])), summary: list.summary, settings, loaded: true, error: null });
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
  apply({ summary, changed }) {
    const items = { ...get().items };
    for (const o of changed) {
      if (o.status === 'open') items[o.id] = o;
      else delete items[o.id];
    }
    set({ items, summary });
  },
  setFilters: (f) => set((s) => ({ filters: { ...s.filters, ...f } })),
  setSort: (key) => set((s) => ({ sort: { key, dir: s.sort.key === key && s.sort.dir === 'desc' ? 'asc' : 'desc' } })),
  toggle: (id) => set((s) => ({ expandedId: s.expandedId === id ? null : id })),
  setTotal: (total) => set({ total }),
  async saveSettings(patch) {
    set({ settings: await api.call('opportunities:update-settings', patch) });
  },
}));

let subscribed = false;

/** Subscribes the store to the host's pushed events once (idempotent) and loads it. */
export function followOpportunities(): void {
  if (subscribed) return;
  subscribed = true;
  api.on('opportunities:updated', (u) => useOpportunitiesStore.getState().apply(u));
  api.on('opportunities:settings-changed', (settings) => useOpportunitiesStore.setState({ settings }));
  let wasOpen = api.connection() === 'open';
  api.onConnection((state) => {
    // back after a drop: updates were missed while away
    if (state === 'open' && (wasOpen || useOpportunitiesStore.getState().error)) void useOpportunitiesStore.getState().load();
    if (state === 'open') wasOpen = true;
  });
  void useOpportunitiesStore.getState().load();
}
