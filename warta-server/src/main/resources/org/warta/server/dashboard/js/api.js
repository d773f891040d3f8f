// The JSON API, read only. Errors carry the API's own message.

export class ApiError extends Error {
  constructor(message, parameter) {
    super(message);
    this.parameter = parameter;
  }
}

export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) {
      v.filter(x => x !== '' && x !== null && x !== undefined).forEach(x => q.append(k, x));
    } else if (v !== '' && v !== null && v !== undefined) {
      q.set(k, v);
    }
  }
  const url = q.toString() ? `${path}?${q}` : path;
  let r;
  try {
    r = await fetch(url, {headers: {Accept: 'application/json'}});
  } catch (e) {
    throw new ApiError(`The Warta server did not answer (${e.message}); is 'warta serve' still running?`);
  }
  let body = null;
  try {
    body = await r.json();
  } catch {
    body = null;
  }
  if (!r.ok) {
    throw new ApiError(body && body.error ? body.error : `${url} answered ${r.status}`, body && body.parameter);
  }
  return body;
}

/** Every page of a list endpoint, up to `limit` items. */
export async function all(path, params = {}, limit = 500) {
  const items = [];
  for (let page = 1; ; page++) {
    const r = await get(path, {...params, page, size: 100});
    items.push(...r.items);
    if (items.length >= r.total || r.items.length === 0 || items.length >= limit) {
      return {items, total: r.total};
    }
  }
}
