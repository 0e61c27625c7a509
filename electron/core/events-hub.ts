/** Fan-out of pushed events from the core to whichever hosts are attached. */
import type { EmitEvent, EventName, Events } from '../../shared/ipc/contract';

export type EventListener = <E extends EventName>(name: E, payload: Events[E]) => void;

export function createEventsHub() {
  const listeners = new Set<EventListener>();
  const emit: EmitEvent = (name, payload) => {
    for (const l of listeners) {
      try {
        l(name, payload);
      } catch {
        /* a broken listener must not stop the others */
      }
    }
  };
  return {
    emit,
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
