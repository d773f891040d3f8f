// What the article view shows for the picked item: its fields, the words each came from, and the
// sentence(s) that state it. All offsets are code points (see spans.js).
import {el, fmtCount, label, route} from './dom.js';

/** A one-line description, for screen readers and headings. */
export function describe(item, ctx) {
  const name = id => (ctx ? ctx.name(id) : id);
  switch (item.kind) {
    case 'claim':
      return `claim: ${label(item.predicate)} ${fmtCount(item.count?.value, item.count?.min, item.count?.max,
          item.count?.approximate)} ${label(item.object)}` + (item.claimant && ctx ? `, claimed by ${name(item.claimant)}` : '');
    case 'quote': return `quote by ${item.speaker_text || 'unknown speaker'}`;
    case 'event': return `event ${item.type}: ${item.trigger ? item.trigger.text : ''}`;
    case 'entity': return `${label(item.type)}: ${item.name}`;
    case 'quantity': return `quantity ${item.text}: ${item.unit || ''}`;
    case 'date': return `date ${item.text}: ${item.value || 'unresolved'}`;
    case 'response': return `response: ${label(item.stance)}`;
    default: return item.kind;
  }
}

/** The sentence around a span: from the last sentence end before it to the next one after it. */
export function sentenceAround(cps, start, end) {
  const text = cps.slice(0, cps.length);
  const chars = Array.from(text);
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(chars[s - 1])) {
    s--;
  }
  while (s < start && /\s/.test(chars[s])) {
    s++;
  }
  let e = end;
  while (e < chars.length && !/[.!?\n]/.test(chars[e])) {
    e++;
  }
  return {start: s, end: Math.min(chars.length, e + 1)};
}

/** The detail panel's content for `item`. */
export function detailOf(item, ctx, select) {
  const rows = fieldsOf(item, ctx, select);
  const evidence = item.evidence || [];
  return [
    el('h2', {}, describe(item, ctx)),
    el('table', {class: 'fields'},
        el('caption', {class: 'sr-only'}, 'Fields and the words each came from'),
        el('colgroup', {}, el('col', {class: 'c-field'}), el('col'), el('col')),
        el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'field'), el('th', {scope: 'col'}, 'value'),
            el('th', {scope: 'col'}, 'from the words'))),
        el('tbody', {}, rows.map(([f, v, from]) => el('tr', {}, el('th', {scope: 'row'}, f), el('td', {}, v ?? ''),
            el('td', {class: 'from'}, from ?? ''))))),
    evidence.length
      ? el('div', {class: 'evidence'}, el('h3', {}, evidence.length > 1 ? 'Evidence sentences' : 'Evidence sentence'),
          evidence.map(e => el('blockquote', {lang: ctx.record.language || undefined}, ctx.cps.slice(e.start, e.end))))
      : null,
  ];
}

function words(ctx, span) {
  return span ? `“${ctx.cps.slice(span.start, span.end)}”` : null;
}

/** The mention of an entity inside the item's evidence, else its first mention. */
function mentionOf(ctx, id, evidence) {
  const e = ctx.entities.get(id);
  if (!e || !(e.mentions || []).length) {
    return null;
  }
  const inside = e.mentions.find(m => (evidence || []).some(s => m.start >= s.start && m.end <= s.end));
  return inside || e.mentions[0];
}

function entityValue(ctx, id) {
  if (!id) {
    return null;
  }
  const e = ctx.entities.get(id);
  return e ? el('a', {href: route('entity', null, {name: e.name})}, e.name, e.country ? ` (${e.country})` : '') : id;
}

function fieldsOf(item, ctx, select) {
  const ev = item.evidence;
  const ent = (field, id) => [field, entityValue(ctx, id), words(ctx, mentionOf(ctx, id, ev))];
  switch (item.kind) {
    case 'claim': {
      const c = item;
      const date = (ctx.record.dates || []).find(d => c.period && d.value === c.period.from
          && (ev || []).some(s => d.start >= s.start && d.end <= s.end));
      const trigger = (ctx.record.events || []).find(v => (v.claims || []).includes(c.id));
      return [
        ['predicate', label(c.predicate), trigger && trigger.trigger ? `“${trigger.trigger.text}”` : null],
        ['count', fmtCount(c.count?.value, c.count?.min, c.count?.max, c.count?.approximate), words(ctx, c.figure)],
        ['object', label(c.object), c.object_text ? `“${c.object_text}”` : null],
        c.claimant ? ent('claimant', c.claimant) : ['claimant', 'the outlet itself', null],
        ['via', (c.via || []).join(', ') || '—', null],
        ent('agent', c.agent), ent('affected', c.affected), ent('place', c.place),
        ['period', c.period ? `${c.period.from ?? '?'} – ${c.period.to ?? ''}` : '', date ? `“${date.text}”` : null],
        ['status', label(c.status), null],
        ['responses', (c.responses || []).map(r => `${ctx.name(r.party)}: ${label(r.stance)}`).join('; ') || 'none',
            (c.responses || []).map(r => words(ctx, r)).filter(Boolean).join(' ')],
        ['confidence', String(c.confidence ?? ''), null],
        ['claim id', c.id, null],
      ];
    }
    case 'quote':
      return [['speaker', item.speaker ? entityValue(ctx, item.speaker) : item.speaker_text || 'unknown',
        item.speaker_text ? `“${item.speaker_text}”` : null],
      ['cue', item.cue, item.cue ? `“${item.cue}”` : null], ['direct', item.direct ? 'yes' : 'reported speech', null],
      ['quoted words', item.text, null]];
    case 'event':
      return [['type', item.type, item.trigger ? `“${item.trigger.text}”` : null], ['mode', item.mode || '—', null],
        ['actors', list(ctx, item.actors), null], ['recipients', list(ctx, item.recipients), null],
        ['modality', label(item.modality), null], ['date', item.date || '—', null], ent('place', item.place),
        ['claims', el('span', {}, (item.claims || []).map(id => ctx.claims.get(id)).filter(Boolean).map(c =>
            el('button', {type: 'button', class: 'link', onclick: () => select(c)}, c.id))), null]];
    case 'entity':
      return [['name', item.name, null], ['type', label(item.type), null], ['country', item.country || '—', null],
        ['sector', item.sector || '—', null], ['role', item.role || '—', null],
        ['mentions', String((item.mentions || []).length),
            [...new Set((item.mentions || []).map(m => m.text))].map(t => `“${t}”`).join(' ')],
        ['everything by it', el('a', {href: route('entity', null, {name: item.name})}, 'entity page'), null]];
    case 'quantity':
      return [['value', fmtCount(item.value, item.min, item.max, item.approximate), `“${item.text}”`],
        ['unit', item.unit || '—', null], ['category', label(item.category) || '—', null]];
    case 'date':
      return [['value', item.value || 'unresolved', `“${item.text}”`], ['resolution', label(item.resolution), null]];
    case 'response':
      return [['party', entityValue(ctx, item.party), words(ctx, item)], ['stance', label(item.stance), null],
        ['to the claim', el('button', {type: 'button', class: 'link', onclick: () => select(item.claim)},
            describe(item.claim, ctx)), null]];
    default:
      return [];
  }
}

function list(ctx, ids) {
  return (ids || []).length ? el('span', {}, ids.map((id, i) => [i ? ', ' : '', entityValue(ctx, id)])) : '—';
}
