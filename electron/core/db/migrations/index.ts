import type { WritableDb } from '../open-database';
import { up as up0010 } from './0010-odds-core';

export interface Migration {
  version: number;
  name: string;
  up(db: WritableDb): void;
}

/** Append only: a shipped migration is never edited. Versions step by 10. */
export const MIGRATIONS: ReadonlyArray<Migration> = [
  { version: 10, name: 'odds-core', up: up0010 },
];
