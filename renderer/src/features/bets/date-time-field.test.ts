import { describe, expect, it } from 'vitest';
import { readLocal, showLocal } from './DateTimeField';

describe('day/month/year date field', () => {
  it('reads what a French user types, and ISO', () => {
    expect(readLocal('14/08/2022 22:00')).toBe('2022-08-14T22:00');
    expect(readLocal('4/8/2022 9h05')).toBe('2022-08-04T09:05');
    expect(readLocal('14/08/2022')).toBe('2022-08-14T00:00');
    expect(readLocal('2022-08-14 22:00')).toBe('2022-08-14T22:00');
  });
  it('refuses what is not a date (never a month 14, never the 31st of June)', () => {
    expect(readLocal('08/14/2022')).toBeNull();
    expect(readLocal('31/06/2022')).toBeNull();
    expect(readLocal('14/08/2022 25:00')).toBeNull();
    expect(readLocal('demain')).toBeNull();
  });
  it('shows the form value day first', () => {
    expect(showLocal('2022-08-14T22:00')).toBe('14/08/2022 22:00');
    expect(showLocal('')).toBe('');
  });
});
