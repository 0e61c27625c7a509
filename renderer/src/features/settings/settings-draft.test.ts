import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../../shared/domain/collector';
import { estimateCredits, formValues, parseInterval, toPatch, validate } from './settings-draft';

const saved: Settings = {
  apiKeySet: false,
  apiKeyMasked: null,
  demoMode: true,
  forceDemo: false,
  baseUrl: 'https://x',
  sports: ['soccer_epl'],
  regions: ['eu'],
  bookmakers: [],
  markets: ['h2h'],
  intervalMinutes: 30,
  language: 'fr',
  theme: 'system',
};

describe('settings draft', () => {
  it('accepts only whole minutes in range', () => {
    expect(parseInterval('15')).toBe(15);
    for (const bad of ['0', '2.5', '-1', 'abc', '', '10081']) expect(parseInterval(bad)).toBeNull();
  });
  it('validates as you type', () => {
    const v = formValues(saved, { intervalText: '2.5', markets: [], bookmakersText: 'ok_book, Bad Book' });
    expect(Object.keys(validate(v)).sort()).toEqual(['bookmakersText', 'intervalText', 'markets']);
  });
  it('sends only what changed, and the key when typed', () => {
    expect(toPatch(saved, formValues(saved, {}), '')).toEqual({});
    expect(toPatch(saved, formValues(saved, { intervalText: '60', sports: ['soccer_epl'] }), ' k ')).toEqual({
      apiKey: 'k',
      intervalMinutes: 60,
    });
  });
  it('estimates credits: sports × markets × regions per run', () => {
    const v = formValues(saved, { sports: ['a_b', 'c_d'], markets: ['h2h', 'totals'], regions: ['eu', 'uk'], intervalText: '60' });
    expect(estimateCredits(v)).toEqual({ perRun: 8, monthly: 8 * 720 });
  });
});
