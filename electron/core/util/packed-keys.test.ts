import { describe, expect, it } from 'vitest';
import { bookMarketKey, ID_LIMIT } from './packed-keys';

describe('packed keys', () => {
  it('gives distinct keys at the limits, exactly representable', () => {
    const top = bookMarketKey(ID_LIMIT - 1, ID_LIMIT - 1);
    expect(Number.isSafeInteger(top)).toBe(true);
    expect(top).not.toBe(bookMarketKey(ID_LIMIT - 1, ID_LIMIT - 2));
    expect(bookMarketKey(1, 0)).not.toBe(bookMarketKey(0, ID_LIMIT - 1));
  });

  it('refuses ids past the limits with a message naming them', () => {
    expect(() => bookMarketKey(ID_LIMIT, 1)).toThrow('bookmaker id 4096 does not fit a packed key (must be an integer in 0…4095)');
    expect(() => bookMarketKey(1, -1)).toThrow(/market id -1/);
    expect(() => bookMarketKey(1.5, 1)).toThrow(/bookmaker id 1.5/);
  });
});
