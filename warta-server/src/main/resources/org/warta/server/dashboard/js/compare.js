// Compare two sides: what each claims about the other's losses, per day and object category, with the
// other side's responses marked. An SVG chart per category, drawn here, and the numbers as a table.
import {all} from './api.js';
import {dayTicks} from './chart.js';
import {el, clear, field, fmtNumber, label, notice, route, svg} from './dom.js';

const H = 190;
const PAD = {left: 56, right: 30, top: 34, bottom: 34};
const INSET = 16; // keeps the first and last points off the axes
const MARKS = [
  {key: 'denied', sym: '✕', text: 'denied'},
  {key: 'disputed', sym: '!', text: 'disputed'},
  {key: 'no_comment', sym: '…', text: 'no comment'},
  {key: 'confirmed', sym: '✓', text: 'confirmed'},
];

export async function compareView(main, params) {
  const a = (params.get('a') || 'AZE').toUpperCase();
  const b = (params.get('b') || 'ARM').toUpperCase();
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const inA = el('input', {type: 'text', value: a, maxlength: 3, pattern: '[A-Za-z]{3}', size: 4});
  const inB = el('input', {type: 'text', value: b, maxlength: 3, pattern: '[A-Za-z]{3}', size: 4});
  const inFrom = el('input', {type: 'date', value: from});
  const inTo = el('input', {type: 'date', value: to});
  const out = el('div', {id: 'compare-out'});
  clear(main).append(el('h1', {}, `Compare: ${a} and ${b}`),
      el('p', {class: 'hint'}, 'What each side claims about the other\'s losses, per day and category; marks show '
          + 'the other side\'s responses (✕ denied, ! disputed, … no comment, ✓ confirmed).'),
      el('form', {class: 'filters', 'aria-label': 'Sides and dates', onsubmit: e => {
        e.preventDefault();
        location.hash = route('compare', null, {a: inA.value.trim(), b: inB.value.trim(), from: inFrom.value,
          to: inTo.value});
      }}, field('Side A (ISO 3166 alpha-3)', inA), field('Side B', inB), field('From', inFrom), field('To', inTo),
      el('div', {class: 'field actions'}, el('button', {type: 'submit'}, 'Compare'))),
      out);

  let data;
  try {
    data = await all('/api/claims/compare', {side: [a, b], from, to}, 2000);
  } catch (e) {
    out.append(notice(e.message, 'error'));
    return;
  }
  if (!data.items.length) {
    out.append(notice(`No claims by ${a} about ${b}'s losses or by ${b} about ${a}'s in this period.`));
    return;
  }
  const days = [...new Set(data.items.map(i => i.day))].sort();
  const objects = [...new Set(data.items.map(i => i.object))].sort();
  out.append(el('ul', {class: 'legend'},
      el('li', {}, el('span', {class: 'swatch side-a'}), `${a} about ${b}`),
      el('li', {}, el('span', {class: 'swatch side-b'}), `${b} about ${a}`)));
  // Drawn at the size shown (two columns when there is room), so that labels keep their size on a phone.
  const room = out.clientWidth || 640;
  const two = room >= 900;
  const charts = el('div', {class: two ? 'charts two' : 'charts'});
  const W = Math.round(Math.max(280, two ? (room - 13) / 2 - 8 : room - 8));
  for (const object of objects) {
    charts.append(chart(object, data.items.filter(i => i.object === object), days, a, b, W));
  }
  out.append(charts, table(data.items, a));
}

function x(day, days, W) {
  const t0 = Date.parse(days[0]);
  const t1 = Date.parse(days[days.length - 1]);
  const span = t1 - t0 || 1;
  const inner = W - PAD.left - PAD.right - 2 * INSET;
  return days.length === 1 ? PAD.left + INSET + inner / 2 : PAD.left + INSET + ((Date.parse(day) - t0) / span) * inner;
}

function chart(object, items, days, a, b, W) {
  const max = Math.max(1, ...items.map(i => i.total || 0));
  const y = v => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const g = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', preserveAspectRatio: 'xMidYMid meet',
    'aria-label': `${label(object)}: claimed losses per day, ${a} in one colour, ${b} in the other`});
  // axes and ticks
  g.append(svg('line', {x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: 'axis'}));
  g.append(svg('line', {x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: y(0), class: 'axis'}));
  for (const v of [0, max / 2, max]) {
    g.append(svg('text', {x: PAD.left - 6, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'tick'},
        fmtNumber(Math.round(v))));
  }
  g.append(...dayTicks(days, d => x(d, days, W), H - PAD.bottom + 16));
  g.append(svg('text', {x: PAD.left, y: 16, class: 'chart-title'}, label(object)));
  for (const [side, cls] of [[a, 'side-a'], [b, 'side-b']]) {
    const rows = items.filter(i => i.claimant === side).sort((p, q) => p.day.localeCompare(q.day));
    if (rows.length > 1) {
      g.append(svg('polyline', {class: `series ${cls}`, points: rows.map(r => `${x(r.day, days, W)},${y(r.total)}`).join(' ')}));
    }
    for (const r of rows) {
      const cx = x(r.day, days, W);
      const cy = y(r.total);
      const answered = MARKS.filter(m => r[m.key] > 0);
      g.append(svg('circle', {cx, cy, r: 5, class: `dot ${cls}`},
          svg('title', {}, `${r.day}: ${side} claims ${fmtNumber(r.total)} ${label(object)} of ${r.affected} `
              + `(${r.claims} claim${r.claims === 1 ? '' : 's'}, ${r.outlets} outlet${r.outlets === 1 ? '' : 's'})`
              + (answered.length ? `; ${r.affected} responses: ${answered.map(m => `${m.text} ${r[m.key]}`).join(', ')}` : ''))));
      answered.forEach((m, k) => g.append(svg('text', {x: cx + 8 + k * 11, y: cy - 7, class: `mark mark-${m.key}`},
          m.sym, svg('title', {}, `${r.affected}: ${m.text}`))));
    }
  }
  return el('figure', {class: 'chart-box'}, g);
}

function table(items, a) {
  const rows = [...items].sort((p, q) => p.day.localeCompare(q.day) || p.claimant.localeCompare(q.claimant));
  return el('details', {class: 'table-wrap'}, el('summary', {}, 'The numbers behind the charts'),
      el('table', {class: 'grid'},
          el('thead', {}, el('tr', {}, ['day', 'claimant', 'affected', 'object', 'total', 'claims', 'outlets',
            'denied', 'disputed', 'no comment', 'confirmed'].map(h => el('th', {scope: 'col'}, h)))),
          el('tbody', {}, rows.map(r => el('tr', {class: r.claimant === a ? 'row-a' : 'row-b'},
              [r.day, r.claimant, r.affected, label(r.object), fmtNumber(r.total), r.claims, r.outlets, r.denied,
                r.disputed, r.no_comment, r.confirmed].map(v => el('td', {}, String(v ?? ''))))))));
}
