/**
 * Settings of one feature (scanner guards, alert thresholds, SMTP…), stored under its own key
 * beside the app settings and validated with the feature's zod schema: an update with a bad
 * field is refused whole, with a message naming the field.
 */
import type { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import { formatZodError } from '../util/zod-error';
import type { SettingsBackend } from './settings-service';

export interface FeatureSettings<T> {
  get(): T;
  /** Merges a partial update, validates the result, saves it; throws INVALID_REQUEST on a bad field. */
  update(patch: unknown): T;
}

export function createFeatureSettings<S extends z.ZodType<Record<string, unknown>>>(
  backend: SettingsBackend,
  key: string,
  schema: S,
  defaults: z.output<S>,
): FeatureSettings<z.output<S>> {
  const read = (): z.output<S> => {
    const saved = backend.store[key];
    const merged = { ...defaults, ...(typeof saved === 'object' && saved !== null ? saved : {}) };
    const parsed = schema.safeParse(merged);
    // a stored value that no longer validates (an older version's) falls back to the defaults
    return parsed.success ? parsed.data : defaults;
  };
  return {
    get: read,
    update(patch) {
      if (typeof patch !== 'object' || patch === null) throw new AppError('INVALID_REQUEST', `${key}: expected an object of settings`);
      const parsed = schema.safeParse({ ...read(), ...patch });
      if (!parsed.success) throw new AppError('INVALID_REQUEST', formatZodError(parsed.error));
      backend.store = { ...backend.store, [key]: parsed.data };
      return parsed.data;
    },
  };
}
