import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { OPPORTUNITY_DEFAULTS } from '../shared/ipc/channels/opportunities';
import { openDatabase } from '../electron/core/db/open-database';
import { createOddsStore } from '../electron/core/ingest/odds-store';
import { createOpportunityEngine } from '../electron/core/opportunities/engine';
import { syntheticBoard } from './scan';
const START = Date.UTC(2026, 10, 26, 12);
const db = openDatabase(join(mkdtempSync('/tmp/scanprof-'), 'scan.sqlite'));
const store = createOddsStore(db); store.ingest({ sportKey: 'soccer_bench', observedAt: START, events: syntheticBoard() });
const engine = createOpportunityEngine({ db, odds: store, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
for (let i = 0; i < 40; i++) engine.scanOnly(START + 60_000);
const times: number[] = [];
for (let i = 0; i < 20; i++) { const t = performance.now(); engine.scanOnly(START + 60_000); times.push(performance.now() - t); }
console.log(times.map((x) => x.toFixed(0)).join(' '));
