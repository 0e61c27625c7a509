/** The alerts page's words. French first; English must have exactly the same keys. */
export const alertsFr = {} satisfies Record<string, string>;

export const alertsEn: Record<keyof typeof alertsFr, string> = {};
