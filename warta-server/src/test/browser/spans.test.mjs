// Unit tests of the dashboard's span arithmetic (node --test; run by DashboardScriptsTest).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

// Loaded as a data: URL, which is always an ES module, whatever Node makes of a .js file with no package.json.
const source = readFileSync(new URL('../../main/resources/org/warta/server/dashboard/js/spans.js', import.meta.url), 'utf8');
const {codePoints, segments} = await import(`data:text/javascript,${encodeURIComponent(source)}`);

test('offsets count code points, so astral characters take one each', () => {
  const text = '🇦🇿 Baku 😀 mengklaim 2.300';
  const cps = codePoints(text);
  assert.equal(cps.length, Array.from(text).length);
  assert.equal(cps.slice(3, 7), 'Baku');
  assert.equal(cps.slice(20, 25), '2.300');
});

test('overlapping spans cut the text into pieces, each with the spans covering it', () => {
  const a = {start: 3, end: 5};
  const b = {start: 3, end: 8};
  const c = {start: 6, end: 8};
  const segs = segments('🇦🇿 ab cd ef', [a, b, c]);
  assert.deepEqual(segs.map(s => [s.start, s.end, s.text]),
      [[0, 3, '🇦🇿 '], [3, 5, 'ab'], [5, 6, ' '], [6, 8, 'cd'], [8, 11, ' ef']]);
  assert.deepEqual(segs[1].items, [a, b]);
  assert.deepEqual(segs[2].items, [b]);
  assert.deepEqual(segs[3].items, [b, c]);
  assert.deepEqual(segs[4].items, []);
});

test('spans outside the text, empty, reversed or not whole numbers are dropped', () => {
  const segs = segments('abc', [{start: 1, end: 9}, {start: 2, end: 2}, {start: 2, end: 1}, {start: 0.5, end: 2},
    {start: '0', end: 1}, {start: -1, end: 1}]);
  assert.deepEqual(segs.map(s => s.text), ['abc']);
  assert.deepEqual(segs[0].items, []);
});

test('random spans over random text: no exception, the pieces rebuild the text, items cover their piece', () => {
  let seed = 42;
  const rnd = n => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const alphabet = Array.from('ab \n.😀🇦🇿<>&"\'é');
  for (let round = 0; round < 300; round++) {
    const text = Array.from({length: rnd(40)}, () => alphabet[rnd(alphabet.length)]).join('');
    const n = Array.from(text).length;
    const spans = Array.from({length: rnd(12)}, () => ({start: rnd(n + 4) - 2, end: rnd(n + 4) - 2}));
    const segs = segments(text, spans);
    assert.equal(segs.map(s => s.text).join(''), text);
    for (const s of segs) {
      assert.ok(s.start < s.end && s.end <= n);
      for (const item of s.items) {
        assert.ok(item.start <= s.start && item.end >= s.end);
      }
      const covering = spans.filter(x => x.start >= 0 && x.end <= n && x.start < x.end && x.start <= s.start
          && x.end >= s.end);
      assert.equal(s.items.length, covering.length);
    }
  }
});
