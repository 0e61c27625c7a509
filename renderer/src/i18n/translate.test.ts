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

describe('one catalogue', () => {
  const sp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
  it('plurals by the language rules: 0 and 1 singular in French', () => {
    expect(getTranslator('fr').tp('bets.imported', 1)).toBe('1 pari importé.');
    expect(getTranslator('fr').tp('bets.imported', 0)).toBe('0 pari importé.');
    expect(getTranslator('en').tp('bets.imported', 0)).toBe('0 bets imported.');
    expect(getTranslator('fr').tp('count.credits', 1)).toBe('1 crédit');
  });
  it('renders a core message in the reader language, numbers included', () => {
    const m = { code: 'sum.quotaLow', params: { remaining: 40, plan: 500, share: 8, threshold: 10 } };
    expect(sp(getTranslator('fr').msg(m))).toBe('Crédits restants : 40 sur 500 (8,0 %, seuil 10,0 %)');
    expect(getTranslator('en').msg(m)).toBe('Credits remaining: 40 of 500 (8.0%, threshold 10.0%)');
  });
  it('maps error codes, and keeps the host text for an unknown one', () => {
    expect(getTranslator('fr').errorText('INVALID_KEY', 'The Odds API key was refused')).toBe('Clé The Odds API refusée.');
    expect(getTranslator('fr').errorText('SOMETHING_NEW', 'as the host said')).toBe('as the host said');
  });
  it('names outcomes', () => {
    expect(getTranslator('fr').outcome('Draw')).toBe('Nul');
    expect(getTranslator('fr').outcome('Over', 2.5)).toBe('Plus de 2,5');
    expect(getTranslator('en').outcome('Under', 2.5)).toBe('Under 2.5');
    expect(getTranslator('fr').outcome('Lens')).toBe('Lens');
  });
});
