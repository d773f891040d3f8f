// Safe DOM building: every string becomes a text node or a checked attribute, never markup.

const SVG = 'http://www.w3.org/2000/svg';

// Attributes the dashboard sets; anything else (on*, style, href with a script scheme) is refused.
const SAFE_ATTRS = new Set([
  'id', 'class', 'title', 'type', 'name', 'value', 'placeholder', 'for', 'role', 'tabindex', 'colspan',
  'scope', 'min', 'max', 'step', 'lang', 'dir', 'hidden', 'disabled', 'selected', 'checked', 'rel', 'target',
  'autocomplete', 'inputmode', 'pattern', 'maxlength', 'size', 'datetime', 'open',
  'viewBox', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points',
  'text-anchor', 'dominant-baseline', 'transform', 'focusable', 'preserveAspectRatio',
]);

function setAttr(node, key, value) {
  if (value === null || value === undefined || value === false) {
    return;
  }
  const v = value === true ? '' : String(value);
  if (key === 'href') {
    const safe = safeHref(v);
    if (safe !== null) {
      node.setAttribute('href', safe);
    }
    return;
  }
  if (key.startsWith('aria-') || key.startsWith('data-') || SAFE_ATTRS.has(key)) {
    node.setAttribute(key, v);
    return;
  }
  throw new Error(`Refusing to set attribute '${key}'`);
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** An HTML element: el('a', {href: '#/x', class: 'y'}, 'text', child). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'onclick' || k === 'oninput' || k === 'onchange' || k === 'onsubmit' || k === 'onkeydown') {
      node.addEventListener(k.slice(2), v);
    } else {
      setAttr(node, k, v);
    }
  }
  append(node, children);
  return node;
}

/** An SVG element, built the same way. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'onclick' || k === 'onkeydown') {
      node.addEventListener(k.slice(2), v);
    } else {
      setAttr(node, k, v);
    }
  }
  append(node, children);
  return node;
}

/**
 * An href the dashboard may use: its own hash routes and paths, or an absolute http(s) URL; null for
 * anything else (javascript:, data:, vbscript:, protocol-relative //host).
 */
export function safeHref(url) {
  if (typeof url !== 'string') {
    return null;
  }
  const u = url.trim();
  if (u.startsWith('#') || (u.startsWith('/') && !u.startsWith('//'))) {
    return u;
  }
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an external page when the URL is http(s); else the URL as plain text. */
export function externalLink(url, label) {
  const href = safeHref(url);
  if (href === null || href.startsWith('#') || href.startsWith('/')) {
    return el('span', {class: 'url'}, url ?? '');
  }
  return el('a', {href, rel: 'noopener noreferrer nofollow', target: '_blank'}, label ?? url);
}

export function clear(node) {
  while (node.firstChild) {
    node.firstChild.remove();
  }
  return node;
}

/** A hash route: route('article', id) -> '#/article/ID', with query params when given. */
export function route(view, id, params) {
  let h = `#/${view}`;
  if (id !== undefined && id !== null) {
    h += '/' + encodeURIComponent(id);
  }
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') {
      q.set(k, v);
    }
  }
  const s = q.toString();
  return s ? `${h}?${s}` : h;
}

/** A message box for errors and empty results. */
export function notice(text, kind = 'info') {
  return el('p', {class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status'}, text);
}

/** A labelled form field. */
export function field(label, input) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  return el('div', {class: 'field'}, el('label', {for: id}, label), input);
}

export function select(name, options, current, allLabel = 'all') {
  const s = el('select', {name});
  s.append(el('option', {value: ''}, allLabel));
  for (const o of options.filter(x => x !== null && x !== undefined)) {
    const value = typeof o === 'string' ? o : o.value;
    const label = typeof o === 'string' ? o : o.label;
    s.append(el('option', {value, selected: value === current}, label));
  }
  return s;
}

export function fmtNumber(n) {
  return n === null || n === undefined ? '' : Number(n).toLocaleString('en');
}

/** A claim count as words: 2300, about 10,000-99,999. */
export function fmtCount(value, min, max, approximate) {
  let s;
  if (value !== null && value !== undefined) {
    s = fmtNumber(value);
  } else if (min !== null && min !== undefined && max !== null && max !== undefined) {
    s = `${fmtNumber(min)}–${fmtNumber(max)}`;
  } else if (min !== null && min !== undefined) {
    s = `≥ ${fmtNumber(min)}`;
  } else if (max !== null && max !== undefined) {
    s = `≤ ${fmtNumber(max)}`;
  } else {
    s = '?';
  }
  return approximate ? `~${s}` : s;
}

export function label(constant) {
  return constant ? String(constant).toLowerCase().replaceAll('_', ' ') : '';
}
