// The article view: the clean text with every extracted item highlighted from its span, the record's
// claims, quotes, events and entities beside it, and the details of the item picked.
import {get} from './api.js';
import {el, clear, externalLink, fmtCount, label, notice, route} from './dom.js';
import {codePoints, segments} from './spans.js';
import {describe, detailOf, sentenceAround} from './details.js';

// Which item a highlighted piece stands for when several cover it: the most specific first.
const PRIORITY = ['claim', 'response', 'quantity', 'event', 'date', 'entity', 'quote'];

/** The article `id`; `?claim=c1` or `?event=v1` in the route picks that item at once. */
export async function articleView(main, id, params = new URLSearchParams()) {
  const record = await get(`/api/articles/${encodeURIComponent(id)}`);
  const ctx = context(record);
  const spans = spansOf(record, ctx);
  const detail = el('section', {class: 'detail', id: 'detail', 'aria-live': 'polite', 'aria-label': 'Selected item'},
      el('p', {class: 'hint'}, 'Pick a highlighted word or an item in the lists to see its evidence and sources.'));
  const body = el('div', {class: 'article-text', lang: record.language || undefined, id: 'article-text'});
  const pieces = [];
  const select = item => {
    for (const p of pieces) {
      p.node.classList.toggle('is-selected', p.seg.items.some(s => s.item === item));
      p.node.classList.toggle('is-evidence', (item.evidence || []).some(e => e.start <= p.seg.start && e.end >= p.seg.end));
    }
    clear(detail).append(...detailOf(item, ctx, select).filter(Boolean));
    const first = pieces.find(p => p.seg.items.some(s => s.item === item))
        || pieces.find(p => (item.evidence || []).some(e => e.start <= p.seg.start && e.end >= p.seg.end));
    if (first) {
      first.node.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    }
  };
  ctx.select = select;
  renderText(body, record.text, spans, pieces, select);

  clear(main).append(
      header(record),
      legend(),
      el('div', {class: 'article-layout'},
          el('article', {class: 'article-main', 'aria-label': 'Article text with highlights'}, body),
          el('aside', {class: 'article-side', 'aria-label': 'Extracted items'}, detail,
              claimList(record, ctx, select), quoteList(record, ctx, select), eventList(record, ctx, select),
              entityList(record, ctx, select))));
  const wanted = ctx.claims.get(params.get('claim')) || (record.events || []).find(v => v.id === params.get('event'));
  if (wanted) {
    select(wanted);
  }
}

function context(record) {
  const entities = new Map((record.entities || []).map(e => [e.id, e]));
  const claims = new Map((record.claims || []).map(c => [c.id, c]));
  return {
    record, entities, claims, cps: codePoints(record.text),
    name: id => (entities.get(id) ? entities.get(id).name : id),
  };
}

/** Every highlight as {start, end, kind, item}; items are tagged with their kind for the details. */
function spansOf(record, ctx) {
  const out = [];
  const add = (kind, start, end, item) => out.push({start, end, kind, item});
  for (const e of record.entities || []) {
    e.kind = 'entity';
    for (const m of e.mentions || []) {
      add('entity', m.start, m.end, e);
    }
  }
  for (const q of record.quantities || []) {
    q.kind = 'quantity';
    add('quantity', q.start, q.end, q);
  }
  for (const d of record.dates || []) {
    d.kind = 'date';
    add('date', d.start, d.end, d);
  }
  for (const q of record.quotes || []) {
    q.kind = 'quote';
    q.evidence = [sentenceAround(ctx.cps, q.start, q.end)];
    add('quote', q.start, q.end, q);
  }
  for (const v of record.events || []) {
    v.kind = 'event';
    if (v.trigger) {
      add('event', v.trigger.start, v.trigger.end, v);
    }
  }
  for (const c of record.claims || []) {
    c.kind = 'claim';
    const figure = claimFigure(record, c);
    if (figure) {
      c.figure = figure;
      add('claim', figure.start, figure.end, c);
    }
    for (const r of c.responses || []) {
      if (Number.isInteger(r.start)) {
        add('response', r.start, r.end, Object.assign({kind: 'response', claim: c}, r,
            {evidence: [sentenceAround(ctx.cps, r.start, r.end)]}));
      }
    }
  }
  return out;
}

/** The words that give a claim's count: a quantity inside its evidence with the same value. */
export function claimFigure(record, claim) {
  const inEvidence = q => (claim.evidence || []).some(e => q.start >= e.start && q.end <= e.end);
  const c = claim.count || {};
  const same = q => (c.value !== null && c.value !== undefined ? q.value === c.value
      : q.min === c.min && q.max === c.max);
  const qs = (record.quantities || []).filter(q => inEvidence(q) && same(q));
  return qs.find(q => q.category === claim.object) || qs[0] || null;
}

