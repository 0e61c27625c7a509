import { create } from 'zustand';
import type { BoardEvent, EventDetail, EventStatusFilter, PriceSeries, SportSummary } from '../../../shared/domain/odds';
import { api, errorMessage } from '../api';
import { useUiStore } from './ui';

/** What to show on an event's chart when it is opened from elsewhere (a bet, an opportunity). */
export interface ChartFocus {
  eventId: string;
  market: string;
  point: number | null;
  outcome: string;
  /** The bet taken: its price and when it was placed (marked on the chart). */
  bet?: { price: number; at: number; bookmaker: string };
}

/** `YYYY-MM-DD` of a local day → its [start, end) in UTC ms. */
export function dayRange(day: string): { from: number; to: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const from = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  const to = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime();
  return Number.isFinite(from) ? { from, to } : null;
}

/** The local day (`YYYY-MM-DD`) of a time. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

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
  /** A local day (`YYYY-MM-DD`) of the date control, or null for every day. */
  day: string | null;
  status: EventStatusFilter;
  myBooksOnly: boolean;
  /** The chart to show first when an event was opened from a bet or an opportunity. */
  focus: ChartFocus | null;
  expandedId: string | null;
  details: Record<string, EventDetail | undefined>;
  detailErrors: Record<string, string | undefined>;
  history: Record<string, PriceSeries[] | undefined>;
  /** Queries on screen, refreshed when odds change. */
  openHistory: HistoryQuery[];
  loadSports(): Promise<void>;
  loadEvents(): Promise<void>;
  setFilter(f: Partial<Pick<BoardState, 'sportKey' | 'search' | 'includeStarted' | 'day' | 'status' | 'myBooksOnly'>>): void;
  /**
   * Opens the board on one event, past or upcoming: its day, expanded, the chart of `focus`
   * (market, line, outcome, and the bet's price and time marked). The route a bet links to.
   */
  openEvent(focus: ChartFocus): Promise<void>;
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
  day: null,
  status: 'upcoming',
  myBooksOnly: false,
  focus: null,
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
    const { sportKey, search, includeStarted, day, status, myBooksOnly } = get();
    const range = day ? dayRange(day) : null;
    try {
      const events = await api.call('odds:list-events', {
        ...(sportKey ? { sportKey } : {}),
        ...(search.trim() ? { search: search.trim().slice(0, 100) } : {}),
        includeStarted,
        // a chosen day shows every match of that day unless a status is picked
        ...(range ? { from: range.from, to: range.to } : {}),
        status: range && status === 'upcoming' ? 'all' : status,
        myBooksOnly,
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
    void get()
      .loadEvents()
      .catch(() => {});
  },
  async openEvent(focus) {
    useUiStore.getState().setPage('board');
    const detail = await api.call('odds:get-event', { eventId: focus.eventId });
    set((s) => ({
      details: { ...s.details, [focus.eventId]: detail },
      day: localDay(detail.event.commenceTime),
      status: 'all',
      sportKey: null,
      search: '',
      expandedId: focus.eventId,
      focus,
    }));
    await get()
      .loadEvents()
      .catch(() => {});
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

/**
 * The URL of an event's chart: `#/event/ID?market=…&point=…&outcome=…` plus, for a bet,
 * `price`, `at` (placed, ms) and `book`. A link with this href opens the board on that event
 * (its day, expanded, that market and outcome, the bet marked) from any page.
 */
export function eventChartHref(f: ChartFocus): string {
  const q = new URLSearchParams({ market: f.market, outcome: f.outcome });
  if (f.point !== null) q.set('point', String(f.point));
  if (f.bet) {
    q.set('price', String(f.bet.price));
    q.set('at', String(f.bet.at));
    q.set('book', f.bet.bookmaker);
  }
  return `#/event/${encodeURIComponent(f.eventId)}?${q.toString()}`;
}

/** The chart focus of an `eventChartHref` hash, or null when the hash is not one. */
export function parseEventHash(hash: string): ChartFocus | null {
  const m = /^#\/event\/([^?]+)\?(.*)$/.exec(hash);
  if (!m) return null;
  const q = new URLSearchParams(m[2]);
  const market = q.get('market');
  const outcome = q.get('outcome');
  if (!market || !outcome) return null;
  const point = q.get('point');
  const price = Number(q.get('price'));
  const at = Number(q.get('at'));
  const book = q.get('book');
  return {
    eventId: decodeURIComponent(m[1]!),
    market,
    point: point === null || point === '' || !Number.isFinite(Number(point)) ? null : Number(point),
    outcome,
    bet: price > 1 && Number.isFinite(at) && at > 0 && book ? { price, at, bookmaker: book } : undefined,
  };
}

/** Opens the event of the location's hash, if it is an event link (then clears it, so the same link works twice). */
export function openEventFromHash(): void {
  const focus = parseEventHash(window.location.hash);
  if (!focus) return;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  void useBoardStore
    .getState()
    .openEvent(focus)
    .catch(() => {});
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', openEventFromHash);
