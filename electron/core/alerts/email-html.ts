/**
 * HTML e-mail building blocks that render in Gmail: a 600 px single-column table layout,
 * inline CSS, system fonts, 6-digit hex colours, role="presentation" tables, no remote
 * images. Every text goes through `esc`. Words come from ./texts in the mail's language.
 */
import { t, type Lang } from './texts';

/** Escapes text for HTML. */
export const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export const COLOURS = {
  critical: '#b42318',
  warning: '#b54708',
  info: '#175cd3',
  ok: '#067647',
  muted: '#667085',
  border: '#eaecf0',
} as const;

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";

/** A section title. */
export function heading(text: string): string {
  return `<tr><td style="${FONT}padding:18px 24px 6px 24px;font-size:15px;font-weight:600;color:#101828;">${esc(text)}</td></tr>`;
}

const clip = (s: string, n = 300) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/**
 * A list of rows (label cell coloured, text cell) as one nested table, cut at `budget` bytes
 * (Gmail clips a message above ~102 KB) with a last row saying how many were left out.
 */
export function rows(all: { tag: string; colour: string; text: string; meta?: string }[], lang: Lang, budget = 24_000): string {
  if (all.length === 0) return '';
  const items: typeof all = [];
  let size = 0;
  for (const i of all) {
    size += 420 + Buffer.byteLength(i.text.slice(0, 300)) + (i.meta?.length ?? 0) * 2;
    if (size > budget) break;
    items.push({ ...i, text: clip(i.text) });
  }
  if (items.length < all.length)
    items.push({ tag: '…', colour: COLOURS.muted, text: t(lang, 'mail.more', { n: all.length - items.length }) });
  const trs = items
    .map(
      (i) =>
        `<tr><td width="90" valign="top" style="${FONT}padding:6px 8px;font-size:12px;font-weight:600;color:${i.colour};border-bottom:1px solid ${COLOURS.border};">${esc(i.tag)}</td>` +
        `<td valign="top" style="${FONT}padding:6px 8px;font-size:14px;color:#101828;border-bottom:1px solid ${COLOURS.border};">${esc(i.text)}` +
        (i.meta ? `<br><span style="font-size:12px;color:${COLOURS.muted};">${esc(i.meta)}</span>` : '') +
        `</td></tr>`,
    )
    .join('');
  return `<tr><td style="padding:0 24px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">${trs}</table></td></tr>`;
}

/** A paragraph. */
export function para(text: string, colour = '#344054'): string {
  return `<tr><td style="${FONT}padding:6px 24px;font-size:14px;line-height:20px;color:${colour};">${esc(text)}</td></tr>`;
}

/** The whole document around the body rows. */
export function page(title: string, banner: { text: string; colour: string }, body: string, footer: string, lang: Lang): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(title)}</title></head>` +
    `<body style="margin:0;padding:0;background-color:#f2f4f7;">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f7;"><tr><td align="center" style="padding:16px 8px;">` +
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%;background-color:#ffffff;border:1px solid ${COLOURS.border};">` +
    `<tr><td style="${FONT}padding:14px 24px;background-color:${banner.colour};color:#ffffff;font-size:16px;font-weight:600;">${esc(banner.text)}</td></tr>` +
    body +
    `<tr><td style="${FONT}padding:16px 24px;font-size:12px;color:${COLOURS.muted};border-top:1px solid ${COLOURS.border};">${esc(footer)}</td></tr>` +
    `</table></td></tr></table></body></html>`
  );
}
