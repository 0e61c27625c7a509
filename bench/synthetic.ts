/** Real-shaped /odds data at any size: the real EPL response's books and prices, cloned onto new events. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('../tests/fixtures/odds-api/responses/odds_soccer_epl_eu_h2h_2024-10-13.json', import.meta.url));

type WireEvent = {
  id: string;
  sport_key: string;
  commence_time: string;
  home_team: string;
  away_team: string;
  bookmakers: { key: string; markets: { key: string; outcomes: { name: string; price: number }[] }[] }[];
};

/** A deterministic PRNG so every run of the benchmark stores the same data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base = JSON.parse(readFileSync(SOURCE, 'utf8')) as WireEvent[];

/** `n` events shaped like the real EPL response (19 books, 3-way h2h), commence times from `start`. */
export function syntheticOddsBody(n: number, opts: { start: number; seed?: number; idPrefix?: string; books?: number }): WireEvent[] {
  const rnd = mulberry32(opts.seed ?? 1);
  const out: WireEvent[] = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length];
    const ev: WireEvent = structuredClone(src);
    ev.id = (opts.idPrefix ?? 'e') + i.toString(16).padStart(31 - (opts.idPrefix ?? 'e').length, '0');
    ev.home_team = `${src.home_team} ${Math.floor(i / base.length)}`;
    ev.away_team = `${src.away_team} ${Math.floor(i / base.length)}`;
    ev.commence_time = new Date(opts.start + (i % 500) * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (opts.books) ev.bookmakers = ev.bookmakers.slice(0, opts.books);
    for (const b of ev.bookmakers)
      for (const m of b.markets)
        for (const o of m.outcomes) {
          if (o.name === src.home_team) o.name = ev.home_team;
          else if (o.name === src.away_team) o.name = ev.away_team;
          o.price = Math.round(o.price * (0.97 + rnd() * 0.06) * 100) / 100;
        }
    out.push(ev);
  }
  return out;
}

/** Moves a share of the prices by a tick, as a poll with some movement would. */
export function movePrices(body: WireEvent[], share: number, seed: number): WireEvent[] {
  const rnd = mulberry32(seed);
  const next = structuredClone(body);
  for (const ev of next)
    for (const b of ev.bookmakers)
      for (const m of b.markets)
        for (const o of m.outcomes) {
          if (rnd() < share) o.price = Math.max(1.01, Math.round((o.price + (rnd() < 0.5 ? -0.01 : 0.01)) * 100) / 100);
        }
  return next;
}

export function countPrices(body: WireEvent[]): number {
  let n = 0;
  for (const ev of body) for (const b of ev.bookmakers) for (const m of b.markets) n += m.outcomes.length;
  return n;
}
