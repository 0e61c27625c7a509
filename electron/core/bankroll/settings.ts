/** The bankroll's feature settings (stored under `bankroll`, validated whole by the contract's schema). */
import type { BankrollSettings } from '../../../shared/domain/bankroll';
import { bankrollSettingsSchema } from '../../../shared/ipc/channels/bankroll';
import { createFeatureSettings, type FeatureSettings } from '../settings/feature-settings';
import type { SettingsBackend } from '../settings/settings-service';

/** Defaults (documented in README.md). */
export const BANKROLL_DEFAULTS: BankrollSettings = {
  autoSettle: true,
  settleIntervalMinutes: 30,
  resultDelayMinutes: 150,
  noScoreFlagHours: 72,
  sharpBookmaker: 'pinnacle',
  closeMaxAgeMinutes: 60,
};

/** The bankroll's settings, stored under `bankroll`. */
export function createBankrollSettings(backend: SettingsBackend): FeatureSettings<BankrollSettings> {
  return createFeatureSettings(backend, 'bankroll', bankrollSettingsSchema, BANKROLL_DEFAULTS);
}
