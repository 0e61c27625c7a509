import { create } from 'zustand';
import type { BoardEvent, EventDetail, PriceSeries, SportSummary } from '../../../shared/domain/odds';
import { api, errorMessage } from '../api';

/** Identifies one price-history query. */
export interface HistoryQuery {
  eventId: string;
  market: string;
  point: number | null;
  outcome: string;
}
export const historyKey = (q: HistoryQuery): string => `${q.eventId}|${q.market}|${q.point ?? ''}|${q.outcome}`;

interface BoardState {
  sports: SportSummary[];
  events: BoardEvent[];
  /** True until the first list of events arrived. */
  eventsLoading: boolean;
  error: string | null;
  sportKey: string | null;
  search: string;
  includeStarted: boolean;
  expandedId: string | null;
  details: Record<string, EventDetail | undefined>;
  detailErrors: Record<string, string | undefined>;
  history: Record<string, PriceSeries[] | undefined>;
  /** Queries on screen, refreshed when odds change. */
  openHistory: HistoryQuery[];
  loadSports(): Promise<void>;
  loadEvents(): Promise<void>;
  setFilter(f: Partial<Pick<BoardState, 'sportKey' | 'search' | 'includeStarted'>>): void;
  toggleExpanded(id: string): void;
  loadDetail(id: string): Promise<void>;
  loadHistory(q: HistoryQuery): Promise<void>;
  watchHistory(q: HistoryQuery): () => void;
  /** After `odds:updated`: reloads what is on screen. */
  refresh(sportKeys: string[] | null): Promise<void>;
}

let eventsSeq = 0;

export const useBoardStore = create<BoardState>()((set, get) => ({
  sports: [],
  events: [],
  eventsLoading: true,
  error: null,
  sportKey: null,
  search: '',
  includeStarted: false,
  expandedId: null,
  details: {},
  detailErrors: {},
  history: {},
  openHistory: [],

  async loadSports() {
    set({ sports: await api.call('odds:list-sports', {}) });
  },
  async loadEvents() {
    const seq = ++eventsSeq;
    const { sportKey, search, includeStarted } = get();
    try {
      const events = await api.call('odds:list-events', {
        ...(sportKey ? { sportKey } : {}),
        ...(search.trim() ? { search: search.trim().slice(0, 100) } : {}),
        includeStarted,
      });
      // A newer query was sent meanwhile: its answer wins.
      if (seq === eventsSeq) set({ events, eventsLoading: false, error: null });
    } catch (e) {
      if (seq === eventsSeq) set({ eventsLoading: false, error: errorMessage(e) });
      throw e;
    }
  },
  setFilter(f) {
    set(f);
    void get().loadEvents().catch(() => {});
  },
  toggleExpanded(id) {
    const next = get().expandedId === id ? null : id;
    set({ expandedId: next });
    if (next) void get().loadDetail(next);
  },
  async loadDetail(id) {
    try {
      const detail = await api.call('odds:get-event', { eventId: id });
      set((s) => ({ details: { ...s.details, [id]: detail }, detailErrors: { ...s.detailErrors, [id]: undefined } }));
    } catch (e) {
      set((s) => ({ detailErrors: { ...s.detailErrors, [id]: errorMessage(e) } }));
    }
  },
  async loadHistory(q) {
    try {
      const series = await api.call('odds:get-history', { ...q });
      set((s) => ({ history: { ...s.history, [historyKey(q)]: series } }));
    } catch {
      set((s) => ({ history: { ...s.history, [historyKey(q)]: [] } }));
    }
  },
  watchHistory(q) {
    set((s) => ({ openHistory: [...s.openHistory, q] }));
    void get().loadHistory(q);
    return () => set((s) => ({ openHistory: s.openHistory.filter((x) => x !== q) }));
  },
  async refresh(sportKeys) {
    const touches = (key: string | undefined) => !sportKeys || (key !== undefined && sportKeys.includes(key));
    const { sportKey, expandedId, details, openHistory } = get();
    const jobs: Promise<unknown>[] = [get().loadSports()];
    if (!sportKey || touches(sportKey)) jobs.push(get().loadEvents());
    if (expandedId && touches(details[expandedId]?.event.sportKey)) jobs.push(get().loadDetail(expandedId));
    for (const q of openHistory) {
      if (touches(details[q.eventId]?.event.sportKey)) jobs.push(get().loadHistory(q));
    }
    await Promise.all(jobs);
  },
}));
