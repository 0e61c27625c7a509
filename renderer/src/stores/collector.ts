import { create } from 'zustand';
import type { AppInfo, CollectionRun, CollectorStatus } from '../../../shared/domain/collector';
import { api } from '../api';

const RUNS_LIMIT = 100;

interface CollectorState {
  status: CollectorStatus | null;
  runs: CollectionRun[];
  info: AppInfo | null;
  loadStatus(): Promise<void>;
  loadRuns(): Promise<void>;
  loadInfo(): Promise<void>;
  /** Starts a run and resolves with it when it is over; throws ApiError. */
  runNow(): Promise<CollectionRun>;
  setPaused(paused: boolean): Promise<void>;
  applyStatus(s: CollectorStatus): void;
  /** Inserts or replaces a run (by id), newest first. */
  applyRun(r: CollectionRun): void;
}

export const useCollectorStore = create<CollectorState>()((set, get) => ({
  status: null,
  runs: [],
  info: null,
  async loadStatus() {
    set({ status: await api.call('collector:get-status', {}) });
  },
  async loadRuns() {
    set({ runs: await api.call('collector:list-runs', { limit: RUNS_LIMIT }) });
  },
  async loadInfo() {
    set({ info: await api.call('app:get-info', {}) });
  },
  async runNow() {
    const run = await api.call('collector:run-now', {});
    get().applyRun(run);
    return run;
  },
  async setPaused(paused) {
    get().applyStatus(await api.call('collector:set-paused', { paused }));
  },
  applyStatus: (status) => set({ status }),
  applyRun(run) {
    const rest = get().runs.filter((r) => r.id !== run.id);
    const runs = [run, ...rest].sort((a, b) => b.startedAt - a.startedAt).slice(0, RUNS_LIMIT);
    set({ runs });
  },
}));
