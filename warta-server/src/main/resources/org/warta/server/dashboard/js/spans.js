// Spans in a record count Unicode code points (as Python's str does), not the UTF-16 units of a JS
// string. Everything here works on Array.from(text), one element per code point.

/** The text split into code points, with a slicer that takes code point offsets. */
export function codePoints(text) {
  const cps = Array.from(text ?? '');
  return {
    length: cps.length,
    slice(start, end) {
      const s = clamp(start, cps.length);
      const e = clamp(end, cps.length);
      return e > s ? cps.slice(s, e).join('') : '';
    },
  };
}

function clamp(n, max) {
  const v = Number.isInteger(n) ? n : 0;
  return Math.max(0, Math.min(v, max));
}

/**
 * Cuts the text at every span boundary: returns [{start, end, text, items}], where items are the spans
 * ({start, end, ...}) that cover the piece. Spans outside the text or empty are dropped.
 */
export function segments(text, spans) {
  const cps = Array.from(text ?? '');
  const n = cps.length;
  const ok = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end)
      && s.start >= 0 && s.end <= n && s.end > s.start);
  const cuts = new Set([0, n]);
  for (const s of ok) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep left to right: spans join the active set where they start and leave it where they end.
  const byStart = [...ok].sort((a, b) => a.start - b.start);
  const active = new Set();
  let next = 0;
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    for (const s of active) {
      if (s.end <= start) {
        active.delete(s);
      }
    }
    while (next < byStart.length && byStart[next].start <= start) {
      active.add(byStart[next++]);
    }
    out.push({start, end, text: cps.slice(start, end).join(''), items: [...active]});
  }
  return out;
}
