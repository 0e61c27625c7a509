/**
 * Wire formatting shared by the routes: time and odds formats, and the JSON of an event with odds
 * exactly as The Odds API v4 shapes it.
 */
import type { BookDef } from './catalogue';
import type { SimEvent } from './market-model';
import type { MarketQuotes } from './quotes';

/** Formats epoch ms as `YYYY-MM-DDTHH:MM:SSZ` (iso) or integer epoch seconds (unix). */
export function formatTime(ms: number, dateFormat: 'iso' | 'unix'): string | number {
  const sec = Math.floor(ms / 1000);
  return dateFormat === 'unix' ? sec : new Date(sec * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Decimal → American odds (signed integer). */
export function toAmerican(decimal: number): number {
  return decimal >= 2 ? Math.round((decimal - 1) * 100) : -Math.round(100 / (decimal - 1));
}

/** Event summary as served by /events. */
export function eventSummary(ev: SimEvent, dateFormat: 'iso' | 'unix') {
  return {
    id: ev.id,
    sport_key: ev.sport.key,
    sport_title: ev.sport.title,
    commence_time: formatTime(ev.commence, dateFormat),
    home_team: ev.home,
    away_team: ev.away,
  };
}

/** Options shaping an odds answer. */
export interface OddsShape {
  books: BookDef[];
  markets: string[];
  oddsFormat: 'decimal' | 'american';
  dateFormat: 'iso' | 'unix';
  /** /odds puts last_update on bookmakers; event-odds does not. */
  bookmakerLastUpdate: boolean;
}

/** An event with its bookmakers' odds; returns the JSON and the market keys actually present. */
export function eventWithOdds(ev: SimEvent, quotes: MarketQuotes[], shape: OddsShape): { json: object; marketKeys: Set<string> } {
  const marketKeys = new Set<string>();
  const price = (p: number) => (shape.oddsFormat === 'american' ? toAmerican(p) : p);
  const bookmakers: object[] = [];
  for (const book of shape.books) {
    const markets: Array<{ key: string; last_update: string | number; outcomes: object[] }> = [];
    let last = 0;
    const wantLay = shape.markets.includes('h2h') || shape.markets.includes('h2h_lay');
    for (const mq of quotes) {
      const q = mq.quotes.find((x) => x.book.key === book.key);
      if (!q) continue;
      const outcomes = (prices: number[]) =>
        mq.names.map((name, i) =>
          mq.points[i] === undefined ? { name, price: price(prices[i]) } : { name, price: price(prices[i]), point: mq.points[i] },
        );
      const lu = formatTime(q.lastUpdate, shape.dateFormat);
      if (shape.markets.includes(mq.market)) {
        markets.push({ key: mq.market, last_update: lu, outcomes: outcomes(q.prices) });
        marketKeys.add(mq.market);
        last = Math.max(last, q.lastUpdate);
      }
      if (mq.market === 'h2h' && q.lay && wantLay) {
        markets.push({ key: 'h2h_lay', last_update: lu, outcomes: outcomes(q.lay) });
        marketKeys.add('h2h_lay');
        last = Math.max(last, q.lastUpdate);
      }
    }
    if (markets.length === 0) continue;
    bookmakers.push(
      shape.bookmakerLastUpdate
        ? { key: book.key, title: book.title, last_update: formatTime(last, shape.dateFormat), markets }
        : { key: book.key, title: book.title, markets },
    );
  }
  return { json: { ...eventSummary(ev, shape.dateFormat), bookmakers }, marketKeys };
}
