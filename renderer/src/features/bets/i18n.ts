/** The bets page's words. French first; English must have exactly the same keys. */
export const betsFr = {} satisfies Record<string, string>;

export const betsEn: Record<keyof typeof betsFr, string> = {};
