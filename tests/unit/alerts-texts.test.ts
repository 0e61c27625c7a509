import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../electron/core/alerts/default-rules';
import { en, fmt, fr, ruleDisplayName, t } from '../../electron/core/alerts/texts';

describe('alert texts', () => {
  it('English has every French key and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    const ph = (s: string) => (s.match(/\{[^}]+\}/g) ?? []).sort();
    for (const k of Object.keys(fr) as (keyof typeof fr)[]) expect(ph(en[k]), k).toEqual(ph(fr[k]));
  });

  it('fills placeholders and formats with Intl for the language', () => {
    expect(t('en', 'sum.bankroll', { value: 850, threshold: 900 })).toBe('Bankroll €850.00 below €900.00');
    expect(t('fr', 'sum.bankroll', { value: 850, threshold: 900 })).toBe('Bankroll 850,00\u00a0€ sous 900,00\u00a0€');
    expect(fmt('en').pct(-3.25)).toBe('-3.3%');
    expect(fmt('fr').pct(2)).toMatch(/^2,0\s%$/);
    expect(fmt('en').when(Date.UTC(2026, 10, 25, 12))).toMatch(/^25 Nov 2026, \d\d:00$/);
  });

  it('default rule names: stored in French, shown in the language unless edited', () => {
    expect(DEFAULT_RULES.find((r) => r.id === 'bankroll-critical')?.name).toBe('Bankroll critique');
    for (const r of DEFAULT_RULES) expect(ruleDisplayName(r, 'en'), r.id).not.toBe(r.name);
    expect(ruleDisplayName({ id: 'bankroll-critical', name: 'Bankroll critique' }, 'en')).toBe('Critical bankroll');
    expect(ruleDisplayName({ id: 'bankroll-critical', name: 'Critical bankroll' }, 'fr')).toBe('Bankroll critique');
    expect(ruleDisplayName({ id: 'bankroll-critical', name: 'Ma bankroll' }, 'en')).toBe('Ma bankroll');
    expect(ruleDisplayName({ id: 'my-rule', name: 'Bankroll critique' }, 'en')).toBe('Bankroll critique');
  });
});
