/**
 * The module kit's checks. The compile-time half is checked by `npm run typecheck` (this file is
 * in tsconfig.node.json): each @ts-expect-error below fails the type check if the kit stops
 * refusing that mistake. The run-time half (channelOwners) guards sets built outside the types.
 */
import { describe, expect, it } from 'vitest';
import { channelOwners, combineModules, someModules } from '../../electron/core/module-kit/combine';
import { defineModule } from '../../electron/core/module-kit/define-module';
import { MODULES } from '../../electron/core/modules/index';
import { createAlertsModule } from '../../electron/core/alerts/alerts-module';
import { createBackupModule } from '../../electron/core/backup/backup-module';
import { createBankrollModule } from '../../electron/core/bankroll/module';
import { createOpportunitiesModule } from '../../electron/core/opportunities/module';
import { CHANNELS } from '../../shared/ipc/contract';
import { coreRequests } from '../../shared/ipc/channels/core';

const backupHandlers = {
  'backup:list': () => ({ dir: '', database: '', backups: [], nextAutoAt: null }),
  'backup:create': () => {
    throw new Error('no');
  },
  'backup:restore': () => {
    throw new Error('no');
  },
};
const fakeBackup = () => defineModule({ name: 'backup', handlers: backupHandlers });

describe('the module kit', () => {
  it('refuses at compile time a module missing a channel, or answering one it does not own', () => {
    const incomplete = { 'backup:list': backupHandlers['backup:list'], 'backup:create': backupHandlers['backup:create'] };
    // @ts-expect-error backup:restore is missing
    defineModule({ name: 'backup', handlers: incomplete });
    // @ts-expect-error alerts:get-health belongs to the alerts module
    defineModule({ name: 'backup', handlers: { ...backupHandlers, 'alerts:get-health': () => null } });
    // @ts-expect-error a response of the wrong type
    defineModule({ name: 'backup', handlers: { ...backupHandlers, 'backup:list': () => 42 } });
    // @ts-expect-error an extra property may not hide a handler or rename the module
    defineModule({ name: 'backup', handlers: backupHandlers }, { name: 'other' });
    expect(fakeBackup().name).toBe('backup');
  });

  it('refuses at compile time a set with a channel nobody answers, or answered twice', () => {
    // @ts-expect-error the alerts channels have no handler
    combineModules(createBackupModule, createBankrollModule, createOpportunitiesModule);
    // @ts-expect-error the backup channels have two handlers
    combineModules(createBackupModule, fakeBackup, createBankrollModule, createOpportunitiesModule, createAlertsModule);
    expect(MODULES.complete).toBe(true);
    expect(someModules(createBackupModule).complete).toBe(false);
  });

  it('the full set answers every channel exactly once, with the core', () => {
    const claimed = [createBackupModule, createBankrollModule, createOpportunitiesModule, createAlertsModule].length;
    expect(MODULES.factories).toHaveLength(claimed);
    const core = Object.keys(coreRequests);
    const modules = CHANNELS.filter((c) => !core.includes(c));
    // every non-core channel is named after one of the four modules' domains
    expect(modules.every((c) => /^(backup|bankroll|opportunities|alerts):/.test(c))).toBe(true);
  });

  it('at run time, names the channel answered twice and the ones nobody answers', () => {
    const a = fakeBackup();
    const b = fakeBackup();
    expect(() => channelOwners([a, b], false)).toThrow('backup:list is answered by both backup and the backup module');
    expect(() => channelOwners([a], true)).toThrow(/^no module answers .*bankroll:get-summary/);
    const owners = channelOwners([a], false);
    expect(owners.get('backup:restore')).toBe(a);
    expect(owners.has('alerts:get-health')).toBe(false);
  });

  it("keeps a module's extra API next to its handlers", () => {
    const m = defineModule({ name: 'backup', handlers: backupHandlers }, { idle: () => 1 });
    expect(m.idle()).toBe(1);
    expect(Object.keys(m.handlers)).toEqual(['backup:list', 'backup:create', 'backup:restore']);
  });
});
