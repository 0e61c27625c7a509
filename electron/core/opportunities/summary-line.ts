/** One-line descriptions of an opportunity (notifications, CLI). */
import type { Opportunity } from '../../../shared/domain/opportunities';

const KIND: Record<Opportunity['kind'], string> = {
  surebet: 'Surebet',
  value: 'Value bet',
  drop: 'Price drop',
  gap: 'Price gap',
  middle: 'Middle',
};

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** e.g. "Surebet 2.1 % — Lens v Lille (h2h): Lens 2.30 @ betclic_fr, Draw 3.60 @ unibet_fr, Lille 4.10 @ pinnacle". */
export function summaryLine(o: Opportunity): string {
  const line = o.point === null ? o.market : `${o.market} ${o.point}`;
  const legs = o.legs
    .map((l) => `${l.outcome}${l.point !== null ? ` ${l.point > 0 ? '+' : ''}${l.point}` : ''} ${l.price.toFixed(2)} @ ${l.bookmaker}`)
    .join(', ');
  const head = o.kind === 'middle' && o.math.middle ? `worst case ${pct(o.edge)}, window ${o.math.middle.width}` : pct(o.edge);
  return `${KIND[o.kind]} ${head}${o.suspicious ? ' (suspicious)' : ''} — ${o.homeTeam} v ${o.awayTeam} (${line}): ${legs}`;
}
