/**
 * The fast /odds parser (the product's only /odds reader) must give, for every recorded real
 * response, the normalized events computed once and kept in
 * tests/fixtures/odds-api/normalized-expected.json (counts, the first event in full, a SHA-256
 * of the whole), and refuse every damaged body the zod wire schemas refuse.
 */
import { describe, expect, it } from 'vitest';
import { oddsEventsParser, eventOddsParser } from '../../electron/core/providers/odds-api/fast-odds-parser';
import { wireOddsEventsSchema } from '../../electron/core/providers/odds-api/wire-schemas';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, readResponse, RESPONSES } from '../helpers/fixtures';
import { digestNormalized } from '../helpers/normalized-digest';

const oddsFiles = readdirSync(RESPONSES).filter((f) => f.startsWith('odds_'));
const formatOf = (f: string) => (f.includes('american') ? 'american' : 'decimal') as 'american' | 'decimal';

describe('fast odds parser', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'odds-api', 'normalized-expected.json'), 'utf8')).files as Record<
    string,
    { oddsFormat: 'american' | 'decimal'; dropped: number }
  >;

  it('has expected values for every recorded odds response', () => {
    expect(oddsFiles.length).toBeGreaterThan(0);
    for (const f of oddsFiles) expect(expected[f], f).toBeDefined();
  });

  it.each(oddsFiles)('%s: the expected normalized events', (file) => {
    let dropped = 0;
    const fast = oddsEventsParser({ oddsFormat: formatOf(file), onDroppedOutcome: () => dropped++ }).safeParse(readResponse(file));
    expect(fast.success).toBe(true);
    if (!fast.success) return;
    expect({ oddsFormat: formatOf(file), ...digestNormalized(fast.data), dropped }).toEqual(expected[file]);
  });

  it('event-odds (one object, props, no bookmaker last_update): the expected event', () => {
    const file = 'event_odds_soccer_germany_bundesliga_2025-11-25.json';
    const fast = eventOddsParser({ oddsFormat: 'decimal' }).safeParse(readResponse(file));
    expect(fast.success).toBe(true);
    if (!fast.success) return;
    expect({ oddsFormat: 'decimal', ...digestNormalized([fast.data]), dropped: 0 }).toEqual(expected[file]);
    // the bookmaker's time is its newest market update (event-odds bookmakers carry none)
    const b = fast.data.bookmakers[0];
    expect(b.lastUpdate).toBe(Math.max(...b.markets.map((m) => m.lastUpdate ?? 0)));
  });

  const damage: [string, (j: any) => void][] = [
    ['a price as a string', (j) => (j[0].bookmakers[0].markets[0].outcomes[0].price = '2.1')],
    ['a missing outcome name', (j) => delete j[1].bookmakers[2].markets[0].outcomes[1].name],
    ['bookmakers not an array', (j) => (j[2].bookmakers = {})],
    ['a bad commence time', (j) => (j[0].commence_time = 'tomorrow')],
    ['an empty event id', (j) => (j[3].id = '')],
    ['a bad market last_update', (j) => (j[0].bookmakers[0].markets[0].last_update = 'soon')],
    ['a point as text', (j) => (j[0].bookmakers[0].markets[0].outcomes[0].point = '-1.5')],
    ['an event that is null', (j) => (j[4] = null)],
  ];
  it.each(damage)('refuses %s, like zod', (_name, hurt) => {
    const json = readResponse('odds_soccer_epl_eu_h2h_2024-10-13.json') as any[];
    hurt(json);
    const fast = oddsEventsParser({ oddsFormat: 'decimal' }).safeParse(json);
    expect(wireOddsEventsSchema.safeParse(json).success).toBe(false);
    expect(fast.success).toBe(false);
    if (!fast.success) expect(fast.error.issues[0].path.length).toBeGreaterThan(0);
  });

  it('refuses a body that is not an array', () => {
    expect(oddsEventsParser({ oddsFormat: 'decimal' }).safeParse({ message: 'x' }).success).toBe(false);
  });
});
