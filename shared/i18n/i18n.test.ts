import { describe, expect, it } from 'vitest';
import { sharedEn, sharedFr } from './catalogue';
import { createCatalogue, fixedT } from './i18n';
import { marketParam, outcomeParam, renderMsg } from './messages';

const inst = createCatalogue({ fr: sharedFr, en: sharedEn });
const sp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const frT = fixedT(inst, 'fr');
const fr = (k: string, p?: Record<string, unknown>) => sp(frT(k, p));
const en = fixedT(inst, 'en');

describe('shared catalogue', () => {
  it('formats numbers the French way in French and the English way in English', () => {
    expect(fr('sum.bankroll', { value: 850, threshold: 1000 })).toBe('Bankroll 850,00 € sous 1 000,00 €');
    expect(en('sum.bankroll', { value: 850, threshold: 1000 })).toBe('Bankroll €850.00 below €1,000.00');
  });
  it('picks plurals by the language rules (French 0 and 1 singular)', () => {
    expect(fr('sum.roi', { count: 1, value: -3.25, threshold: 0 })).toBe('ROI -3,3 % sur 1 pari réglé (seuil 0,0 %)');
    expect(fr('sum.roi', { count: 12, value: -3.25, threshold: 0 })).toContain('12 paris réglés');
    expect(en('sum.roi', { count: 1, value: 5, threshold: 0 })).toContain('1 settled bet ');
  });
  it('renders an opportunity message with translated outcomes and decimal commas', () => {
    const m = {
      code: 'sum.opportunity',
      params: {
        kind: { t: 'oppKind.value' },
        edge: 10.1,
        home: 'Lens',
        away: 'Lille',
        market: marketParam('totals', 2.5),
        legs: {
          list: [
            { code: 'sum.leg', params: { outcome: outcomeParam('Over', 2.5), price: 1.9, book: 'betclic' } },
            { code: 'sum.leg', params: { outcome: outcomeParam('Draw', null), price: 3.6, book: 'unibet' } },
          ],
        },
      },
    };
    expect(sp(renderMsg(frT, m))).toBe('Value bet 10,1 % — Lens – Lille (Total 2,5) : Plus de 2,5 1,90 @ betclic, Nul 3,60 @ unibet');
    expect(renderMsg(en, m)).toBe('Value bet 10.1% — Lens v Lille (Total 2.5): Over 2.5 1.90 @ betclic, Draw 3.60 @ unibet');
  });
  it('gives the fallback for an unknown code', () => {
    expect(renderMsg(fr, { code: 'nope.x' }, 'as stored')).toBe('as stored');
  });
});
