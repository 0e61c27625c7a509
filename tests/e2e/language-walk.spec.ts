/**
 * One language at a time: every page, in French then in English, on a host with collected
 * (simulated) odds, an imported season of bets, firing alerts and an open event detail. The
 * page's words (text, placeholders, tooltips, options) must not contain any word that only the
 * OTHER language's catalogue uses (words both catalogues share — "Bankroll", "Surebet", "ROI" —
 * never count). The catalogue is read from the sources, so a new English-only string is checked
 * without touching this test.
 *
 * SHOTS=/some/dir also saves every page at 1280x720 and 1920x1080 in both languages there.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { spawnServe } from '../helpers/spawn-serve';
import { expect, openApp, test } from './fixtures';

const PAGES = ['board', 'opportunities', 'bets', 'analytics', 'alerts', 'status', 'settings'];
const SEASON = 'tests/fixtures/football-data/E0_2223.csv';

/**
 * The words of a text: letters only (accents kept), lower case, 4 letters or more. Keys
 * (soccer_epl), paths, file names and addresses are data, not words.
 */
const words = (s: string): string[] =>
  s
    .replace(/\{[^}]*\}/g, ' ')
    .split(/\s+/)
    .filter((tok) => !/[_/\\@]|\w\.\w/.test(tok))
    .join(' ')
    .toLowerCase()
    .split(/[^a-zà-öø-ÿœ’']+/u)
    .flatMap((w) => w.split(/[’']/))
    .filter((w) => w.length >= 4);

/**
 * Words of `mine` that the other catalogue never uses. Words that are also proper names in the
 * data (teams, books, sports) or the same in both languages are not in it by construction.
 */
function onlyIn(mine: Record<string, string>, other: Record<string, string>): Set<string> {
  const theirs = new Set(Object.values(other).flatMap(words));
  return new Set(
    Object.values(mine)
      .flatMap(words)
      .filter((w) => !theirs.has(w)),
  );
}

/** Words that are names in the data (teams, leagues, bookmakers) and also English catalogue words. */
const DATA_NAMES = new Set([
  'league',
  'premier',
  'united',
  'city',
  'forest',
  'palace',
  'hill',
  'william',
  'crystal',
  'town',
  'paris',
  'masters',
  'open',
  'real',
  'madrid',
]);

function cli(dataDir: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, ['out/cli/cli.mjs', '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ODDS_API_KEY: '', MONPS_DATA_DIR: '' },
  });
  if (r.status !== 0) throw new Error(`monps ${args.join(' ')}: ${r.stderr}`);
}

/** 20 settled bets of the 2022/23 season (away wins and over 2.5, so "Plus de 2,5" shows). */
function betsCsv(): string {
  const lines = readFileSync(SEASON, 'utf8').trim().split(/\r?\n/);
  const head = lines[0]!.split(',');
  const col = (r: string[], name: string) => r[head.indexOf(name)]!;
  const out = ['placed_at,sport,home_team,away_team,commence_time,market,selection,point,bookmaker,odds,stake,status,settled_at'];
  for (const line of lines.slice(1, 21)) {
    const r = line.split(',');
    const [d, m, y] = col(r, 'Date').split('/');
    const kickoff = new Date(`${y}-${m}-${d}T${col(r, 'Time')}:00Z`).getTime();
    const iso = (t: number) => new Date(t).toISOString();
    const over = out.length % 2 === 0;
    const goals = Number(col(r, 'FTHG')) + Number(col(r, 'FTAG'));
    const won = over ? goals > 2.5 : col(r, 'FTR') === 'A';
    out.push(
      [
        iso(kickoff - 86_400_000),
        'soccer_epl',
        col(r, 'HomeTeam'),
        col(r, 'AwayTeam'),
        iso(kickoff),
        over ? 'totals' : 'h2h',
        over ? 'Over' : 'Draw',
        over ? '2.5' : '',
        over ? 'williamhill' : 'bet365',
        over ? col(r, 'B365>2.5') : col(r, 'B365D'),
        '20',
        won ? 'won' : 'lost',
        iso(kickoff + 7_200_000),
      ].join(','),
    );
  }
  return out.join('\n') + '\n';
}

/** Everything a reader sees on the page: text, placeholders, tooltips, option labels. */
const pageText = (page: Page): Promise<string> =>
  page.evaluate(`[document.body.innerText,
    ...[...document.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder')),
    ...[...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title')),
    ...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
    ...[...document.querySelectorAll('option')].map((e) => e.textContent)].join('\\n')`) as Promise<string>;

async function setLanguage(page: Page, lang: 'fr' | 'en'): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('lang-select').selectOption(lang);
  await expect(page.locator(`html[lang="${lang}"]`)).toBeAttached();
}

async function visit(page: Page, id: string): Promise<void> {
  await page.getByTestId(`nav-${id}`).click();
  await expect(page.getByTestId(`nav-${id}`)).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.page')).not.toContainText(/Chargement|Loading/, { timeout: 20_000 });
  if (id === 'board') {
    // open the first event: its market grid and outcome names (Nul / Draw, Plus de / Over)
    if (!(await page.getByTestId('event-grid').isVisible())) await page.getByTestId('board-event-row').first().click();
    await expect(page.getByTestId('event-grid')).toBeVisible();
  }
  if (id === 'bets') await expect(page.getByTestId('bet-row').first()).toBeVisible();
}

test('every page speaks one language: no English-only catalogue word in French, and the reverse', async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'monps-lang-'));
  const csv = join(dataDir, 'bets.csv');
  writeFileSync(csv, betsCsv());
  cli(dataDir, 'bankroll', 'deposit', '100', '--at', '2022-07-01T00:00:00Z');
  cli(dataDir, 'import', 'bets', csv);
  // a bankroll below the critical rule's threshold: alerts fire (and are listed, with details)
  const host = await spawnServe(dataDir);
  const shots = process.env.SHOTS;
  if (shots) mkdirSync(shots, { recursive: true });
  try {
    await openApp(page, host.url);
    const forbidden = { fr: onlyIn(en, fr), en: onlyIn(fr, en) };
    const problems: string[] = [];
    for (const lang of ['fr', 'en'] as const) {
      await setLanguage(page, lang);
      for (const id of PAGES) {
        await visit(page, id);
        const text = await pageText(page);
        const wrong = [...new Set(words(text))].filter((w) => forbidden[lang].has(w) && !DATA_NAMES.has(w));
        // each wrong word with the line it sits in, so the failure says where to look
        for (const w of wrong)
          problems.push(
            `${lang}/${id}: "${w}" in «${text
              .split('\n')
              .find((l) => words(l).includes(w))
              ?.slice(0, 120)}»`,
          );
        if (shots) {
          for (const [w, h] of [
            [1280, 720],
            [1920, 1080],
          ] as const) {
            await page.setViewportSize({ width: w, height: h });
            await page.screenshot({ path: join(shots, `${id}-${lang}-${w}.png`), fullPage: true });
          }
          await page.setViewportSize({ width: 1280, height: 720 });
        }
      }
    }
    expect(problems, 'words of the other language').toEqual([]);
  } finally {
    host.child.kill('SIGTERM');
  }
});
