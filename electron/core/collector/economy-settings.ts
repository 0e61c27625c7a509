/**
 * The credit plan's settings (plan size, reset day, reserve, planned mode, pinned sports, the
 * day's boost), stored with the other feature settings. Bad input is refused naming the field.
 */
import { z } from 'zod';
import type { EconomyOverride } from '../../../shared/domain/economy';
import { AppError } from '../../../shared/ipc/result';
import { createFeatureSettings } from '../settings/feature-settings';
import type { SettingsBackend } from '../settings/settings-service';
import { DEFAULT_ECONOMY, type EconomySettings } from './planned-collection';

const SPORT = /^[a-z0-9_]{2,64}$/;

const schema = z.object({
  planned: z.boolean(),
  planSize: z.number().int().min(0).max(100_000_000),
  resetDay: z.number().int().min(1).max(31),
  reserve: z.number().int().min(0).max(1_000_000),
  pinnedSports: z.array(z.string().regex(SPORT)).max(50),
  boostCredits: z.number().int().min(0).max(1_000_000),
  boostUntil: z.number().int().nullable(),
});

export function createEconomySettings(backend: SettingsBackend) {
  const store = createFeatureSettings(backend, 'economy', schema, DEFAULT_ECONOMY);
  return {
    get: (): EconomySettings => store.get(),
    /** Applies an override from the Status page or the CLI; `now` dates the boost (24 h). */
    apply(o: EconomyOverride, now: number): EconomySettings {
      const cur = store.get();
      if (o.resetDay !== undefined && (!Number.isInteger(o.resetDay) || o.resetDay < 1 || o.resetDay > 31)) {
        throw new AppError(
          'INVALID_REQUEST',
          `resetDay: ${String(o.resetDay)} is not a day of the month (1 to 31; 29–31 mean the month's last day in shorter months)`,
        );
      }
      if (o.planSize !== undefined && (!Number.isInteger(o.planSize) || o.planSize < 0)) {
        throw new AppError('INVALID_REQUEST', `planSize: ${String(o.planSize)} is not a number of credits (a whole number, 0 or more)`);
      }
      if ((o.pin !== undefined && !SPORT.test(o.pin)) || (o.unpin !== undefined && !SPORT.test(o.unpin))) {
        throw new AppError('INVALID_REQUEST', `pin: ${o.pin ?? o.unpin} is not a sport key (e.g. soccer_epl)`);
      }
      const pinned = new Set(cur.pinnedSports);
      if (o.pin) pinned.add(o.pin);
      if (o.unpin) pinned.delete(o.unpin);
      const patch: Partial<EconomySettings> = { pinnedSports: [...pinned] };
      for (const k of ['planned', 'planSize', 'resetDay', 'reserve'] as const)
        if (o[k] !== undefined) (patch as Record<string, unknown>)[k] = o[k];
      if (o.boostCredits !== undefined) {
        patch.boostCredits = o.boostCredits;
        patch.boostUntil = o.boostCredits > 0 ? now + 24 * 3600_000 : null;
      }
      return store.update(patch);
    },
  };
}

export type EconomySettingsStore = ReturnType<typeof createEconomySettings>;
