/**
 * The fast /odds parser must say exactly what the zod schemas + normalizers say: the same
 * normalized events for every real response, and a refusal for every damaged body.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { oddsEventsParser, eventOddsParser } from '../../electron/core/providers/odds-api/fast-odds-parser';
import { normalizeOddsEvent, normalizeOddsEvents } from '../../electron/core/providers/odds-api/normalize';
import { wireEventOddsSchema, wireOddsEventsSchema } from '../../electron/core/providers/odds-api/wire-schemas';
import { readResponse, RESPONSES } from '../helpers/fixtures';

const oddsFiles = readdirSync(RESPONSES).filter((f) => f.startsWith('odds_'));
const formatOf = (f: string) => (f.includes('american') ? 'american' : 'decimal') as 'american' | 'decimal';

describe('fast odds parser', () => {
  it.each(oddsFiles)('%s: identical to zod + normalize', (file) => {
    const json = readResponse(file);
    const fast = oddsEventsParser({ oddsFormat: formatOf(file) }).safeParse(json);
    const reference = normalizeOddsEvents(wireOddsEventsSchema.parse(json), { oddsFormat: formatOf(file) });
    expect(fast.success).toBe(true);
    expect(fast.success && fast.data).toEqual(reference);
  });

  it('event-odds (one object, props, no bookmaker last_update): identical', () => {
    const json = readResponse('event_odds_soccer_germany_bundesliga_2025-11-25.json');
    const fast = eventOddsParser({ oddsFormat: 'decimal' }).safeParse(json);
    expect(fast.success && fast.data).toEqual(normalizeOddsEvent(wireEventOddsSchema.parse(json), { oddsFormat: 'decimal' }));
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
