/** The analytics page's words. French first; English must have exactly the same keys. */
export const analyticsFr = {} satisfies Record<string, string>;

export const analyticsEn: Record<keyof typeof analyticsFr, string> = {};
