import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { OPPORTUNITY_DEFAULTS } from '../shared/ipc/channels/opportunities';
import { openDatabase } from '../electron/core/db/open-database';
import { createOddsStore } from '../electron/core/ingest/odds-store';
import { createBoardReader } from '../electron/core/opportunities/board-reader';
import { createOpportunityEngine } from '../electron/core/opportunities/engine';
import { syntheticBoard } from './scan';
const START = Date.UTC(2026, 10, 26, 12);
const dir = mkdtempSync('/tmp/scanprof-');
const db = openDatabase(join(dir, 'scan.sqlite'));
createOddsStore(db).ingest({ sportKey: 'soccer_bench', observedAt: START, events: syntheticBoard() });
const reader = createBoardReader(db);
const engine = createOpportunityEngine({ db, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
for (let i = 0; i < 6; i++) {
  let t = performance.now(); const b = reader.read(START + 60_000, OPPORTUNITY_DEFAULTS, null); const tr = performance.now() - t;
  t = performance.now(); engine.scanOnly(START + 60_000); const ts = performance.now() - t;
  const q = db.prepare('SELECT q.id, q.event_ref, q.bookmaker_id, q.market_id, q.outcome, q.point, q.price, q.changed_at, q.first_at FROM quotes q WHERE q.active = 1').raw(true);
  t = performance.now(); q.all(); const tq = performance.now() - t;
  console.log('read', tr.toFixed(0), 'scanOnly total', ts.toFixed(0), 'raw query', tq.toFixed(0), b.markets.length);
}