function renderText(body, text, spans, pieces, select) {
  const starts = new Set(spans.map(s => `${s.start}:${s.kind}`));
  let para = el('p');
  body.append(para);
  for (const seg of segments(text, spans)) {
    const parts = seg.text.split(/\n{2,}/);
    parts.forEach((part, i) => {
      if (i > 0) {
        para = el('p');
        body.append(para);
      }
      if (part === '') {
        return;
      }
      if (seg.items.length === 0) {
        const plain = el('span', {}, part);
        pieces.push({node: plain, seg});
        para.append(plain);
        return;
      }
      const primary = pick(seg.items);
      const kinds = new Set(seg.items.map(s => s.kind));
      const cls = ['hl', ...[...kinds].map(k => `hl-${k}`)];
      for (const s of seg.items) {
        if (s.kind === 'entity') {
          cls.push(`ent-${s.item.type}`);
        }
      }
      const claimIds = seg.items.filter(s => s.kind === 'claim').map(s => s.item.id);
      const focusable = i === 0 && starts.has(`${seg.start}:${primary.kind}`) && primary.start === seg.start;
      const node = el('span', {
        class: cls.join(' '),
        'data-kind': [...kinds].join(' '),
        'data-claims': claimIds.length ? claimIds.join(' ') : null,
        role: focusable ? 'button' : null,
        tabindex: focusable ? 0 : null,
        'aria-label': focusable ? describe(primary.item, null) : null,
      }, part);
      const choose = () => {
        select(primary.item);
        if (window.matchMedia('(max-width: 760px)').matches) {
          document.getElementById('detail').scrollIntoView({block: 'start'});
        }
      };
      node.addEventListener('click', choose);
      node.addEventListener('keydown', e => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          choose();
        }
      });
      pieces.push({node, seg});
      para.append(node);
    });
  }
}

function pick(items) {
  return [...items].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind)
      || (a.end - a.start) - (b.end - b.start))[0];
}

function header(r) {
  const src = r.source || {};
  return el('header', {class: 'article-head'},
      el('p', {class: 'crumbs'}, el('a', {href: '#/search'}, '← Search')),
      el('h1', {lang: r.language || undefined}, r.title || '(no title)'),
      el('p', {class: 'meta'},
          el('span', {}, src.site || 'unknown outlet'), ' · ',
          el('span', {}, r.published || 'no date'), ' · ',
          el('span', {}, `language ${r.language}`),
          r.dateline ? [' · dateline ', el('span', {}, r.dateline)] : null,
          src.url ? [' · ', externalLink(src.url, 'original page')] : null),
      (r.diagnostics || []).length
        ? el('details', {class: 'diag'}, el('summary', {}, `${r.diagnostics.length} diagnostics`),
            el('ul', {}, r.diagnostics.map(d => el('li', {}, `${d.stage}: ${d.message}`))))
        : null);
}

function legend() {
  const item = (cls, text) => el('li', {}, el('span', {class: `hl ${cls}`}, text));
  return el('ul', {class: 'legend', 'aria-label': 'Highlight colours'},
      item('hl-entity ent-PERSON', 'person'), item('hl-entity ent-ORGANIZATION', 'organisation'),
      item('hl-entity ent-LOCATION', 'place'), item('hl-quantity', 'quantity'), item('hl-date', 'date'),
      item('hl-claim', 'claim figure'), item('hl-quote', 'quote'), item('hl-event', 'event trigger'),
      item('hl-response', 'response'));
}

function section(title, count, list) {
  return el('section', {class: 'side-block'}, el('h2', {}, `${title} (${count})`),
      count ? list : el('p', {class: 'hint'}, 'none found'));
}

function itemButton(item, ctx, select, ...content) {
  return el('li', {}, el('button', {type: 'button', class: 'item', onclick: () => select(item)}, ...content));
}

function claimList(r, ctx, select) {
  const cs = r.claims || [];
  return section('Claims', cs.length, el('ul', {class: 'items', id: 'claim-list'}, cs.map(c =>
      itemButton(c, ctx, select,
          el('strong', {}, fmtCount(c.count?.value, c.count?.min, c.count?.max, c.count?.approximate)), ' ',
          label(c.object), ' ', el('span', {class: 'pred'}, label(c.predicate)),
          el('span', {class: 'sub'}, c.claimant ? `claimed by ${ctx.name(c.claimant)}` : 'in the outlet\'s voice',
              c.affected ? ` · affects ${ctx.name(c.affected)}` : '', ` · ${label(c.status)}`)))));
}

function quoteList(r, ctx, select) {
  const qs = r.quotes || [];
  return section('Quotes', qs.length, el('ul', {class: 'items'}, qs.map(q =>
      itemButton(q, ctx, select, el('strong', {}, q.speaker_text || (q.speaker ? ctx.name(q.speaker) : 'unknown')),
          ': ', el('span', {class: 'quote-text'}, q.direct ? `“${q.text}”` : q.text)))));
}

function eventList(r, ctx, select) {
  const vs = r.events || [];
  return section('Events', vs.length, el('ul', {class: 'items'}, vs.map(v =>
      itemButton(v, ctx, select, el('strong', {}, v.type), ' ',
          (v.actors || []).map(ctx.name).join(', ') || '?', ' → ', (v.recipients || []).map(ctx.name).join(', ') || '?',
          el('span', {class: 'sub'}, `“${v.trigger ? v.trigger.text : ''}” · ${label(v.modality)}`)))));
}

function entityList(r, ctx, select) {
  const es = r.entities || [];
  return section('Entities', es.length, el('ul', {class: 'items chips'}, es.map(e =>
      el('li', {}, el('button', {type: 'button', class: `chip ent-${e.type}`, onclick: () => select(e)},
          e.name, el('span', {class: 'sub'}, ` ${(e.mentions || []).length}×`))))));
}

export {route};
