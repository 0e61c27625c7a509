// Table of bad inputs: every public function must throw OddsMathError with a code and a message
// naming the argument, its position and its value, and must never return NaN or Infinity.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DEVIG_METHODS,
  OddsMathError,
  arbitrage,
  booksum,
  clv,
  consensusProbability,
  devig,
  edge,
  effectiveOdds,
  equalPayoutStakes,
  expectedLogGrowth,
  expectedValue,
  fromDecimal,
  hedgePosition,
  hold,
  impliedProbabilities,
  kelly,
  kellyMutuallyExclusive,
  ledgerStats,
  overround,
  pointsClv,
  priceClv,
  toDecimal,
  type OddsMathErrorCode,
} from './index';

function expectOddsMathError(fn: () => unknown, code: OddsMathErrorCode, message: string | RegExp): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'should throw').toBeInstanceOf(OddsMathError);
  expect((thrown as OddsMathError).code).toBe(code);
  expect((thrown as Error).message).toMatch(message);
}

/** Functions taking one market's odds list, with the name they give that list in messages. */
const LIST_FUNCTIONS: [string, string, (odds: number[]) => unknown][] = [
  ['impliedProbabilities', 'odds', impliedProbabilities],
  ['booksum', 'odds', booksum],
  ['overround', 'odds', overround],
  ['hold', 'odds', hold],
  ...DEVIG_METHODS.map((m): [string, string, (odds: number[]) => unknown] => [`devig ${m}`, 'odds', (o) => devig(o, m)]),
  [
    'kellyMutuallyExclusive',
    'odds',
    (o) =>
      kellyMutuallyExclusive(
        o.map(() => 0.1),
        o,
      ),
  ],
  ['clv', 'closingOdds', (o) => clv(2, o, 0)],
  ['equalPayoutStakes', 'odds', (o) => equalPayoutStakes(o, 100)],
  [
    'hedgePosition',
    'hedgeOdds',
    (o) =>
      hedgePosition(
        o.map(() => 0),
        o.map(() => 2),
        o,
      ),
  ],
];

const BAD_LISTS: [number[], number, string][] = [
  [[0], 0, '0'],
  [[-2], 0, '-2'],
  [[NaN], 0, 'NaN'],
  [[2, 3, 0], 2, '0'],
  [[2, Infinity], 1, 'Infinity'],
  [[1, 2], 0, '1'],
  [[2, 0.5], 1, '0.5'],
];

describe('bad odds lists', () => {
  describe.each(LIST_FUNCTIONS)('%s', (_name, label, fn) => {
    it.each(BAD_LISTS)('%j → INVALID_ODDS naming position %i', (odds, index, shown) => {
      expectOddsMathError(() => fn(odds), 'INVALID_ODDS', `${label}[${index}] must be a finite number greater than 1, got ${shown}`);
    });

    it('single outcome → TOO_FEW_OUTCOMES', () => {
      expectOddsMathError(() => fn([2]), 'TOO_FEW_OUTCOMES', `${label} must list at least 2 outcomes, got 1`);
    });

    it('empty list → TOO_FEW_OUTCOMES', () => {
      expectOddsMathError(() => fn([]), 'TOO_FEW_OUTCOMES', /got 0/);
    });
  });

  it('consensusProbability accepts one price but not a bad one', () => {
    expect(consensusProbability([2], 0)).toBe(0.5);
    expectOddsMathError(() => consensusProbability([2, 0]), 'INVALID_ODDS', 'bookOdds[1] must be a finite number greater than 1, got 0');
    expectOddsMathError(() => consensusProbability([]), 'TOO_FEW_OUTCOMES', /at least 1 outcomes, got 0/);
  });

  it('arbitrage: 0 and NaN mean "not quoted", other bad cells are named', () => {
    expectOddsMathError(() => arbitrage([[0]]), 'TOO_FEW_OUTCOMES', 'bookOdds rows must list at least 2 outcomes, got 1');
    expectOddsMathError(() => arbitrage([[NaN]]), 'TOO_FEW_OUTCOMES', /got 1/);
    expectOddsMathError(() => arbitrage([[2]]), 'TOO_FEW_OUTCOMES', /got 1/);
    expectOddsMathError(() => arbitrage([[-2]]), 'INVALID_ODDS', 'bookOdds[0][0] must be a finite number greater than 1, got -2');
    expectOddsMathError(
      () =>
        arbitrage([
          [2, 3],
          [Infinity, 3],
        ]),
      'INVALID_ODDS',
      'bookOdds[1][0] must be a finite number greater than 1, got Infinity',
    );
    expectOddsMathError(
      () =>
        arbitrage([
          [2, 0],
          [2, NaN],
        ]),
      'NO_QUOTE',
      /outcome 1/,
    );
  });
});

