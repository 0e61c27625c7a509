/**
 * Fuzz: thousands of random payloads to every channel through dispatch, on a real core with a
 * real SQLite file. Each payload the channel's schema refuses must get INVALID_REQUEST naming
 * the field (or the unknown key), never a crash, and nothing may be written anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ZodError } from 'zod';
import { createCore, type Core } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createMemorySettingsBackend, type SettingsBackend } from '../../electron/core/settings/settings-service';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { CHANNELS, requestSchemas } from '../../shared/ipc/contract';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
let core: Core;
let backend: SettingsBackend;
const secrets = createMemorySecretStore();

beforeAll(async () => {
  backend = createMemorySettingsBackend();
  core = await createCore({
    dataDir: tempDir(),
    host: 'headless',
    version: 'test',
    log,
    noSimulator: true,
    secrets,
    settingsBackend: backend,
  });
});
afterAll(async () => {
  await core.close();
});

const changes = () =>
  (core.workspace().db as unknown as { prepare(s: string): { get(): { n: number } } }).prepare('SELECT total_changes() AS n').get().n;

/** Random values, biased towards what breaks validators: wrong types, huge/odd numbers, long and odd strings. */
const nasty = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -1, 1e308, 2 ** 53, '', ' ', '\u0000', '__proto__', [], {}),
  fc.string({ maxLength: 300 }),
  fc.double(),
  fc.integer(),
);

/** Objects with the channel's own keys (so field checks are reached) and sometimes an extra key. */
function payloads(channel: (typeof CHANNELS)[number]) {
  const schema = requestSchemas[channel] as unknown as { shape?: Record<string, unknown> };
  const keys = Object.keys(schema.shape ?? {});
  const shaped = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, nasty])), { requiredKeys: [] }) : fc.constant({});
  const withExtra = fc.tuple(shaped, fc.string({ minLength: 1, maxLength: 12 }), nasty).map(([o, k, v]) => ({ ...o, [k]: v }));
  return fc.oneof(shaped, withExtra, nasty);
}

/** What a message must mention for this refusal: the field path, the unknown key, or "request". */
function expectedMention(err: ZodError): string {
  const first = err.issues[0];
  if (first.path.length) return first.path.join('.');
  if (first.code === 'unrecognized_keys') return (first as { keys: string[] }).keys[0];
  return 'request';
}

describe('fuzzing every channel through dispatch', () => {
  it('refuses every invalid payload with INVALID_REQUEST naming the field, writes nothing, never crashes', async () => {
    const before = { changes: changes(), settings: JSON.stringify(backend.store), key: secrets.get('oddsApiKey') };
    let refused = 0;
    for (const channel of CHANNELS) {
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (raw) => {
          const parsed = requestSchemas[channel].safeParse(raw ?? {});
          fc.pre(!parsed.success); // valid payloads are the handlers' business, not this test's
          const res = await dispatch(core.handlers, channel, raw, log);
          expect(res.ok).toBe(false);
          if (res.ok) return;
          expect(res.error.code).toBe('INVALID_REQUEST');
          expect(res.error.message).toContain(expectedMention(parsed.error!));
          refused++;
        }),
        { numRuns: 60, seed: 9, maxSkipsPerRun: 1000 },
      );
    }
    expect(refused).toBeGreaterThan(2000);
    expect(changes()).toBe(before.changes);
    expect(JSON.stringify(backend.store)).toBe(before.settings);
    expect(secrets.get('oddsApiKey')).toBe(before.key);
  });

  it('refuses unknown channels and non-string names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.anything()), fc.anything(), async (channel, raw) => {
        fc.pre(!(typeof channel === 'string' && (CHANNELS as string[]).includes(channel)));
        const res = await dispatch(core.handlers, channel, raw, log);
        expect(res.ok).toBe(false);
        if (!res.ok) expect(res.error.code).toBe('INVALID_REQUEST');
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});
