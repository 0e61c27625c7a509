/**
 * What a command tells on stderr about the database it uses: when it is the demo one, which
 * file and how to switch; when the real one is created while a demo one exists, that the demo
 * data stays apart. Words match the UI's (Settings = "Réglages" in the French UI).
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Settings } from '../../shared/domain/collector';

/** The UI's words for the places a user goes to switch (English UI / French UI). */
export const UI_WORDS = {
  settings: 'Settings (Réglages)',
  apiKey: 'The Odds API key (Clé The Odds API)',
  demoMode: 'Demo mode (Mode démo)',
} as const;

/** How to leave demo mode, in one sentence. */
export function howToSwitch(s: Pick<Settings, 'apiKeySet' | 'forceDemo'>, pointToStatus = true): string {
  if (s.apiKeySet && s.forceDemo) return `to use your real data, turn off ${UI_WORDS.settings} → ${UI_WORDS.demoMode}`;
  return (
    `to use your real data (monps.sqlite), set ODDS_API_KEY or save your key in ${UI_WORDS.settings} → ${UI_WORDS.apiKey}` +
    (pointToStatus ? '; `monps status` shows the mode' : '')
  );
}

/** Why the demo database is in use, in a few words. */
export const demoReason = (s: Pick<Settings, 'apiKeySet' | 'forceDemo'>): string =>
  s.apiKeySet && s.forceDemo ? 'demo mode is on in Settings' : 'no The Odds API key';

/** The stderr lines for a command on `file` (none in real mode, unless the real file was just created). */
export function databaseNotice(s: Settings, file: string, opts: { createdNow?: boolean } = {}): string[] {
  if (s.demoMode) {
    return [`monps: demo database in use: ${file} (simulated data; ${demoReason(s)})`, `monps: ${howToSwitch(s)}`];
  }
  const demo = join(file, '..', 'demo.sqlite');
  if (opts.createdNow && existsSync(demo)) {
    return [
      `monps: note: ${basename(file)} (your real data) was just created; what was recorded without a key stays in demo.sqlite (simulated data, kept apart)`,
    ];
  }
  return [];
}
