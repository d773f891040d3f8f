// Claims: a sortable, filterable table over /api/claims.
import {all} from './api.js';
import {el, clear, field, fmtCount, label, notice, route, select} from './dom.js';
import {OBJECTS, PREDICATES, STATUSES} from './vocab.js';

const SERVER_FILTERS = ['claimant', 'affected', 'predicate', 'object', 'place', 'from', 'to'];

const COLUMNS = [
  {key: 'claimant', title: 'Claimant', value: r => r.claimant || '(outlet)',
    show: r => (r.claimant ? el('a', {href: route('entity', null, {name: r.claimant})}, r.claimant) : '(outlet)')},
  {key: 'predicate', title: 'Predicate', value: r => label(r.predicate)},
  {key: 'count', title: 'Count', value: r => r.value ?? r.min ?? -1, numeric: true,
    show: r => fmtCount(r.value, r.min, r.max, r.approximate)},
  {key: 'object', title: 'Object', value: r => label(r.object), show: r => el('span', {title: r.object_text || ''}, label(r.object))},
  {key: 'affected', title: 'Affected', value: r => r.affected || ''},
  {key: 'place', title: 'Place', value: r => r.place || ''},
  {key: 'period', title: 'Period', value: r => r.period_from || r.day || '',
    show: r => (r.period_to && r.period_to !== r.period_from ? `${r.period_from} – ${r.period_to}` : r.period_from || r.day || '')},
  {key: 'status', title: 'Status', value: r => label(r.status)},
  {key: 'responses', title: 'Responses', value: r => responses(r)},
  {key: 'site', title: 'Outlet', value: r => r.site || '', show: r => el('a', {href: route('article', r.article_id, {claim: r.claim_id})}, r.site || r.article_id)},
];

function responses(r) {
  return (r.responses || []).map(x => `${x.party || '?'}: ${label(x.stance)}`).join('; ');
}

export async function claimsView(main, params) {
  const current = Object.fromEntries(SERVER_FILTERS.map(k => [k, params.get(k) || '']));
  const inputs = {
    claimant: el('input', {type: 'text', value: current.claimant, placeholder: 'AZE, name part'}),
    affected: el('input', {type: 'text', value: current.affected, placeholder: 'ARM, name part'}),
    predicate: select('predicate', PREDICATES.map(p => ({value: p, label: label(p)})), current.predicate),
    object: select('object', OBJECTS.map(o => ({value: o, label: label(o)})), current.object),
    place: el('input', {type: 'text', value: current.place, placeholder: 'place'}),
    from: el('input', {type: 'date', value: current.from}),
    to: el('input', {type: 'date', value: current.to}),
  };
  const form = el('form', {class: 'filters', 'aria-label': 'Claim filters', onsubmit: e => {
    e.preventDefault();
    location.hash = route('claims', null, Object.fromEntries(SERVER_FILTERS.map(k => [k, inputs[k].value.trim()])));
  }}, SERVER_FILTERS.map(k => field(label(k), inputs[k])),
  el('div', {class: 'field actions'}, el('button', {type: 'submit'}, 'Apply'),
      el('a', {href: '#/claims', class: 'button secondary'}, 'Clear')));
  const status = select('status', STATUSES.map(s => ({value: s, label: label(s)})), '', 'any status');
  const text = el('input', {type: 'search', placeholder: 'outlet, response, text...'});
  const least = el('input', {type: 'number', min: 0, step: 1, inputmode: 'numeric', placeholder: 'any'});
  const table = el('div', {class: 'table-wrap', id: 'claims-table'});
  clear(main).append(el('h1', {}, 'Claims'), form,
      el('div', {class: 'filters inline'}, field('Status', status), field('Count at least', least),
          field('Filter these rows', text)), table);

  let data;
  try {
    data = await all('/api/claims', current, 1000);
  } catch (e) {
    table.append(notice(e.message, 'error'));
    return;
  }
  const state = {sort: 'period', dir: -1};
  const draw = () => {
    const needle = text.value.trim().toLowerCase();
    const min = least.value === '' ? null : Number(least.value);
    const rows = data.items.filter(r => (!status.value || r.status === status.value)
        && (min === null || (r.value ?? r.max ?? r.min ?? -1) >= min)
        && (!needle || COLUMNS.some(c => String(c.value(r)).toLowerCase().includes(needle))
          || String(r.object_text || '').toLowerCase().includes(needle)));
    const col = COLUMNS.find(c => c.key === state.sort);
    rows.sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      return state.dir * (col.numeric ? x - y : String(x).localeCompare(String(y)));
    });
    clear(table).append(
        el('p', {class: 'count', role: 'status'}, `${rows.length} of ${data.total} claims`
            + (data.items.length < data.total ? ` (first ${data.items.length} loaded; narrow the filters)` : '')),
        el('table', {class: 'grid'},
            el('caption', {class: 'sr-only'}, 'Claims; the column buttons sort'),
            el('thead', {}, el('tr', {}, COLUMNS.map(c => el('th', {scope: 'col',
              'aria-sort': state.sort === c.key ? (state.dir > 0 ? 'ascending' : 'descending') : 'none'},
            el('button', {type: 'button', class: 'sort', onclick: () => {
              state.dir = state.sort === c.key ? -state.dir : 1;
              state.sort = c.key;
              draw();
            }}, c.title, state.sort === c.key ? (state.dir > 0 ? ' ▲' : ' ▼') : ''))))),
            el('tbody', {}, rows.map(r => el('tr', {}, COLUMNS.map(c => el('td', {'data-label': c.title},
                c.show ? c.show(r) : c.value(r))))))));
  };
  status.addEventListener('change', draw);
  text.addEventListener('input', draw);
  least.addEventListener('input', draw);
  draw();
}
