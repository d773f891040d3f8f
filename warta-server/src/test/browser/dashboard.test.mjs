// Drives Debian's chromium through the Warta dashboard (run by DashboardBrowserTest, or by hand):
//   WARTA_TOKEN=... node dashboard.test.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR
// The server must hold the seed article and the demo articles. Every page is served here under
// 'Content-Security-Policy: default-src 'self'' (added by the test if the server does not send it), so a
// dashboard that needed inline script or style would fail. Exit status 0 when every check passes.
import {chromium} from 'playwright-core';
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const [base, shots = 'target/dashboard-screenshots'] = process.argv.slice(2);
const token = process.env.WARTA_TOKEN;
if (!base || !token) {
  console.error('usage: WARTA_TOKEN=token node dashboard.test.mjs http://127.0.0.1:PORT/ [screenshot dir]');
  process.exit(2);
}
const root = base.endsWith('/') ? base : `${base}/`;
mkdirSync(shots, {recursive: true});
const CSP = "default-src 'self'";

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) {
    failures++;
  }
}

const profile = mkdtempSync(join(tmpdir(), 'warta-chromium-'));
// A fresh profile each run (Playwright passes it to chromium as --user-data-dir).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: {width: 1280, height: 900},
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  // Serve the dashboard under a strict CSP, whatever the server sends, and refuse every other origin.
  await context.route('**/*', async route => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(root).origin) {
      problems.push(`request to another origin: ${url.href}`);
      return route.abort();
    }
    const response = await route.fetch();
    const headers = {...response.headers()};
    if (!headers['content-security-policy']) {
      headers['content-security-policy'] = CSP;
    }
    return route.fulfill({response, headers});
  });
  const page = await context.newPage();
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('console', m => {
    if (m.type() === 'error') {
      problems.push(`console error: ${m.text()}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', e => {
      window.__cspViolations = (window.__cspViolations || 0) + 1;
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const ready = view => page.waitForSelector(`body[data-ready="${view}"]`, {timeout: 15000});
  // POST /api/ingest from the page (same origin), with the server's token.
  const ingest = articles => page.evaluate(async ([body, tok]) => {
    const r = await fetch('/api/ingest', {method: 'POST', headers: {'Content-Type': 'application/json',
      Authorization: `Bearer ${tok}`}, body});
    return {status: r.status, body: await r.json()};
  }, [JSON.stringify(articles), token]);
  // Nothing from the data ran or became an element or a link; no stray 'null' printed.
  const inert = async where => {
    const r = await page.evaluate(() => ({
      pwned: window.__pwned,
      scripts: [...document.querySelectorAll('script')].filter(s => !s.src.endsWith('/js/app.js')).length,
      imgs: document.querySelectorAll('main img, main svg[onload], main [onerror], main [onmouseover], main b').length,
      badLinks: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
          .filter(h => !/^(#|\/(?!\/)|https?:)/i.test(h)),
      strayNulls: [...document.querySelectorAll('main, main *')].filter(n => [...n.childNodes]
          .some(c => c.nodeType === Node.TEXT_NODE && /^(null|undefined)$/.test(c.textContent))).length,
    }));
    check(r.pwned === undefined && r.scripts === 0 && r.imgs === 0 && r.badLinks.length === 0 && r.strayNulls === 0,
        `${where}: nothing ran, no element or link from the data (${JSON.stringify(r)})`);
  };

  // 1. Search
  await page.goto(root);
  await ready('search');
  check(await page.locator('nav a[aria-current="page"]').textContent() === 'Search', 'the search view opens at /');
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.id) === 'skip', 'the first Tab reaches the skip link');
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement.id) === 'main', 'the skip link moves focus to the content');
  await page.getByLabel('Search', {exact: true}).fill('Armenia');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('q=Armenia'));
  await ready('search');
  const hits = page.locator('.hit h2 a');
  check(await hits.count() > 0, `searching 'Armenia' lists articles (${await hits.count()})`);
  const facetButtons = await page.locator('.facets button').count();
  check(facetButtons >= 2, `language and site facets are shown (${facetButtons} buttons)`);
  await page.screenshot({path: join(shots, 'search.png'), fullPage: true});

  // 2. The seed article: the 2.300 claim highlighted and attributed to the Ministry of Defence
  const seed = page.locator('.hit h2 a', {hasText: '2.300'});
  check(await seed.count() === 1, 'the seed article is among the hits');
  await seed.first().click();
  await ready('article');
  const claim = page.locator('.article-text .hl-claim', {hasText: '2.300'}).first();
  check(await claim.count() === 1, 'the figure 2.300 is highlighted as a claim in the text');
  check((await claim.getAttribute('data-claims') || '').split(' ').includes('c1'), 'the highlight is claim c1');
  check(await claim.getAttribute('role') === 'button' && await claim.getAttribute('tabindex') === '0',
      'the highlighted claim is a focusable button');
  await claim.focus();
  await page.keyboard.press('Enter');
  const detail = page.locator('#detail');
  await detail.locator('h2').waitFor();
  const claimantRow = detail.locator('tr', {has: page.locator('th', {hasText: /^claimant$/})});
  const claimant = await claimantRow.locator('td').first().textContent();
  check(/Ministry of Defence/.test(claimant), `the claim's claimant is the Ministry of Defence ('${claimant}')`);
  check(/2,300/.test(await detail.locator('h2').textContent()), 'the detail names the count 2,300');
  const evidence = await detail.locator('.evidence blockquote').allTextContents();
  check(evidence.some(e => e.includes('2.300')), 'the evidence sentence with 2.300 is shown');
  check(await page.locator('#claim-list li', {hasText: 'Ministry of Defence'}).count() > 0,
      'the side list attributes claims to the Ministry of Defence');
  await page.screenshot({path: join(shots, 'article.png'), fullPage: false});
  await inert('seed article view');
  const entityCount = await page.locator('.article-text .hl-entity').count();
  check(entityCount > 5 && await page.locator('.article-text .hl-quote').count() > 0
      && await page.locator('.article-text .hl-event').count() > 0, `entities (${entityCount}), quotes and events are highlighted`);

  // 3. Compare, claims, events, entity. Three short counter-claim articles written for this test give the
  // compare chart both sides and the responses to mark.
  const fixtures = [
    ['fixture-arm-1', '2020-09-28', 'Kementerian Pertahanan Armenia mengklaim telah menewaskan 400 personel militer '
      + 'Azerbaijan dalam pertempuran di Nagorno-Karabakh pada Senin 28 September 2020. Kementerian itu juga mengklaim '
      + 'menghancurkan 30 tank Azerbaijan. Azerbaijan membantah klaim tersebut.'],
    ['fixture-aze-2', '2020-09-29', 'Kementerian Pertahanan Azerbaijan mengklaim telah menewaskan 550 personel militer '
      + 'Armenia dalam pertempuran di Nagorno-Karabakh pada Selasa 29 September 2020. Armenia membantah klaim tersebut.'],
    ['fixture-arm-3', '2020-09-30', 'Kementerian Pertahanan Armenia mengklaim telah menewaskan 790 personel militer '
      + 'Azerbaijan dalam pertempuran di Nagorno-Karabakh pada Rabu 30 September 2020. Azerbaijan belum berkomentar soal '
      + 'klaim tersebut.'],
  ].map(([id, published, text]) => ({id, published, text, language: 'id', url: `https://test.example/${id}`}));
  const added = await ingest(fixtures);
  check(added.status === 200 && added.body.ingested + added.body.duplicates === 3, 'the counter-claim fixtures are stored');
  await page.click('nav a[data-view="compare"]');
  await ready('compare');
  await page.getByRole('button', {name: 'Compare'}).click();
  await ready('compare');
  // the submit changes the hash and renders again, and 'ready' may still be the first render's for a moment: wait
  // for the render of the submitted route
  await page.waitForSelector('body[data-ready="compare"][data-route*="a=AZE"]', {timeout: 15000});
  const dots = await page.locator('svg.chart circle.dot.side-a').count();
  check(dots > 0, `the compare chart plots AZE's claims about ARM (${dots} points)`);
  const otherDots = await page.locator('svg.chart circle.dot.side-b').count();
  check(otherDots >= 2, `and ARM's claims about AZE (${otherDots} points)`);
  check(await page.locator('svg.chart .mark-denied').count() >= 2, 'denials are marked on the chart');
  check(await page.locator('svg.chart .chart-title', {hasText: 'personnel'}).count() === 1, 'a chart for personnel');
  await page.screenshot({path: join(shots, 'compare.png'), fullPage: true});
  await inert('compare view');

  await page.goto(`${root}#/claims?claimant=Ministry`);
  await ready('claims');
  const rows = await page.locator('#claims-table tbody tr').count();
  check(rows >= 8, `the claims table lists the ministry's claims (${rows})`);
  await page.locator('th button.sort', {hasText: 'Count'}).click();
  const first = await page.locator('#claims-table tbody tr td[data-label="Count"]').first().textContent();
  await page.locator('th button.sort', {hasText: 'Count'}).click();
  const firstDesc = await page.locator('#claims-table tbody tr td[data-label="Count"]').first().textContent();
  check(first !== firstDesc && firstDesc === '2,300', `sorting by count flips the order (${first} / ${firstDesc})`);
  await page.screenshot({path: join(shots, 'claims.png'), fullPage: true});
  await page.getByLabel('Count at least').fill('100');
  const big = await page.locator('#claims-table tbody td[data-label="Count"]').allTextContents();
  check(big.length > 0 && big.length < rows && big.every(c => Number(c.replace(/[^0-9]/g, '')) >= 100),
      `'count at least 100' keeps only those rows (${big})`);
  await page.getByLabel('Count at least').fill('');
  await page.locator('#claims-table tbody tr').first().locator('td[data-label="Outlet"] a').click();
  await ready('article');
  await page.locator('#detail h2').waitFor();
  check(/2,300/.test(await page.locator('#detail h2').textContent())
      && (await page.locator('#article-text .is-selected').allTextContents()).includes('2.300'),
  'a claim row opens its article with that claim picked and its figure marked');

  await page.click('nav a[data-view="events"]');
  await ready('events');
  check(await page.locator('svg.timeline circle.dot').count() > 0, 'the events timeline has points');
  await page.screenshot({path: join(shots, 'events.png'), fullPage: true});

  await page.goto(`${root}#/entity?name=Pashinyan`);
  await ready('entity');
  check(await page.locator('.entity-block h2', {hasText: /^Did/}).count() === 1, 'the entity page has what it did');
  await page.screenshot({path: join(shots, 'entity.png'), fullPage: true});

  // 4. A phone-sized window
  await page.setViewportSize({width: 390, height: 844});
  await page.goto(`${root}#/search?q=Armenia`);
  await ready('search');
  await page.locator('.hit h2 a', {hasText: '2.300'}).click();
  await ready('article');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `no sideways scrolling on a phone (${overflow}px too wide)`);
  await page.screenshot({path: join(shots, 'article-phone.png'), fullPage: false});
  for (const [view, url] of [['claims', '#/claims?claimant=Ministry'], ['compare', '#/compare?a=AZE&b=ARM']]) {
    await page.goto(`${root}${url}`);
    await ready(view);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(wide <= 1, `${view} fits a phone (${wide}px too wide)`);
    await page.screenshot({path: join(shots, `${view}-phone.png`), fullPage: false});
  }
  await page.setViewportSize({width: 1280, height: 900});

  // 5. A hostile article: nothing from it may run or become markup
  // Two flag emoji first: four code points, eight UTF-16 units, so a view that took the record's code point
  // offsets as JS string indexes would highlight the wrong letters.
  const hostile = [
    '🇦🇿🇦🇲 Kementerian Pertahanan <script>window.__pwned = "script"</script> mengklaim telah menewaskan 120 personel '
      + 'militer Armenia <img src=x onerror="window.__pwned = \'img\'"> di Tovuz pada Senin.',
    '"<b onmouseover="window.__pwned = \'b\'">Kami</b> <script>window.__pwned = "quote"</script> menghancurkan '
      + 'posisi musuh," kata juru bicara <img src=x onerror=window.__pwned=1>Vagif <svg onload=window.__pwned=2>Dargahli.',
    'Baca juga: javascript:window.__pwned=3 dan <a href="javascript:window.__pwned=4">tautan</a>. '
      + 'Armenia belum berkomentar soal klaim tersebut.',
  ].join('\n\n');
  const posted = await ingest([
    {id: 'hostile-text', text: hostile, url: 'javascript:window.__pwned=5', published: '2020-10-02', language: 'id'},
    {id: 'hostile-html', url: 'https://evil.example/x', published: '2020-10-02',
      html: `<html><head><title>Serangan &lt;script&gt;window.__pwned=6&lt;/script&gt;<img src=x onerror=window.__pwned=7></title>
        </head><body><article><p>${hostile.replaceAll('\n\n', '</p><p>')}</p></article></body></html>`}]);
  check(posted.status === 200 && posted.body.ingested + posted.body.duplicates === 2, `the hostile articles are ingested (${JSON.stringify(posted)})`);
  // 'hostile-names' is stored by DashboardBrowserTest: markup in entity names, role, speaker, relays, title, URL.
  const withNames = await page.evaluate(async () => (await fetch('/api/articles/hostile-names')).ok);
  for (const id of ['hostile-text', 'hostile-html', ...(withNames ? ['hostile-names'] : [])]) {
    await page.goto(`${root}#/article/${id}`);
    await ready('article');
    const text = id === 'hostile-names' ? await page.locator('main').textContent()
      : `${await page.locator('h1').textContent()} ${await page.locator('#article-text').textContent()}`;
    check(text.includes('<script>') || text.includes('<svg'), `${id}: the tags show as plain text`);
    check(text.includes('onerror'), `${id}: the onerror attribute shows as plain text`);
    if (id !== 'hostile-names') {
      const figures = await page.locator('#article-text .hl-claim, #article-text .hl-quantity').allTextContents();
      check(figures.includes('120'), `${id}: after astral characters the figure '120' is highlighted exactly (${figures})`);
    }
    for (const button of await page.locator('.article-side button.item, .article-side button.chip').all()) {
      await button.click();
    }
    await inert(`${id} article view`);
    if (id === 'hostile-names') {
      await page.locator('.article-side button.chip').first().click();
      await page.screenshot({path: join(shots, 'hostile-names.png'), fullPage: true});
    }
  }
  check(await page.locator('a', {hasText: 'original page'}).count() === 0 || (await page.locator('a',
      {hasText: 'original page'}).getAttribute('href')).startsWith('https:'), 'source links are http(s) only');
  await page.goto(`${root}#/article/hostile-text`);
  await ready('article');
  check(await page.locator('a', {hasText: 'original page'}).count() === 0
      && (await page.locator('.article-head .url').textContent()).startsWith('javascript:'),
  'a javascript: source URL is shown as text, not as a link');
  await page.screenshot({path: join(shots, 'hostile.png'), fullPage: true});
  check(withNames, 'the record with markup in its names is in the store');
  for (const [view, url] of [['search', '#/search?q=menghancurkan'], ['claims', '#/claims'],
    ['claims', '#/claims?claimant=onerror'], ['entity', '#/entity?name=Dargahli'],
    ['entity', '#/entity?name=Vagif'], ['events', '#/events'], ['entities', '#/entities?q=Dargahli']]) {
    await page.goto(`${root}${url}`);
    await ready(view);
    if (url.includes('onerror')) {
      check(await page.locator('#claims-table tbody tr').count() > 0, 'the claimant whose name holds markup is listed');
    }
    await inert(`${view} view (${url})`);
  }
  const csp = await page.evaluate(() => window.__cspViolations || 0);
  check(csp === 0, `no Content-Security-Policy violations (${csp})`);
  check(problems.length === 0, `no page errors, console errors or foreign requests ${JSON.stringify(problems)}`);
} catch (e) {
  console.error(`FAIL the browser test stopped: ${e.stack || e}`);
  failures++;
} finally {
  await context.close();
  rmSync(profile, {recursive: true, force: true});
}
console.log(failures ? `${failures} check(s) failed` : 'all dashboard checks passed');
process.exit(failures ? 1 : 0);