describe('bad single odds', () => {
  const SCALAR_FUNCTIONS: [string, string, (o: number) => unknown][] = [
    ['toDecimal', 'decimal odds', (o) => toDecimal(o, 'decimal')],
    ['fromDecimal', 'decimal odds', (o) => fromDecimal(o, 'american')],
    ['kelly', 'odds', (o) => kelly(0.5, o)],
    ['expectedValue', 'odds', (o) => expectedValue(0.5, o)],
    ['edge', 'odds', (o) => edge(0.5, o)],
    ['expectedLogGrowth', 'odds', (o) => expectedLogGrowth(0.5, o, 0.1)],
    ['effectiveOdds', 'odds', (o) => effectiveOdds(o, 0)],
    ['priceClv taken', 'takenOdds', (o) => priceClv(o, 2)],
    ['priceClv close', 'closingOdds', (o) => priceClv(2, o)],
    ['pointsClv', 'closingOdds', (o) => pointsClv(2, o)],
    ['clv taken', 'takenOdds', (o) => clv(o, [2, 2], 0)],
  ];
  describe.each(SCALAR_FUNCTIONS)('%s', (_name, label, fn) => {
    it.each([0, -2, NaN, Infinity, 1])('%s → INVALID_ODDS', (o) => {
      expectOddsMathError(() => fn(o), 'INVALID_ODDS', new RegExp(`${label}.* must be a finite number greater than 1, got ${o}`));
    });
  });
});

describe('bad probabilities', () => {
  const PROB_FUNCTIONS: [string, string, (p: number) => unknown][] = [
    ['kelly', 'p', (p) => kelly(p, 2)],
    ['expectedValue', 'p', (p) => expectedValue(p, 2)],
    ['edge', 'p', (p) => edge(p, 2)],
    ['expectedLogGrowth', 'p', (p) => expectedLogGrowth(p, 2, 0.1)],
    ['kellyMutuallyExclusive', 'p[1]', (p) => kellyMutuallyExclusive([0.1, p], [2, 2])],
  ];
  describe.each(PROB_FUNCTIONS)('%s', (_name, label, fn) => {
    it.each([-0.1, 1.5, NaN, Infinity])('%s → INVALID_PROBABILITY', (p) => {
      expectOddsMathError(() => fn(p), 'INVALID_PROBABILITY', `${label} must be a probability in [0, 1], got ${p}`);
    });
  });
});

describe('mismatched lengths and other arguments', () => {
  it('names both arrays', () => {
    expectOddsMathError(() => kellyMutuallyExclusive([0.5], [2, 2]), 'LENGTH_MISMATCH', 'odds has 2 entries but p has 1');
    expectOddsMathError(
      () => equalPayoutStakes([2, 2], 10, { commissions: [0] }),
      'LENGTH_MISMATCH',
      'odds has 2 entries but commissions has 1',
    );
    expectOddsMathError(() => hedgePosition([1], [2, 2], [2, 2]), 'LENGTH_MISMATCH', 'hedgeOdds has 2 entries but existingStakes has 1');
    expectOddsMathError(
      () => hedgePosition([1, 1], [2, 2, 2], [2, 2]),
      'LENGTH_MISMATCH',
      'hedgeOdds has 2 entries but existingOdds has 3',
    );
  });

  it('names bad amounts and fractions', () => {
    expectOddsMathError(() => equalPayoutStakes([2, 2], 0), 'INVALID_ARGUMENT', 'total must be a finite number > 0, got 0');
    expectOddsMathError(() => equalPayoutStakes([2, 2], 10, { unit: -1 }), 'INVALID_ARGUMENT', 'unit must be a finite number > 0, got -1');
    expectOddsMathError(() => kelly(0.5, 2, 1.5), 'INVALID_ARGUMENT', 'fraction must be a finite number ≥ 0 and ≤ 1, got 1.5');
    expectOddsMathError(() => ledgerStats(NaN, []), 'INVALID_ARGUMENT', 'initialBankroll must be a finite number > 0, got NaN');
  });
});

/** True when every number reachable in `x` is finite (null allowed). */
function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x !== null && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

describe('never NaN or Infinity', () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.double({ min: 1, max: 50, noNaN: true }),
    fc.constantFrom(0, -1, 1, 2, NaN, Infinity, -Infinity, 1e308, 1 + 1e-15),
  );
  const anyList = fc.array(anyNumber, { minLength: 0, maxLength: 6 });

  it('either throws OddsMathError or returns only finite numbers', () => {
    const calls: ((xs: number[], a: number, b: number) => unknown)[] = [
      (xs) => impliedProbabilities(xs),
      (xs) => overround(xs),
      ...DEVIG_METHODS.map((m) => (xs: number[]) => devig(xs, m)),
      (xs) => arbitrage([xs, xs.map((x) => x * 1.01)]),
      (xs, a) => equalPayoutStakes(xs, a, { unit: 1 }),
      (xs, a) =>
        kellyMutuallyExclusive(
          xs.map(() => a),
          xs,
        ),
      (xs, a) => clv(a, xs, 0),
      (xs, a, b) =>
        hedgePosition(
          xs.map(() => a),
          xs.map(() => b),
          xs,
        ),
      (_xs, a, b) => kelly(a, b),
      (_xs, a, b) => expectedLogGrowth(a, b, 0.5),
      (_xs, a, b) => expectedValue(a, b),
      (_xs, a) => fromDecimal(a, 'fractional'),
      (_xs, a) => toDecimal(a, 'american'),
      (xs, a) =>
        ledgerStats(
          a,
          xs.map((x, i) => ({ stake: a, odds: x, result: i % 2 ? 'won' : 'lost', close: x })),
        ),
    ];
    fc.assert(
      fc.property(anyList, anyNumber, anyNumber, fc.integer({ min: 0, max: calls.length - 1 }), (xs, a, b, k) => {
        let out: unknown;
        try {
          out = calls[k](xs, a, b);
        } catch (e) {
          expect(e).toBeInstanceOf(OddsMathError);
          return;
        }
        expect(allFinite(out), JSON.stringify(out)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
