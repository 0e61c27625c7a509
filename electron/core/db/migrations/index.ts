import type { WritableDb } from '../handles';
import { up as up0010 } from './0010-odds-core';
import { up as up0020 } from './0020-opportunities';
import { up as up0030 } from './0030-bankroll';
import { up as up0040 } from './0040-alerts';
import { up as up0050 } from './0050-market-references';
import { up as up0060 } from './0060-run-prices-dropped';
import { up as up0085 } from './0085-credit-ledger';
import { up as up0090 } from './0090-bets-by-opportunity';
import { up as up0095 } from './0095-alert-messages';
import { up as up0100 } from './0100-middles';

export interface Migration {
  version: number;
  name: string;
  up(db: WritableDb): void;
}

/** Append only: a shipped migration is never edited; versions only increase (a new one is always above the last shipped). */
export const MIGRATIONS: ReadonlyArray<Migration> = [
  { version: 10, name: 'odds-core', up: up0010 },
  { version: 20, name: 'opportunities', up: up0020 },
  { version: 30, name: 'bankroll', up: up0030 },
  { version: 40, name: 'alerts', up: up0040 },
  { version: 50, name: 'market-references', up: up0050 },
  { version: 60, name: 'run-prices-dropped', up: up0060 },
  { version: 85, name: 'credit-ledger', up: up0085 },
  { version: 90, name: 'bets-by-opportunity', up: up0090 },
  { version: 95, name: 'alert-messages', up: up0095 },
  { version: 100, name: 'middles', up: up0100 },
];
