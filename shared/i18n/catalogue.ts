/**
 * THE message catalogue's shared part: every text the core may write (alerts, e-mails, digest,
 * tray, error codes, markets, outcomes). The renderer adds its pages' texts to the same bundle
 * (renderer/src/i18n/fr.ts spreads `sharedFr`), so one i18next resource per language serves
 * the UI, the core and the tray. French is the reference; English is typed on its keys.
 */
import { alertsEn, alertsFr } from './alerts-texts';
import { domainEn, domainFr } from './domain-texts';

export const sharedFr = { ...alertsFr, ...domainFr };
export type SharedKey = keyof typeof sharedFr;
export const sharedEn: Record<SharedKey, string> = { ...alertsEn, ...domainEn };

import { createCatalogue, fixedT, type Lang, type TFn } from './i18n';

let inst: ReturnType<typeof createCatalogue> | null = null;
/** `t` over the shared catalogue in `lang` (the core, the tray, e-mails; built on first use). */
export function sharedT(lang: Lang): TFn {
  inst ??= createCatalogue({ fr: sharedFr, en: sharedEn });
  return fixedT(inst, lang);
}
