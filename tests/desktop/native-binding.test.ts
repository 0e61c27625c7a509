/**
 * The Electron host passes createCore the better-sqlite3 addon built for Electron
 * (`nativeBinding`); a file opened with better-sqlite3's own (Node) build would fail under
 * `npm start`. Every file the core opens — the workspace, a backup being checked, the restore —
 * must go through that addon. better-sqlite3 accepts the addon object itself as nativeBinding,
 * so a recording wrapper of the real addon shows which files used it.
 */
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const require_ = createRequire(import.meta.url);
const log = createLogger('test', { sinks: [silentSink] });

function recordingAddon() {
  const real = require_('better-sqlite3/build/Release/better_sqlite3.node') as Record<string, unknown> & {
    Database: new (...a: unknown[]) => object;
  };
  const opened: string[] = [];
  function Database(this: unknown, ...args: unknown[]) {
    opened.push(basename(String(args[0])));
    return new real.Database(...args);
  }
  Database.prototype = real.Database.prototype;
  return { addon: { ...real, Database }, opened };
}

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

it('a backup and a restore open every file with the host addon', async () => {
  const { addon, opened } = recordingAddon();
  core = await createCore({
    dataDir: tempDir(),
    host: 'electron',
    version: 'test',
    log,
    secrets: createMemorySecretStore(),
    settingsBackend: createMemorySettingsBackend(),
    simulator: { minRequestIntervalMs: 0 },
    requestGapMs: 0,
    nativeBinding: addon as unknown as string,
  });
  expect(opened).toContain('demo.sqlite');
  const made = await dispatch(core.handlers, 'backup:create', {}, log);
  expect(made.ok).toBe(true);
  const name = (made as { value: { name: string } }).value.name;
  const before = opened.length;
  const restored = await dispatch(core.handlers, 'backup:restore', { name }, log);
  expect(restored).toMatchObject({ ok: true });
  const duringRestore = opened.slice(before);
  // the staging copy is checked with the host addon, and the reopened workspace too
  expect(duringRestore.some((f) => f.includes('.restoring-'))).toBe(true);
  expect(duringRestore).toContain('demo.sqlite');
});
