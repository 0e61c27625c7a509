// Reproduces every reference vector in tests/fixtures/oddsmath-vectors.json (built from
// penaltyblog, R implied, pybettor, shin; see ../shared/reference/odds-math.md) through the public
// API of shared/oddsmath, within each vector's stated absolute tolerance. A vector whose `method`
// has no handler here fails, so new vectors cannot be skipped silently.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  arbitrage,
  backLayHedge,
  booksum,
  clv,
  consensusProbability,
  devig,
  edge,
  equalPayoutStakes,
  expectedLogGrowth,
  expectedValue,
  hedgePosition,
  hold,
  kelly,
  kellyMutuallyExclusive,
  middleOutcomes,
  overround,
  pointsClv,
  priceClv,
  toDecimal,
  type DevigMethod,
} from '../../shared/oddsmath';

interface Vector {
  id: string;
  method: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
  tolerance: number;
}

const vectors = JSON.parse(readFileSync(new URL('../fixtures/oddsmath-vectors.json', import.meta.url), 'utf8')) as Vector[];

/** Compares numbers (recursively through arrays/objects) within an absolute tolerance; others exactly. */
function expectClose(actual: unknown, expected: unknown, tol: number, path: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, `${path} type`).toBe('number');
    expect(Math.abs((actual as number) - expected), `${path}: got ${String(actual)}, want ${expected}`).toBeLessThanOrEqual(tol);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    expect((actual as unknown[]).length, `${path} length`).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, tol, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    for (const [k, e] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], e, tol, `${path}.${k}`);
  } else {
    expect(actual, path).toBe(expected);
  }
}

const num = (x: unknown): number => x as number;
const nums = (x: unknown): number[] => x as number[];
const american = (x: unknown): number => toDecimal(x as number, 'american');

const DEVIG_ALIASES: Record<string, DevigMethod> = {
  multiplicative: 'multiplicative',
  additive: 'additive',
  power: 'power',
  shin: 'shin',
  shin_grossmargin: 'shin',
  odds_ratio: 'odds_ratio',
  goto: 'goto',
  balanced_book: 'balanced_book',
  differential_margin_weighting: 'wpo',
  wpo_margin_weights_proportional_to_odds: 'wpo',
  jensen_shannon: 'jsd',
};

function runDevig(v: Vector, method: DevigMethod): Record<string, unknown> {
  let odds: number[];
  if (v.input.odds_american) {
    odds = nums(v.input.odds_american).map(american);
    expectClose(odds, v.input.decimal_equivalent, 1e-12, 'decimal_equivalent');
  } else {
    odds = nums(v.input.odds);
  }
  const grossMargin = v.input.grossmargin === undefined ? undefined : num(v.input.grossmargin);
  const r = devig(odds, method, { grossMargin });
  return {
    probabilities: r.probabilities,
    margin: r.margin,
    k: r.k,
    z: r.z,
    c: r.c,
    distance: r.distance,
    specific_margins: r.specificMargins,
  };
}

