// Entities: a name search, and one entity's page with what it said, claimed and did.
import {get} from './api.js';
import {el, clear, field, fmtCount, fmtNumber, label, notice, route} from './dom.js';
import {eventTable, timeline} from './events.js';
import {pager} from './search.js';

export async function entitiesView(main, params) {
  const q = params.get('q') || '';
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const input = el('input', {type: 'search', value: q, placeholder: 'part of a name'});
  const out = el('div', {id: 'entities-out'});
  clear(main).append(el('h1', {}, 'Entities'),
      el('form', {class: 'filters', role: 'search', 'aria-label': 'Find entities', onsubmit: e => {
        e.preventDefault();
        location.hash = route('entities', null, {q: input.value.trim()});
      }}, field('Name', input), el('div', {class: 'field actions'}, el('button', {type: 'submit'}, 'Find'))), out);
  let r;
  try {
    r = await get('/api/entities', {q, page, size: 50});
  } catch (e) {
    out.append(notice(e.message, 'error'));
    return;
  }
  if (!r.items.length) {
    out.append(notice('No entity has that in its name.'));
    return;
  }
  out.append(el('div', {class: 'table-wrap'}, el('table', {class: 'grid'},
      el('thead', {}, el('tr', {}, ['name', 'type', 'country', 'sector', 'articles', 'mentions']
          .map(h => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, r.items.map(e => el('tr', {},
          el('td', {'data-label': 'name'}, el('a', {href: route('entity', null, {name: e.name})}, e.name)),
          el('td', {'data-label': 'type'}, label(e.type)), el('td', {'data-label': 'country'}, e.country || '—'),
          el('td', {'data-label': 'sector'}, e.sector || '—'), el('td', {'data-label': 'articles'}, fmtNumber(e.articles)),
          el('td', {'data-label': 'mentions'}, fmtNumber(e.mentions))))))),
  pager(r, page, p => location.hash = route('entities', null, {q, page: p})));
}

export async function entityView(main, params) {
  const name = params.get('name') || '';
  clear(main).append(el('p', {class: 'crumbs'}, el('a', {href: '#/entities'}, '← Entities')),
      el('h1', {}, name || '(no name)'),
      el('p', {class: 'hint'}, 'Matched by name in quotes (speaker), claims (claimant) and events (actor).'));
  if (!name) {
    main.append(notice('Give a name: #/entity?name=...', 'error'));
    return;
  }
  const [quotes, claims, events] = await Promise.allSettled([
    get('/api/quotes', {speaker: name, size: 100}),
    get('/api/claims', {claimant: name, size: 100}),
    get('/api/events', {actor: name, size: 100})]);
  main.append(
      block('Said', quotes, r => el('ul', {class: 'quotes'}, r.items.map(q => el('li', {},
          el('blockquote', {lang: q.language || undefined}, q.direct ? `“${q.text}”` : q.text),
          el('p', {class: 'meta'}, `${q.speaker || '?'} · ${q.cue || ''} · `, q.published || '', ' · ',
              el('a', {href: route('article', q.article_id)}, q.site || q.article_id)))))),
      block('Claimed', claims, r => el('ul', {class: 'items'}, r.items.map(c => el('li', {},
          el('strong', {}, fmtCount(c.value, c.min, c.max, c.approximate)), ` ${label(c.object)} ${label(c.predicate)}`,
          c.affected ? ` (affected: ${c.affected})` : '', ` · ${label(c.status)} · ${c.day || ''} · `,
          el('a', {href: route('article', c.article_id, {claim: c.claim_id})}, c.site || c.article_id))))),
      block('Did (events as actor)', events, r => el('div', {}, timeline(r.items, main.clientWidth - 60),
          eventTable(r.items))));
}

function block(title, settled, render) {
  const s = el('section', {class: 'entity-block'});
  if (settled.status === 'rejected') {
    s.append(el('h2', {}, title), notice(settled.reason.message, 'error'));
  } else {
    const r = settled.value;
    s.append(el('h2', {}, `${title} (${fmtNumber(r.total)})`),
        r.items.length ? render(r) : el('p', {class: 'hint'}, 'nothing found'));
  }
  return s;
}
