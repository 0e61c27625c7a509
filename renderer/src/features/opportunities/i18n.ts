/** The opportunities page's words. French first; English must have exactly the same keys. */
export const opportunitiesFr = {} satisfies Record<string, string>;

export const opportunitiesEn: Record<keyof typeof opportunitiesFr, string> = {};
