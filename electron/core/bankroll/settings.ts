/** The bankroll's feature settings (stored under `bankroll`, validated whole). */
import { z } from 'zod';
import type { BankrollSettings } from '../../../shared/ipc/channels/bankroll';
import { createFeatureSettings, type FeatureSettings } from '../settings/feature-settings';
import type { SettingsBackend } from '../settings/settings-service';

/** Validation of the bankroll settings (an update with a bad field is refused whole). */
export const bankrollSettingsSchema = z
  .object({
    /** Run the settlement pass on a schedule. */
    autoSettle: z.boolean(),
    /** Minutes between two settlement passes. */
    settleIntervalMinutes: z.number().int().min(5).max(24 * 60),
    /** Minutes after kick-off before /scores is asked about an event (a match must be over). */
    resultDelayMinutes: z.number().int().min(60).max(24 * 60),
    /** Hours after kick-off after which a bet with no score is flagged for a manual result. */
    noScoreFlagHours: z.number().int().min(6).max(24 * 30),
    /** The sharp book whose devigged close gives the no-vig CLV. */
    sharpBookmaker: z.string().regex(/^[a-z0-9_]{2,60}$/, 'a bookmaker key like pinnacle'),
    /** A close last seen longer than this before kick-off is "estimated". */
    closeMaxAgeMinutes: z.number().int().min(1).max(7 * 24 * 60),
  })
  .strict();

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
