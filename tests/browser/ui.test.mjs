// End-to-end tests of the web UI in Debian's headless Chromium, driven by playwright-core.
// A real `storyline serve` runs over a store filled from examples/demo; every test reads the
// page the way a reader does (visible text, links, keyboard) and saves a screenshot to
// $STORYLINE_ARTIFACTS. Run by CTest (tests/CMakeLists.txt) as:
//   STORYLINE_BIN=build/storyline node --test tests/browser/ui.test.mjs
// Without Chromium or playwright-core it exits 77 (CTest: skipped) unless
// STORYLINE_REQUIRE_BROWSER=1, which CI sets so that a missing browser fails instead.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const bin = path.resolve(process.env.STORYLINE_BIN || path.join(repo, 'build/storyline'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const artifacts = path.resolve(process.env.STORYLINE_ARTIFACTS || path.join(os.tmpdir(), 'storyline-browser-artifacts'));
const token = 'browser-test-token';

function skipOrFail(why) {
  if (process.env.STORYLINE_REQUIRE_BROWSER === '1') {
    console.error('browser tests: ' + why);
    process.exit(1);
  }
  console.error('browser tests skipped: ' + why);
  process.exit(77);
}

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  skipOrFail('playwright-core is not installed (npm ci --prefix tests/browser)');
}
if (!fs.existsSync(chromiumPath)) skipOrFail(chromiumPath + ' not found (apt-get install chromium)');
if (!fs.existsSync(bin)) skipOrFail(bin + ' not built');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'storyline-browser-'));
const db = path.join(work, 'demo.db');
fs.mkdirSync(artifacts, { recursive: true });

let server, base, browser;

// Starts `storyline serve --port 0` and reads the bound port from its banner.
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['--db', db, 'serve', '--port', '0', '--token', token], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + err)), 20000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m && Number(m[1]) > 0) {
        clearTimeout(timer);
        resolve({ child, url: 'http://127.0.0.1:' + m[1] });
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error('server exited ' + code + ': ' + err)); });
  });
}

before(async () => {
  const ingest = spawnSync(bin, ['--db', db, 'ingest', path.join(repo, 'examples/demo')], { encoding: 'utf8' });
  assert.equal(ingest.status, 0, ingest.stderr);
  const started = await startServer();
  server = started.child;
  base = started.url;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
});

// A fresh page that fails the test on any script error, console error or dialog (an alert
// would mean stored markup ran as script).
async function openPage(t, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('dialog', (d) => { problems.push('dialog opened: ' + d.message()); d.dismiss(); });
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, []);
  });
  return page;
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifacts, name + '.png'), fullPage: true });
}

test('the story list shows every demo story with its counts', async (t) => {
  const page = await openPage(t);
  await page.goto(base + '/');
  const items = page.locator('ul.story-list > li');
  await items.first().waitFor();
  assert.equal(await items.count(), 9);
  const text = await page.locator('ul.story-list').innerText();
  assert.match(text, /Kestrel Pay says hackers stole data of 4\.2 million customers/);
  assert.match(text, /8 articles · 3 independent sources/);
  assert.match(await page.locator('#stats').innerText(), /43 articles stored/);
  await shot(page, 'story-list');

  // Sorting by size puts the largest stories (8 articles) first.
  await page.selectOption('#sort', 'size');
  await page.waitForURL(/sort=size/);
  await page.locator('ul.story-list > li').first().filter({ hasText: /(^|\D)8 articles/ }).waitFor({ timeout: 5000 });
  const counts = (await page.locator('ul.story-list .meta').allInnerTexts()).map((m) => Number(/^(\d+) article/.exec(m)[1]));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
});

