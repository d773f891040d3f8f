// Search: full text with language, site and date filters; facets from /api/stats.
import {get} from './api.js';
import {el, clear, field, fmtNumber, notice, route, select} from './dom.js';

const SIZE = 10;

export async function searchView(main, params, stats) {
  const q = params.get('q') || '';
  const lang = params.get('lang') || '';
  const site = params.get('site') || '';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const current = {q, lang, site, from, to};
  const go = changes => {
    location.hash = route('search', null, {...current, page: null, ...changes});
  };

  const qInput = el('input', {type: 'search', name: 'q', value: q, placeholder: 'words, "a phrase", OR, -word',
    autocomplete: 'off'});
  const langSel = select('lang', (stats.languages || []).map(l => l.language), lang, 'any language');
  const siteSel = select('site', (stats.sites || []).map(s => s.site), site, 'any site');
  const fromIn = el('input', {type: 'date', name: 'from', value: from});
  const toIn = el('input', {type: 'date', name: 'to', value: to});
  const form = el('form', {class: 'filters', role: 'search', 'aria-label': 'Search articles', onsubmit: e => {
    e.preventDefault();
    go({q: qInput.value.trim(), lang: langSel.value, site: siteSel.value, from: fromIn.value, to: toIn.value});
  }}, field('Search', qInput), field('Language', langSel), field('Site', siteSel), field('From', fromIn),
  field('To', toIn), el('div', {class: 'field actions'}, el('button', {type: 'submit'}, 'Search'),
      el('a', {href: '#/search', class: 'button secondary'}, 'Clear')));

  const results = el('section', {class: 'results', 'aria-label': 'Results', id: 'results'});
  clear(main).append(el('h1', {}, 'Search articles'), form,
      el('div', {class: 'with-facets'}, facets(stats, current, go), results));

  let r;
  try {
    r = await get('/api/articles', {...current, page, size: SIZE});
  } catch (e) {
    results.append(notice(e.message, 'error'));
    return;
  }
  results.append(el('p', {class: 'count', role: 'status'}, `${fmtNumber(r.total)} article${r.total === 1 ? '' : 's'}`));
  if (!r.items.length) {
    results.append(notice('Nothing matches; try fewer words or filters.'));
    return;
  }
  results.append(el('ol', {class: 'hits', start: undefined}, r.items.map(a => el('li', {class: 'hit'},
      el('h2', {}, el('a', {href: route('article', a.id), lang: a.language || undefined}, a.title || '(no title)')),
      el('p', {class: 'meta'}, a.site || 'unknown site', ' · ', a.published || 'no date', ' · ', a.language),
      el('p', {class: 'lead', lang: a.language || undefined}, a.lead || '')))));
  results.append(pager(r, page, p => location.hash = route('search', null, {...current, page: p})));
}

function facets(stats, current, go) {
  const group = (title, key, rows, valueKey) => el('section', {class: 'facet'},
      el('h2', {}, title),
      el('ul', {}, rows.filter(row => row[valueKey]).slice(0, 15).map(row => {
        const v = row[valueKey];
        const on = current[key] === v;
        return el('li', {}, el('button', {type: 'button', class: on ? 'facet-on' : '', 'aria-pressed': on ? 'true' : 'false',
          onclick: () => go({[key]: on ? '' : v})}, v, el('span', {class: 'n'}, fmtNumber(row.articles))));
      })));
  return el('aside', {class: 'facets', 'aria-label': 'Facets'},
      el('p', {class: 'hint'}, 'Counts over the whole store; pick one to filter.'),
      group('Language', 'lang', stats.languages || [], 'language'),
      group('Site', 'site', stats.sites || [], 'site'),
      stats.first_published
        ? el('p', {class: 'hint'}, `Published ${stats.first_published} to ${stats.last_published}`) : null);
}

/** Previous / next links for a paginated answer. */
export function pager(r, page, goTo) {
  const pages = Math.max(1, Math.ceil(r.total / r.size));
  if (pages <= 1) {
    return document.createComment('one page');
  }
  return el('nav', {class: 'pager', 'aria-label': 'Pages'},
      el('button', {type: 'button', disabled: page <= 1, onclick: () => goTo(page - 1)}, '← Previous'),
      el('span', {}, `page ${page} of ${pages}`),
      el('button', {type: 'button', disabled: page >= pages, onclick: () => goTo(page + 1)}, 'Next →'));
}
