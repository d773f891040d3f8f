// The dashboard's entry: a hash router (#/view/id?params) over the views.
import {get} from './api.js';
import {el, clear, fmtNumber, notice} from './dom.js';
import {articleView} from './article.js';
import {claimsView} from './claims.js';
import {compareView} from './compare.js';
import {entitiesView, entityView} from './entities.js';
import {eventsView} from './events.js';
import {searchView} from './search.js';

const main = document.getElementById('main');
let stats = {};

async function loadStats() {
  try {
    stats = await get('/api/stats');
    const s = document.getElementById('stats');
    clear(s).append(`${fmtNumber(stats.articles)} articles · ${fmtNumber(stats.claims)} claims · `
        + `${fmtNumber(stats.quotes)} quotes · ${fmtNumber(stats.events)} events`);
  } catch (e) {
    stats = {};
  }
}

/** The current route: {view, id, params} from '#/view/id?k=v'. */
function parse(hash) {
  const h = hash.startsWith('#/') ? hash.slice(2) : 'search';
  const [path, query] = h.split('?', 2);
  const [view, ...rest] = path.split('/');
  let id = null;
  if (rest.length) {
    try {
      id = decodeURIComponent(rest.join('/'));
    } catch {
      id = rest.join('/');
    }
  }
  return {view: view || 'search', id, params: new URLSearchParams(query || '')};
}

async function render() {
  if (location.hash && !location.hash.startsWith('#/')) {
    return; // an in-page anchor, such as the skip link
  }
  const {view, id, params} = parse(location.hash || '#/search');
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    const on = a.dataset.view === view || (view === 'article' && a.dataset.view === 'search')
        || (view === 'entity' && a.dataset.view === 'entities');
    if (on) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  }
  document.body.dataset.view = view;
  main.setAttribute('aria-busy', 'true');
  clear(main).append(el('p', {class: 'loading'}, 'Loading…'));
  try {
    switch (view) {
      case 'article': await articleView(main, id, params); break;
      case 'claims': await claimsView(main, params); break;
      case 'compare': await compareView(main, params); break;
      case 'events': await eventsView(main, params); break;
      case 'entities': await entitiesView(main, params); break;
      case 'entity': await entityView(main, params); break;
      case 'search': await searchView(main, params, stats); break;
      default: clear(main).append(notice(`There is no view '${view}'; pick one from the menu.`, 'error'));
    }
  } catch (e) {
    clear(main).append(el('h1', {}, 'Something failed'), notice(e.message, 'error'));
  } finally {
    main.removeAttribute('aria-busy');
    const h1 = main.querySelector('h1');
    document.title = h1 ? `${h1.textContent} · Warta` : 'Warta dashboard';
    document.body.dataset.route = location.hash; // which route the ready view shows (the browser test waits on it)
    document.body.dataset.ready = view;
  }
}

document.getElementById('skip').addEventListener('click', e => {
  e.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => {
  delete document.body.dataset.ready;
  render().then(() => main.focus({preventScroll: true}));
});
loadStats().then(render);
