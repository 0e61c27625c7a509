/**
 * `monps status [--json]`: where the data is and what MON_PS would do with it — the data
 * folder, the mode (demo or real) and its database, where the API key comes from (environment,
 * stored, none — never the key itself), the last collection run and the credits. Reads only:
 * a database that does not exist yet is not created.
 */
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { CollectorStatus, Settings } from '../../../shared/domain/collector';
import { dispatch } from '../../core/handlers/dispatch';
import { createSettingsService } from '../../core/settings/settings-service';
import { databaseFile } from '../../core/workspace';
import { confSettingsBackend, createHeadlessCore, headlessSecrets } from '../../headless/create-headless-core';
import { CliError, cliLogger, dataDirOf, isVerbose } from '../cli-context';
import { demoReason, howToSwitch } from '../demo-notice';
import { someModules } from '../../core/module-kit/combine';

type KeySource = 'environment' | 'stored' | 'none';

export interface StatusReport {
  dataDir: string;
  mode: 'demo' | 'real';
  demoReason: string | null;
  database: { file: string; exists: boolean; bytes: number | null };
  otherDatabase: { file: string; exists: boolean; bytes: number | null };
  key: { source: KeySource; storage: 'keychain' | 'file' | 'session' | null };
  lastRun: CollectorStatus['lastRun'];
  credits: { remaining: number | null; used: number | null; at: number | null; perRun: number | null; projectedMonth: number | null };
}

const sizeOf = (f: string) => (existsSync(f) ? statSync(f).size : null);

function keyOf(s: Settings): StatusReport['key'] {
  if (!s.apiKeySet) return { source: 'none', storage: null };
  if (s.keyStorage === 'env') return { source: 'environment', storage: null };
  return { source: 'stored', storage: s.keyStorage ?? null };
}

const iso = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString().replace('.000Z', 'Z') : '–');
const mb = (b: number | null) =>
  b === null ? 'not created yet' : b < 1024 * 1024 ? `${(b / 1024).toFixed(0)} kB` : `${(b / 1024 / 1024).toFixed(1)} MB`;

function text(r: StatusReport, s: Settings): string {
  const storage = { keychain: 'the OS keychain', file: 'secrets.json in the data folder', session: 'this session only' } as const;
  const key =
    r.key.source === 'none'
      ? 'none (demo mode until you add one)'
      : r.key.source === 'environment'
        ? 'environment (ODDS_API_KEY)'
        : `stored${r.key.storage ? ` (${storage[r.key.storage]})` : ''}`;
  const run = r.lastRun
    ? `#${r.lastRun.id} ${r.lastRun.status} at ${iso(r.lastRun.endedAt ?? r.lastRun.startedAt)} (${r.lastRun.trigger}): ${r.lastRun.events} events, ${r.lastRun.pricesChanged} price changes` +
      (r.lastRun.errorMessage ? ` — ${r.lastRun.errorMessage}` : '')
    : 'none yet';
  const c = r.credits;
  const credits =
    r.mode === 'demo'
      ? 'simulated (demo mode spends no real credits)'
      : (c.remaining !== null ? `${c.remaining} remaining (read ${iso(c.at)})` : 'not read yet (the next run or a key test reads them)') +
        (c.perRun !== null ? `; one run costs ${c.perRun}, a month about ${c.projectedMonth}` : '');
  const lines = [
    `data folder   ${r.dataDir}`,
    `mode          ${r.mode}${r.demoReason ? ` (${r.demoReason})` : ''}`,
    `database      ${r.database.file} (${mb(r.database.bytes)})`,
    `other         ${r.otherDatabase.file} (${mb(r.otherDatabase.bytes)}${r.mode === 'real' ? ', simulated data' : ', your real data'})`,
    `key           ${key}`,
    `last run      ${run}`,
    `credits       ${credits}`,
  ];
  if (r.mode === 'demo') lines.push(`switch        ${howToSwitch(s, false)}`);
  return lines.join('\n') + '\n';
}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('data folder, mode (demo or real), where the API key comes from, last run, credits')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const dataDir = dataDirOf(cmd);
      const log = cliLogger(dataDir, isVerbose(cmd));
      const settingsBackend = confSettingsBackend(dataDir);
      const s = createSettingsService({ backend: settingsBackend, secrets: headlessSecrets(dataDir, log) }).get();
      const mode = s.demoMode ? 'demo' : 'real';
      const file = databaseFile(dataDir, mode);
      const other = databaseFile(dataDir, mode === 'demo' ? 'real' : 'demo');
      const report: StatusReport = {
        dataDir,
        mode,
        demoReason: s.demoMode ? demoReason(s) : null,
        database: { file, exists: existsSync(file), bytes: sizeOf(file) },
        otherDatabase: { file: other, exists: existsSync(other), bytes: sizeOf(other) },
        key: keyOf(s),
        lastRun: null,
        credits: { remaining: null, used: null, at: null, perRun: null, projectedMonth: null },
      };
      if (report.database.exists) {
        const core = await createHeadlessCore(dataDir, log, { noSimulator: true, modules: someModules() });
        try {
          const res = await dispatch(core.handlers, 'collector:get-status', {});
          if (!res.ok) throw new CliError(res.error.message);
          const st = res.value as CollectorStatus;
          report.lastRun = st.lastRun;
          report.credits = { ...st.quota, perRun: st.creditsPerRun, projectedMonth: st.projectedMonthlyCredits };
        } finally {
          await core.close();
        }
      }
      process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : text(report, s));
    });
}
