/**
 * The bankroll's state in the renderer: summary, the bet log with its filters, the analytics.
 * Reloads on the pushed `bankroll:changed` event (and after a reconnect) — never by polling.
 */
import { create } from 'zustand';
import type { Bet } from '../../../../shared/domain/bets';
import type { BankrollAnalytics, BankrollSummary } from '../../../../shared/domain/bankroll';
import type { ReqInput } from '../../../../shared/ipc/contract';
import { api } from '../../api';

export type BetFilter = Omit<ReqInput<'bankroll:list-bets'>, 'limit' | 'offset'>;
/** The Analytics page's date range and bet filters (every figure and chart follows them). */
export type AnalyticsFilter = ReqInput<'bankroll:get-analytics'>;
const PAGE = 200;
/** One request's page, and the most bets the table holds (far above a season's log). */
const FETCH = 5000;
const MAX_BETS = 50_000;
let betsSeq = 0;

interface BankrollState {
  summary: BankrollSummary | null;
  bets: Bet[];
  total: number;
  limit: number;
  filter: BetFilter;
  loaded: boolean;
  bookmakers: { key: string; title: string }[];
  analytics: BankrollAnalytics | null;
  analyticsFilter: AnalyticsFilter;
  /** The bet being edited in the form (null: a new bet). */
  editing: Bet | null;
  loadSummary(): Promise<void>;
  loadBets(): Promise<void>;
  loadBookmakers(): Promise<void>;
  loadAnalytics(): Promise<void>;
  setAnalyticsFilter(f: AnalyticsFilter): Promise<void>;
  setFilter(f: BetFilter): void;
  showMore(): void;
  setEditing(b: Bet | null): void;
  /** Applies a changed bet locally without waiting for the reload. */
  applyBet(b: Bet): void;
}

export const useBankrollStore = create<BankrollState>()((set, get) => ({
  summary: null,
  bets: [],
  total: 0,
  limit: PAGE,
  filter: {},
  loaded: false,
  bookmakers: [],
  analytics: null,
  analyticsFilter: {},
  editing: null,
  async loadSummary() {
    set({ summary: await api.call('bankroll:get-summary', {}) });
  },
  /** Every matching bet, in pages of 5 000 (the table virtualises its rows; 10 000 bets are fine). */
  async loadBets() {
    const { filter } = get();
    const seq = ++betsSeq;
    const first = await api.call('bankroll:list-bets', { ...filter, limit: FETCH, offset: 0 });
    let bets = first.bets;
    while (bets.length < first.total && bets.length < MAX_BETS) {
      const r = await api.call('bankroll:list-bets', { ...filter, limit: FETCH, offset: bets.length });
      if (r.bets.length === 0) break;
      bets = bets.concat(r.bets);
    }
    if (seq === betsSeq) set({ bets, total: first.total, loaded: true });
  },
  async loadBookmakers() {
    set({ bookmakers: await api.call('bankroll:list-bookmakers', {}) });
  },
  async loadAnalytics() {
    const filter = get().analyticsFilter;
    const analytics = await api.call('bankroll:get-analytics', filter);
    if (get().analyticsFilter === filter) set({ analytics });
  },
  async setAnalyticsFilter(analyticsFilter) {
    set({ analyticsFilter });
    await get().loadAnalytics();
  },
  setFilter(filter) {
    set({ filter, limit: PAGE });
    void get()
      .loadBets()
      .catch(() => {});
  },
  showMore() {
    set({ limit: get().limit + PAGE });
    void get()
      .loadBets()
      .catch(() => {});
  },
  setEditing: (editing) => set({ editing }),
  applyBet(b) {
    set({ bets: get().bets.map((x) => (x.id === b.id ? b : x)) });
  },
}));

let subscribed = false;

/** Listens to `bankroll:changed` and reconnects once for the whole app (idempotent). */
export function subscribeBankroll(): void {
  if (subscribed) return;
  subscribed = true;
  const reload = () => {
    const s = useBankrollStore.getState();
    void Promise.all([s.loadSummary(), s.loadBets(), s.analytics ? s.loadAnalytics() : null]).catch(() => {});
  };
  api.on('bankroll:changed', reload);
  api.onConnection((c) => c === 'open' && reload());
}