/** Each handler maps a vector's input to an object shaped like its `expected`. */
const HANDLERS: Record<string, (v: Vector) => Record<string, unknown>> = {
  overround_and_hold: (v) => {
    const odds = nums(v.input.odds).map(american);
    return { booksum: booksum(odds), overround: overround(odds), hold: hold(odds) };
  },
  odds_conversion: (v) => ({ decimal: nums(v.input.american).map(american) }),
  implied_probability: (v) => ({
    american: nums(v.input.american).map((a) => 1 / toDecimal(a, 'american')),
    decimal: nums(v.input.decimal).map((d) => 1 / toDecimal(d, 'decimal')),
    fractional: (v.input.fractional as string[]).map((f) => 1 / toDecimal(f, 'fractional')),
  }),
  value_bet: ({ input: { odds, p } }) => ({
    implied: 1 / num(odds),
    edge: edge(num(p), num(odds)),
    ev_per_unit: expectedValue(num(p), num(odds)),
    kelly: kelly(num(p), num(odds)),
  }),
  expected_value: ({ input: { odds, p } }) => ({ ev_per_unit: expectedValue(num(p), num(odds)) }),
  edge: ({ input }) => ({ edge: edge(num(input.p), american(input.american)) }),
  value_bet_consensus_alpha: ({ input }) => {
    const p = consensusProbability(nums(input.book_odds_for_outcome), num(input.alpha));
    const ev = expectedValue(p, num(input.offered));
    return { p_consensus: p, min_odds_to_bet: 1 / p, bet: ev > 0, ev };
  },
  kelly_single: ({ input: { odds, p, fraction } }) => {
    const stake = kelly(num(p), num(odds), num(fraction));
    return { stake, expected_log_growth: expectedLogGrowth(num(p), num(odds), stake) };
  },
  kelly_mutually_exclusive: ({ input }) => {
    const r = kellyMutuallyExclusive(nums(input.p), nums(input.odds));
    return { stakes: r.stakes, total: r.total, reserve_rate: r.reserveRate, expected_log_growth: r.expectedLogGrowth };
  },
  arbitrage: ({ input }) => {
    if (input.bookmaker_odds) {
      const r = arbitrage(input.bookmaker_odds as number[][]);
      return {
        best_odds: r.bestOdds,
        best_bookmaker_index: r.bestBookmaker,
        booksum: r.booksum,
        guaranteed_return: r.guaranteedReturn,
        arb_margin: r.arbMargin,
        stake_fractions: r.stakeFractions,
      };
    }
    const best = nums(input.best_odds);
    const a = arbitrage([best]);
    if (input.target_return !== undefined) {
      // Stakes that pay `target_return` whatever happens: outlay = target · booksum.
      const s = equalPayoutStakes(best, num(input.target_return) * a.booksum);
      return {
        booksum: a.booksum,
        outlay: s.totalStake,
        stakes: s.stakes,
        profit: s.profit,
        arb_margin: a.arbMargin,
        return_on_outlay: a.guaranteedReturn,
        payout_check: s.minPayout,
      };
    }
    const s = equalPayoutStakes(best, num(input.total_stake));
    return { booksum: a.booksum, profit_pct: s.profitPct, stakes: s.stakes, payout: s.minPayout, profit: s.profit };
  },
  back_lay_hedge: ({ input }) => {
    const r = backLayHedge({
      backStake: num(input.back_stake),
      backOdds: num(input.back_odds),
      layOdds: num(input.lay_odds),
      commission: num(input.commission),
    });
    return {
      lay_stake: r.layStake,
      liability: r.liability,
      profit_if_back_wins: r.profitIfBackWins,
      profit_if_back_loses: r.profitIfBackLoses,
    };
  },
  hedge_existing_position: ({ input }) => {
    const r = hedgePosition(nums(input.existing_stakes), nums(input.existing_odds), nums(input.hedge_odds));
    return { hedge_stakes: r.hedgeStakes, guaranteed_profit: r.guaranteedProfit };
  },
  middle: ({ input }) => {
    // The legs are prose ("Jets -2.5 at -110 risking 110"); A = Jets, B = Raiders.
    const leg = (text: unknown): { odds: number; stake: number } => {
      const m = /at ([+-]\d+) risking (\d+)/.exec(String(text));
      if (!m) throw new Error(`cannot parse leg ${String(text)}`);
      return { odds: toDecimal(m[1], 'american'), stake: Number(m[2]) };
    };
    const a = leg(input.leg1);
    const b = leg(input.leg2);
    const p = input.p as Record<string, number>;
    const r = middleOutcomes({
      stakeA: a.stake,
      oddsA: a.odds,
      stakeB: b.stake,
      oddsB: b.odds,
      pBoth: p.jets_by_3,
      pAOnly: p.jets_by_4plus,
      pBOnly: p.raiders_cover,
    });
    return { net: { jets_by_4plus: r.netAOnly, jets_by_3: r.netBoth, raiders_cover: r.netBOnly }, ev: r.ev };
  },
  clv_odds_ratio: ({ input }) => ({
    clv: (input.cases as Record<string, number | string>[]).map((c) => {
      const [fmt, prefix] =
        c.bet_american !== undefined
          ? (['american', 'american'] as const)
          : c.bet_decimal !== undefined
            ? (['decimal', 'decimal'] as const)
            : (['fractional', 'fractional'] as const);
      return priceClv(toDecimal(c[`bet_${prefix}`], fmt), toDecimal(c[`close_${prefix}`], fmt));
    }),
  }),
  clv_probability_points: ({ input }) => {
    const taken = american(input.bet_american);
    const close = american(input.close_american);
    return { clv_pp: 100 * pointsClv(taken, close), clv_ratio: priceClv(taken, close) };
  },
  clv_no_vig: ({ input }) => {
    const taken = american(input.bet_american);
    const close = [american(input.close_american_same_side), american(input.close_american_other_side)];
    const r = clv(taken, close, 0, input.devig as DevigMethod);
    return {
      close_booksum: booksum(close),
      fair_close_p: r.fairCloseProbability,
      fair_close_odds: 1 / r.fairCloseProbability,
      clv_raw: r.raw,
      clv_novig: r.noVig,
      clv_pp_novig: 100 * r.noVigPoints,
    };
  },
};

describe('oddsmath reference vectors (tests/fixtures/oddsmath-vectors.json)', () => {
  it('the fixture holds vectors', () => {
    expect(vectors.length).toBeGreaterThan(30);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const alias = DEVIG_ALIASES[v.method];
    const handler = HANDLERS[v.method];
    expect(alias !== undefined || handler !== undefined, `no handler for method ${v.method}`).toBe(true);
    const actual = alias ? runDevig(v, alias) : handler(v);
    expectClose(actual, v.expected, v.tolerance, v.id);
    if (v.input.target_return !== undefined) {
      expect(Math.abs(num(actual.payout_check) - num(v.input.target_return))).toBeLessThan(1e-9);
    }
  });
});
