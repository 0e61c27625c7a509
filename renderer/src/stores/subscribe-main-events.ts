/**
 * The one place that listens to the host. Subscribes to every pushed event once at startup
 * and writes into the stores; components only read stores. Nothing here polls.
 */
import type { EventName, Events } from '../../../shared/ipc/contract';
import { api, errorMessage } from '../api';
import { useBoardStore } from './board';
import { useCollectorStore } from './collector';
import { useSettingsStore } from './settings';
import { useUiStore } from './ui';

export type MainEventHandlers = { [E in EventName]?: (payload: Events[E]) => void };

const featureHandlers: MainEventHandlers[] = [];

/**
 * A feature's stores listen to their own pushed events through this (call it at module load,
 * e.g. in the feature's store file); subscribeMainEvents wires them with the core ones.
 */
export function onMainEvents(handlers: MainEventHandlers): void {
  featureHandlers.push(handlers);
}

/** Several `odds:updated` in a row (one per sport) become one refresh. */
const ODDS_COALESCE_MS = 150;

/** Loads everything the frame and the pages show; marks the document ready the first time. */
export async function loadAll(): Promise<void> {
  const board = useBoardStore.getState();
  const collector = useCollectorStore.getState();
  try {
    await Promise.all([
      useSettingsStore.getState().load(),
      collector.loadStatus(),
      collector.loadRuns(),
      collector.loadInfo(),
      board.loadSports(),
      board.loadEvents(),
    ]);
    useUiStore.getState().setLoadError(null);
    document.documentElement.dataset.ready = '1';
  } catch (e) {
    useUiStore.getState().setLoadError(errorMessage(e));
  }
}

export function subscribeMainEvents(): () => void {
  let pendingSports: Set<string> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flushOdds = (): void => {
    const keys = pendingSports ? [...pendingSports] : null;
    pendingSports = null;
    timer = null;
    void useBoardStore
      .getState()
      .refresh(keys)
      .catch(() => {});
  };

  const handlers: MainEventHandlers = {
    'collector:status': (status) => useCollectorStore.getState().applyStatus(status),
    'collector:run-finished': (run) => {
      useCollectorStore.getState().applyRun(run);
      // The database grew: refresh its size (an answer to an event, not a poll).
      void useCollectorStore
        .getState()
        .loadInfo()
        .catch(() => {});
    },
    'odds:updated': ({ sportKeys }) => {
      pendingSports ??= new Set();
      for (const k of sportKeys) pendingSports.add(k);
      timer ??= setTimeout(flushOdds, ODDS_COALESCE_MS);
    },
    'app:navigate': ({ page }) => useUiStore.getState().setPage(page),
    // a restored backup replaces every piece of data: reload everything once
    'backup:restored': () => void loadAll(),
    'settings:changed': (settings) => {
      const before = useSettingsStore.getState().settings;
      useSettingsStore.getState().apply(settings);
      if (!before || before.sports.join() !== settings.sports.join() || before.demoMode !== settings.demoMode) {
        void useBoardStore
          .getState()
          .refresh(null)
          .catch(() => {});
      }
    },
  };

  const offs = [handlers, ...featureHandlers].flatMap((set) =>
    (Object.keys(set) as EventName[]).map((name) => api.on(name, set[name] as (p: Events[EventName]) => void)),
  );

  let wasOpen = api.connection() === 'open';
  useUiStore.getState().setConnection(api.connection());
  offs.push(
    api.onConnection((state) => {
      useUiStore.getState().setConnection(state);
      // Back after a drop: events were missed while away, so reload everything once. Also
      // retry when the first load gave up before the host was reachable.
      if (state === 'open' && (wasOpen || useUiStore.getState().loadError)) void loadAll();
      if (state === 'open') wasOpen = true;
    }),
  );

  return () => {
    for (const off of offs) off();
    if (timer) clearTimeout(timer);
  };
}
