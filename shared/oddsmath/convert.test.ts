import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fromDecimal, toDecimal } from './convert';
import { OddsMathError } from './errors';

describe('toDecimal', () => {
  it('reads decimal numbers and numeric strings', () => {
    expect(toDecimal(2.5, 'decimal')).toBe(2.5);
    expect(toDecimal(' 1.91 ', 'decimal')).toBe(1.91);
  });

  it('reads american odds as numbers and signed strings', () => {
    expect(toDecimal(-110, 'american')).toBeCloseTo(1.909090909091, 12);
    expect(toDecimal('+150', 'american')).toBe(2.5);
    expect(toDecimal('-200', 'american')).toBe(1.5);
    expect(toDecimal(100, 'american')).toBe(2);
    expect(toDecimal(-100, 'american')).toBe(2);
    expect(toDecimal('EVEN', 'american')).toBe(2);
  });

  it('reads fractional odds, evens and UK dash notation', () => {
    expect(toDecimal('5/2', 'fractional')).toBe(3.5);
    expect(toDecimal('2/7', 'fractional')).toBeCloseTo(1 + 2 / 7, 15);
    expect(toDecimal('evens', 'fractional')).toBe(2);
    expect(toDecimal('Evs', 'fractional')).toBe(2);
    expect(toDecimal('11-4', 'fractional')).toBe(3.75);
    expect(toDecimal(1.5, 'fractional')).toBe(2.5);
  });

  it.each([
    [50, 'american'],
    [0, 'american'],
    ['abc', 'decimal'],
    ['', 'decimal'],
    [1, 'decimal'],
    ['0/1', 'fractional'],
    ['5/0', 'fractional'],
    ['-5/2', 'fractional'],
    [0, 'fractional'],
  ] as const)('rejects %j as %s odds', (odds, format) => {
    expect(() => toDecimal(odds, format)).toThrowError(OddsMathError);
    try {
      toDecimal(odds, format);
    } catch (e) {
      expect((e as OddsMathError).code).toBe('INVALID_ODDS');
      expect((e as Error).message).toContain(format === 'decimal' && odds === 1 ? 'got 1' : JSON.stringify(odds).replace(/^"|"$/g, ''));
    }
  });

  it('rejects an unknown format', () => {
    expect(() => toDecimal(2, 'hongkong' as never)).toThrowError(/format must be one of/);
  });
});

describe('fromDecimal', () => {
  it('formats american and fractional odds', () => {
    expect(fromDecimal(2.5, 'american')).toBe(150);
    expect(fromDecimal(1 + 100 / 110, 'american')).toBe(-110);
    expect(fromDecimal(2, 'american')).toBe(100);
    expect(fromDecimal(2.5, 'fractional')).toBe('3/2');
    expect(fromDecimal(1 + 10 / 11, 'fractional')).toBe('10/11');
    expect(fromDecimal(11, 'fractional')).toBe('10/1');
    expect(fromDecimal(2, 'fractional')).toBe('1/1');
    expect(fromDecimal(1.3333333333, 'fractional')).toBe('1/3');
    expect(fromDecimal(3.14159, 'decimal')).toBe(3.14159);
  });

  it('keeps the denominator within the limit', () => {
    expect(fromDecimal(1 + Math.PI, 'fractional', 10)).toBe('22/7');
    expect(fromDecimal(1.001, 'fractional')).toBe('1/100');
  });

  it('round-trips every integer american price', () => {
    const american = fc.oneof(fc.integer({ min: 100, max: 100000 }), fc.integer({ min: -100000, max: -100 }));
    fc.assert(
      fc.property(american, (a) => {
        const back = fromDecimal(toDecimal(a, 'american'), 'american');
        return back === a || (Math.abs(a) === 100 && back === 100);
      }),
    );
  });

  it('round-trips simple fractions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (num, den) => {
        const frac = fromDecimal(toDecimal(`${num}/${den}`, 'fractional'), 'fractional');
        const [n2, d2] = frac.split('/').map(Number);
        return n2 * den === num * d2;
      }),
    );
  });
});
