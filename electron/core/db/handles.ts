/**
 * The branded database handles: a ReadableDb may only be read, a WritableDb written. Kept apart
 * from open-database.ts so the migrations can name the handle without importing the opener
 * (which imports them: open-database → migrate → migrations).
 */
import type Database from 'better-sqlite3';

export type ReadableDb = Database.Database & { readonly __readableDb: never };
export type WritableDb = ReadableDb & { readonly __writableDb: never };
