/**
 * The one way ids are packed into a number key for the in-memory maps of the board (the
 * ingest's quote cache, the scanner's board reader). A JavaScript number holds integers up to
 * 2^53 exactly: bookmaker and market ids get 12 bits each (ids below 4096), the event's ref
 * the 29 bits left. The limits are checked: an id past them is a clear error, never a silent
 * collision of two keys.
 */

/** Bookmaker and market ids must stay below this (tables of a few hundred rows). */
export const ID_LIMIT = 4096;
/** events.ref must stay below this (2^29: half a billion events). */
export const REF_LIMIT = 2 ** 29;

function tooLarge(what: string, value: number, limit: number): never {
  throw new RangeError(`${what} ${value} does not fit a packed key (must be an integer in 0…${limit - 1})`);
}

/** One number per (bookmaker, market). */
export function bookMarketKey(bookId: number, marketId: number): number {
  if (!(bookId >= 0 && bookId < ID_LIMIT && Number.isInteger(bookId))) tooLarge('bookmaker id', bookId, ID_LIMIT);
  if (!(marketId >= 0 && marketId < ID_LIMIT && Number.isInteger(marketId))) tooLarge('market id', marketId, ID_LIMIT);
  return bookId * ID_LIMIT + marketId;
}

/** One number per (event ref, bookmaker, market). */
export function eventBookMarketKey(ref: number, bookId: number, marketId: number): number {
  if (!(ref >= 0 && ref < REF_LIMIT && Number.isInteger(ref))) tooLarge('event ref', ref, REF_LIMIT);
  return ref * (ID_LIMIT * ID_LIMIT) + bookMarketKey(bookId, marketId);
}
