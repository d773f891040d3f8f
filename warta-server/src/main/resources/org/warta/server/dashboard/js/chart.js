// Small pieces shared by the SVG charts.
import {svg} from './dom.js';

/**
 * Day labels under an x axis at `y`: the first and the last, and between them only those at least `gap`
 * viewBox units from their neighbours. The first is anchored at its start and the last at its end, so
 * that none is cut at the edges.
 */
export function dayTicks(days, xOf, y, gap = 110) {
  if (days.length === 1) {
    return [svg('text', {x: xOf(days[0]), y, 'text-anchor': 'middle', class: 'tick'}, days[0])];
  }
  const first = days[0];
  const last = days[days.length - 1];
  const kept = [first];
  for (const d of days.slice(1, -1)) {
    if (xOf(d) - xOf(kept[kept.length - 1]) >= gap && xOf(last) - xOf(d) >= gap) {
      kept.push(d);
    }
  }
  if (xOf(last) - xOf(first) >= gap) {
    kept.push(last);
  }
  return kept.map(d => svg('text', {x: xOf(d), y, class: 'tick',
    'text-anchor': d === first ? 'start' : d === last ? 'end' : 'middle'}, d));
}
