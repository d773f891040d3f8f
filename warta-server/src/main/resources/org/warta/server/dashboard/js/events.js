// Events: a timeline by PLOVER type (one lane per type, a dot per day sized by the count) and the list.
import {all} from './api.js';
import {dayTicks} from './chart.js';
import {el, clear, field, fmtNumber, label, notice, route, select, svg} from './dom.js';
import {PLOVER} from './vocab.js';

const LANE = 26;
const PAD = {left: 96, right: 16, top: 10, bottom: 28};

export async function eventsView(main, params) {
  const current = {type: params.get('type') || '', actor: params.get('actor') || '', from: params.get('from') || '',
    to: params.get('to') || ''};
  const inputs = {
    type: select('type', PLOVER, current.type, 'any type'),
    actor: el('input', {type: 'text', value: current.actor, placeholder: 'name part or AZE'}),
    from: el('input', {type: 'date', value: current.from}),
    to: el('input', {type: 'date', value: current.to}),
  };
  const out = el('div', {id: 'events-out'});
  clear(main).append(el('h1', {}, 'Events (PLOVER)'),
      el('form', {class: 'filters', 'aria-label': 'Event filters', onsubmit: e => {
        e.preventDefault();
        location.hash = route('events', null, Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.value.trim()])));
      }}, Object.entries(inputs).map(([k, v]) => field(label(k), v)),
      el('div', {class: 'field actions'}, el('button', {type: 'submit'}, 'Apply'),
          el('a', {href: '#/events', class: 'button secondary'}, 'Clear'))), out);
  let data;
  try {
    data = await all('/api/events', current, 1000);
  } catch (e) {
    out.append(notice(e.message, 'error'));
    return;
  }
  if (!data.items.length) {
    out.append(notice('No events match.'));
    return;
  }
  out.append(el('p', {class: 'count', role: 'status'}, `${fmtNumber(data.total)} events`
      + (data.items.length < data.total ? ` (first ${data.items.length} shown)` : '')),
  timeline(data.items, out.clientWidth - 8), eventTable(data.items));
}

/**
 * An SVG timeline: lanes by PLOVER type, dots per day. The days with events are spaced evenly, in order
 * (events come in bursts years apart, which a linear time axis would squeeze into a few pixels).
 */
export function timeline(items, width) {
  const W = Math.round(Math.max(280, Math.min(1100, width || 720)));
  const dated = items.filter(v => v.day || v.date);
  const dayOf = v => String(v.day || v.date).slice(0, 10);
  const types = PLOVER.filter(t => dated.some(v => v.type === t));
  if (!types.length) {
    return notice('None of these events has a date.');
  }
  const days = [...new Set(dated.map(dayOf))].sort();
  const inner = W - PAD.left - PAD.right - 16;
  const index = new Map(days.map((d, i) => [d, i]));
  const x = d => (days.length === 1 ? PAD.left + inner / 2 : PAD.left + 8 + (index.get(d) / (days.length - 1)) * inner);
  const H = PAD.top + types.length * LANE + PAD.bottom;
  const g = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart timeline', role: 'img',
    'aria-label': `Timeline of ${dated.length} events by PLOVER type on ${days.length} days from ${days[0]} to `
        + `${days[days.length - 1]}, the days spaced evenly`});
  types.forEach((t, i) => {
    const cy = PAD.top + i * LANE + LANE / 2;
    g.append(svg('line', {x1: PAD.left, x2: W - PAD.right, y1: cy, y2: cy, class: 'lane'}));
    g.append(svg('text', {x: PAD.left - 8, y: cy, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'tick'}, t));
    const perDay = new Map();
    for (const v of dated.filter(v => v.type === t)) {
      perDay.set(dayOf(v), (perDay.get(dayOf(v)) || 0) + 1);
    }
    for (const [d, n] of perDay) {
      g.append(svg('circle', {cx: x(d), cy, r: Math.min(11, 4 + Math.sqrt(n) * 2), class: `dot type-${t}`},
          svg('title', {}, `${d}: ${n} ${t} event${n === 1 ? '' : 's'}`)));
    }
  });
  g.append(...dayTicks(days, x, H - 8));
  return el('figure', {class: 'chart-box'}, g);
}

export function eventTable(items) {
  return el('div', {class: 'table-wrap'}, el('table', {class: 'grid'},
      el('caption', {class: 'sr-only'}, 'Events'),
      el('thead', {}, el('tr', {}, ['day', 'type', 'actors', 'trigger', 'recipients', 'modality', 'outlet']
          .map(h => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, [...items].sort((a, b) => String(a.day).localeCompare(String(b.day))).map(v => el('tr', {},
          el('td', {'data-label': 'day'}, v.day || v.date || ''),
          el('td', {'data-label': 'type'}, v.type, v.mode ? el('span', {class: 'sub'}, ` ${v.mode}`) : null),
          el('td', {'data-label': 'actors'}, v.actors || ''),
          el('td', {'data-label': 'trigger'}, `“${v.trigger || ''}”`),
          el('td', {'data-label': 'recipients'}, v.recipients || ''),
          el('td', {'data-label': 'modality'}, label(v.modality)),
          el('td', {'data-label': 'outlet'}, el('a', {href: route('article', v.article_id, {event: v.event_id})}, v.site || v.article_id)))))));
}
