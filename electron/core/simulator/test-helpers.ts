/** Shared helpers of the simulator tests (real HTTP through fetch). */
import type { Simulator } from './server';

/** One HTTP answer with parsed JSON (null when the body is not JSON). */
export interface Got {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** GET a path (relative to the simulator's base URL). */
export async function get(sim: Simulator, path: string, init?: RequestInit): Promise<Got> {
  const res = await fetch(sim.url + path, init);
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: Object.fromEntries(res.headers), text, json };
}

/** Market of the served /odds JSON. */
export interface WireMarket {
  key: string;
  last_update: string | number;
  outcomes: Array<{ name: string; price: number; point?: number }>;
}
/** Bookmaker of the served /odds JSON. */
export interface WireBook {
  key: string;
  title: string;
  last_update?: string | number;
  markets: WireMarket[];
}
/** Event of the served /odds JSON. */
export interface WireEvent {
  id: string;
  sport_key: string;
  commence_time: string;
  home_team: string;
  away_team: string;
  bookmakers: WireBook[];
}

/** Groups the back markets of served events by event/market/point: outcome → best price and book, plus every book's prices. */
export function groupMarkets(events: WireEvent[]) {
  const out = new Map<
    string,
    {
      eventId: string;
      market: string;
      point: number | null;
      books: Map<string, number[]>;
      best: Map<string, { price: number; book: string }>;
      names: string[];
    }
  >();
  for (const ev of events) {
    for (const b of ev.bookmakers) {
      for (const m of b.markets) {
        if (m.key === 'h2h_lay') continue;
        const home = m.outcomes.find((o) => o.name === ev.home_team);
        const point = m.key === 'h2h' ? null : m.key === 'totals' ? m.outcomes[0].point! : home!.point!;
        const id = `${ev.id}|${m.key}|${point}`;
        let g = out.get(id);
        if (!g) {
          g = { eventId: ev.id, market: m.key, point, books: new Map(), best: new Map(), names: m.outcomes.map((o) => o.name) };
          out.set(id, g);
        }
        g.books.set(
          b.key,
          m.outcomes.map((o) => o.price),
        );
        for (const o of m.outcomes) {
          const cur = g.best.get(o.name);
          if (!cur || o.price > cur.price) g.best.set(o.name, { price: o.price, book: b.key });
        }
      }
    }
  }
  return out;
}

/** Σ 1/best over a grouped market. */
export const booksumOf = (best: Map<string, { price: number }>) => [...best.values()].reduce((a, b) => a + 1 / b.price, 0);