test('a story page has headline, cited summary, provenance, quotes, timeline and entities; a citation opens its article', async (t) => {
  const page = await openPage(t);
  await page.goto(base + '/');
  await page.getByRole('link', { name: /Kestrel Pay says hackers stole data/ }).click();
  await page.waitForURL(/#\/story\//);
  await page.locator('h1').filter({ hasText: 'Kestrel Pay' }).waitFor();
  for (const heading of ['Summary', 'Where it came from', 'Who said what', 'Timeline', 'Who and where', 'Articles']) {
    assert.equal(await page.getByRole('heading', { level: 2, name: heading }).count(), 1, heading);
  }
  // Every summary sentence cites at least one article.
  const sentences = page.locator('.summary p');
  assert.ok(await sentences.count() >= 2);
  for (let i = 0; i < await sentences.count(); i++) {
    assert.ok(await sentences.nth(i).locator('a.cite').count() >= 1, 'sentence ' + i + ' has no citation');
  }
  // The provenance tree names an original and at least one copy or rewrite with its evidence.
  const tree = await page.locator('ul.tree').innerText();
  assert.match(tree, /original/i);
  assert.match(tree, /copy|rewrite/i);
  assert.match(tree, /confidence \d\.\d\d/);
  assert.match(await page.locator('main').innerText(), /3 independent sources/);
  await shot(page, 'story');

  const cite = page.locator('.summary a.cite').first();
  const target = decodeURIComponent((await cite.getAttribute('href')).replace('#/article/', ''));
  await cite.click();
  await page.waitForURL(/#\/article\//);
  await page.locator('.article-text').waitFor();
  const api = await (await fetch(base + '/api/articles/' + encodeURIComponent(target))).json();
  assert.equal(await page.locator('h1').innerText(), api.title);
  // Entities, dates and quotes are highlighted in the text.
  assert.ok(await page.locator('.article-text .hl-entity').count() > 0);
  assert.ok(await page.locator('.article-text .hl-date').count() > 0);
  await shot(page, 'article');
});

test('search finds articles, highlights the words and links to them', async (t) => {
  const page = await openPage(t);
  // The story list answers slowly; the reader searches before it arrives. The late list must
  // not replace the search results.
  await page.route(/\/api\/stories\?/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(base + '/');
  await page.fill('#search-input', 'wildfire evacuation');
  await page.press('#search-input', 'Enter');
  await page.waitForURL(/#\/search\?q=/);
  const hits = page.locator('ul.hits > li');
  await hits.first().waitFor();
  assert.ok(await hits.count() >= 1);
  assert.match((await page.locator('ul.hits mark').allInnerTexts()).join(' ').toLowerCase(), /wildfire|evacuation/);
  await page.waitForTimeout(2000);  // the slow list has answered by now
  assert.ok(await page.locator('ul.hits > li').count() >= 1, 'search results were replaced');
  await shot(page, 'search');
  await hits.first().locator('a').first().click();
  await page.waitForURL(/#\/article\//);
  assert.match((await page.locator('.article-text').innerText()).toLowerCase(), /wildfire/);
});

test('an entity page lists the stories that name it and who appears with it', async (t) => {
  const page = await openPage(t);
  await page.goto(base + '/');
  await page.getByRole('link', { name: /Kestrel Pay says hackers stole data/ }).click();
  await page.locator('ul.chips a').first().waitFor();
  const chip = page.locator('ul.chips a', { hasText: 'Kestrel Pay' }).first();
  await chip.click();
  await page.waitForURL(/#\/entity\//);
  await page.getByRole('heading', { level: 2, name: 'Stories over time' }).waitFor();
  assert.match(await page.locator('.entity-timeline').innerText(), /Kestrel Pay says hackers stole data/);
  assert.ok(await page.locator('.entity-timeline h3').count() >= 1);  // month headings
  await shot(page, 'entity');
});

test('works from the keyboard alone', async (t) => {
  const page = await openPage(t);
  await page.goto(base + '/');
  await page.locator('ul.story-list > li').first().waitFor();
  // The first Tab reaches the skip link; following it moves focus to the main content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(new URL(page.url()).hash, '', 'the skip link must not change the route');
  // Tab on to the first story headline and open it with Enter.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.classList.contains('headline'))) break;
  }
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('headline')));
  const headline = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/story\//);
  await page.locator('h1', { hasText: headline }).waitFor({ timeout: 5000 });
  // The new page's content has the focus, so the next Tab continues inside it.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
});

test('is readable on a phone: no sideways scrolling', async (t) => {
  const page = await openPage(t, { width: 375, height: 740 });
  await page.goto(base + '/');
  await page.locator('ul.story-list > li').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, 'page is ' + overflow + 'px wider than the screen');
  await page.getByRole('link', { name: /Wildfire forces/ }).click();
  await page.locator('.summary').waitFor();
  const storyOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(storyOverflow <= 0, 'story page is ' + storyOverflow + 'px wider than the screen');
  await shot(page, 'phone-story');
});

test('a posted article with markup in its title shows as text and joins its story', async (t) => {
  const title = '<img src=x onerror=alert(1)><script>alert(2)</script> Alder Creek wildfire grows';
  const article = {
    id: 'browser-posted-1', url: 'https://example.org/alder', source: 'Example Post', published: '2025-07-26',
    title,
    text: 'The Alder Creek wildfire in British Columbia grew overnight, officials said on Saturday.\n\nCrews kept working near the evacuated homes.',
  };
  const res = await fetch(base + '/api/articles', {
    method: 'POST', headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: JSON.stringify(article),
  });
  assert.equal(res.status, 200);
  const posted = await res.json();
  assert.equal(posted.articles[0].status, 'stored');
  const page = await openPage(t);
  await page.goto(base + '/#/article/browser-posted-1');
  await page.locator('h1').waitFor();
  assert.equal(await page.locator('h1').innerText(), title);
  assert.equal(await page.locator('main img, main script').count(), 0);
  await shot(page, 'markup-title');
});
