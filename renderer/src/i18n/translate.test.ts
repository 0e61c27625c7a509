import { describe, expect, it } from 'vitest';
import { en } from './en';
import { getFormatters } from './format';
import { fr } from './fr';
import { getTranslator } from './translate';

describe('i18n', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
  it('fills placeholders and plurals', () => {
    expect(getTranslator('fr').t('strip.credits', { n: 12 })).toBe('crédits restants : 12');
    expect(getTranslator('fr').tp('board.events', 1)).toBe('1 match');
    expect(getTranslator('en').tp('board.events', 3)).toBe('3 events');
  });
  it('formats French numbers, money, odds and ages', () => {
    const f = getFormatters('fr');
    const sp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
    expect(sp(f.money(1030))).toBe('1 030,00 €');
    expect(f.odds(2.15)).toBe('2,15');
    expect(sp(f.relative(0, 4 * 60_000))).toBe('il y a 4 min');
  });
});
