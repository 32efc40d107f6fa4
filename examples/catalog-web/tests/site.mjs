// Browser test of the built catalog site against a live API: each check is what a reader would notice.
//   node tests/site.mjs --api http://127.0.0.1:5000/graphql [--dist dist] [--artifacts ../../artifacts/catalog-web] [--json FILE]
//     [--app ../../src/PostCatalog.Api/bin/Debug/net10.0/PostCatalog.Api.dll --database /path/to/the/servers/catalog.db]
// The site must have been built with VITE_GRAPHQL_URL set to the same API. The built files are served from a plain
// static server on loopback (another origin than the API, so CORS is exercised), the expected answers are asked of the
// API directly, and Debian's chromium is driven through playwright-core. Prints PASS/FAIL per check, writes
// {passed, failed, checks} to --json, saves a screenshot per check, exits 1 when any check failed. With --app and
// --database (the API's dll and the catalog file it serves) the live check also runs: `import` in another process adds
// a post while the home page is open (it runs last, as it changes the catalog); without them it is reported as failed.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './serve.mjs';
import { holdDeferredParts } from './hold-deferred.mjs';
import { importInAnotherProcess, listing } from '../../../tests/live/catalog-import.mjs';

const { values: args } = parseArgs({
  options: {
    api: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    artifacts: { type: 'string', default: '../../artifacts/catalog-web' },
    json: { type: 'string' },
    app: { type: 'string' },
    database: { type: 'string' },
  },
});
if (!args.api) {
  console.error('usage: node tests/site.mjs --api <graphql endpoint url> [--dist dist] [--artifacts DIR] [--json FILE]');
  process.exit(2);
}
const timeout = 20_000;
mkdirSync(args.artifacts, { recursive: true });

// --- the API's own answers, to compare the page with ---
async function api(query, variables = {}) {
  const response = await fetch(args.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`the API refused a check's query: ${JSON.stringify(body.errors)}`);
  return body.data;
}
const allPosts = (await api('{ posts(first: 50) { totalCount nodes { id } } }')).posts;
if (allPosts.totalCount > 50) throw new Error('this test expects the seed catalog (at most 50 posts)');

// --- the site on loopback, and the browser ---
const site = await serveStatic(args.dist);
const profile = mkdtempSync(join(tmpdir(), 'catalog-web-profile-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
// Only loopback is reached: a post's thumbnail on the blog's host is refused here rather than sent out.
await browser.route('**/*', (route) => {
  const host = new URL(route.request().url()).hostname;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host) ? route.continue() : route.abort('blockedbyclient');
});
const page = browser.pages()[0] ?? (await browser.newPage());
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
// React reports a render error it caught (an error boundary's message on screen) on the console; a failed request is
// the browser's own console line and is judged by the checks themselves.
page.on('console', (message) => {
  if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text().split('\n')[0]);
});

const cards = page.locator('article.post-card[data-post-id]');
const cardIds = () => cards.evaluateAll((list) => list.map((a) => a.getAttribute('data-post-id')));
const listCount = page.getByTestId('list-count');
const open = async (route) => {
  await page.goto(`${site.url}/#${route}`, { timeout });
};
async function scrollToEnd(expected) {
  // Scroll as a reader does; the list's own IntersectionObserver fetches each next page (no button is clicked).
  for (let i = 0; i < 20 && (await cards.count()) < expected; i++) {
    const before = await cards.count();
    await page.mouse.wheel(0, 20_000);
    await page.waitForFunction((n) => document.querySelectorAll('article.post-card[data-post-id]').length > n, before, { timeout })
      .catch(() => {});
  }
}
const unique = (ids) => new Set(ids).size === ids.length;

// --- the live checks: `import` in another process adds a post while a page is open ---
// Each listing page has a page number of this run's own: a later scrape of the same page would replace the post an
// earlier run added (and the catalog would not grow by one).
const listingPage = 100_000 + (Date.now() % 800_000);
let listingsImported = 0;
function requireImport() {
  if (!args.app || !args.database) throw new Error('needs --app and --database (the API\'s dll and its catalog file) to run `import`');
}
async function importPost(title) {
  const number = listingPage + listingsImported++;
  const failure = await importInAnotherProcess(args.app, args.database, listing(`930_web_${number}.txt`, number, title));
  if (failure) throw new Error(`import failed: ${failure}`);
}
const liveUrl = new URL('/healthz/live', args.api).href;
const subscriptionsOnApi = async () => (await (await fetch(liveUrl)).json()).subscriptions;
async function until(what, condition) {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} (subscriptions on the API, GET /healthz/live: ${await subscriptionsOnApi()})`);
}

const checks = [];
// One check: PASS or FAIL with the first reason. A check may save its own screenshots (shoot); otherwise, and always
// when it fails, the page as it ended is saved under the check's name.
async function check(name, screenshot, body) {
  const errorsBefore = pageErrors.length;
  let failure = null;
  let shot = false;
  const shoot = async (file) => {
    shot = true;
    await page.screenshot({ path: join(args.artifacts, file) });
  };
  try {
    const detail = await body(shoot);
    if (pageErrors.length > errorsBefore) throw new Error(`the page threw: ${pageErrors.slice(errorsBefore).join('; ')}`);
    console.log(`PASS ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    failure = error.message.split('\n')[0];
    console.log(`FAIL ${name}: ${failure}`);
  }
  if (!shot || failure) await page.screenshot({ path: join(args.artifacts, screenshot) }).catch(() => {});
  checks.push({ name, passed: failure === null, failure, screenshot });
}

try {
  await check('The home page shows the latest posts with categories, bylines and dates', '1-home.png', async () => {
    await open('/');
    await cards.first().waitFor({ timeout });
    const ids = await cardIds();
    const expected = allPosts.nodes.slice(0, ids.length).map((n) => n.id);
    if (ids.length !== 10) throw new Error(`expected the first page of 10 posts, saw ${ids.length}`);
    if (ids.join() !== expected.join()) throw new Error('the posts are not the API\'s newest first');
    await listCount.filter({ hasText: `Showing 10 of ${allPosts.totalCount} posts` }).waitFor({ timeout });
    const first = cards.first();
    if (!(await first.locator('time').textContent())?.match(/\d{4}/)) throw new Error('the first card shows no date');
    if ((await first.locator('.chip').count()) === 0) throw new Error('the first card shows no category');
    if ((await page.locator('.byline .role').count()) === 0) throw new Error('no byline on the first page shows a role');
    return `${ids.length} of ${allPosts.totalCount} posts, newest first`;
  });

  await check('Scrolling loads the next pages with no duplicates, to the last post', '2-scrolled.png', async () => {
    await scrollToEnd(allPosts.totalCount);
    await page.getByText('That is every post.').waitFor({ timeout }).catch(async () => {
      const ids = await cardIds();
      throw new Error(`scrolling stopped at ${ids.length} cards (${new Set(ids).size} distinct) of ${allPosts.totalCount}`);
    });
    const ids = await cardIds();
    if (!unique(ids)) throw new Error(`duplicates in ${ids.length} cards`);
    if (ids.join() !== allPosts.nodes.map((n) => n.id).join()) throw new Error(`saw ${ids.length} posts, not the API's ${allPosts.totalCount} in order`);
    return `${ids.length} distinct posts in ${Math.ceil(ids.length / 10)} pages`;
  });

  await check('A category filter narrows the list and the facet counts match', '3-facet.png', async () => {
    await open('/');
    const sidebar = page.locator('aside.facets');
    await sidebar.locator('[data-facet=category] .facet-value').first().waitFor({ timeout });
    // The category ranked third: a real narrowing (fewer than all, more than one page would be too slow to scroll here).
    const button = sidebar.locator('[data-facet=category] .facet-value').nth(2);
    const slug = await button.getAttribute('data-value');
    const count = Number(await button.locator('.facet-count').textContent());
    await button.click();
    await page.waitForURL(new RegExp(`category=${slug}`), { timeout });
    await listCount.filter({ hasText: `of ${count} post` }).waitFor({ timeout });
    const where = { categories: { some: { slug: { eq: slug } } } };
    const expected = (await api('query($w: PostFilterInput) { postFacets(where: $w) { categories { value count } years { value count } } }', { w: where })).postFacets;
    // Wait until the sidebar shows the filtered counts (the previous ones stay on screen, dimmed, while they load).
    await page.waitForFunction(() => !document.querySelector('aside.facets .facet-group.stale'), null, { timeout });
    for (const group of ['categories', 'years']) {
      const facet = group === 'categories' ? 'category' : 'year';
      const shown = await sidebar.locator(`[data-facet=${facet}] .facet-value`).evaluateAll((list) =>
        list.map((b) => `${b.getAttribute('data-value')}=${b.querySelector('.facet-count').textContent}`));
      const wanted = expected[group].slice(0, shown.length).map((v) => `${v.value}=${v.count}`);
      if (shown.join() !== wanted.join()) throw new Error(`${group} counts ${shown.join(' ')} differ from the API's ${wanted.join(' ')}`);
    }
    const selected = await sidebar.locator(`[data-facet=category] [data-value="${slug}"]`).getAttribute('aria-pressed');
    if (selected !== 'true') throw new Error('the chosen category is not shown as chosen');
    const cardsWithout = await cards.evaluateAll((list, s) => list.filter((a) =>
      ![...a.querySelectorAll('.chip')].some((c) => c.getAttribute('href')?.endsWith(`/category/${s}`))).length, slug);
    if (cardsWithout > 0) throw new Error(`${cardsWithout} listed posts are not in ${slug}`);
    return `${slug}: ${count} of ${allPosts.totalCount} posts; category and year counts equal postFacets(where)`;
  });

  await check('A search shows highlighted hits and pages through them', '4-search.png', async (shoot) => {
    await open('/');
    const box = page.getByRole('searchbox', { name: 'Search posts' });
    await box.fill('data');
    await box.press('Enter');
    await page.waitForURL(/#\/search\?q=data/, { timeout });
    await cards.first().waitFor({ timeout });
    const total = (await api('{ searchPosts(query: "data") { totalCount } }')).searchPosts.totalCount;
    await listCount.filter({ hasText: `of ${total} hit` }).waitFor({ timeout });
    const marks = await page.locator('article.post-card mark').allTextContents();
    if (marks.length === 0) throw new Error('no <mark> in the hits');
    if (!marks.every((m) => /^data/i.test(m))) throw new Error(`marked words other than the query: ${marks.join(', ')}`);
    // Only <mark> comes out of a highlight: no other element inside titles and excerpts.
    const others = await page.locator('article.post-card .post-title a *, article.post-card .excerpt *')
      .evaluateAll((list) => list.filter((e) => e.tagName !== 'MARK').map((e) => e.tagName));
    if (others.length) throw new Error(`elements other than <mark> in highlights: ${others.join(', ')}`);
    await shoot('4-search.png');
    await scrollToEnd(total);
    await page.getByText('That is every hit.').waitFor({ timeout });
    const ids = await cardIds();
    if (ids.length !== total || !unique(ids)) throw new Error(`expected ${total} distinct hits, saw ${ids.length} (${new Set(ids).size} distinct)`);
    await shoot('4-search-page2.png');
    return `"data": ${marks.length} marked words on the first page; ${ids.length} distinct hits over 2 pages`;
  });

  await check('A post page lists its sources: which documents, and what each said', '5-post.png', async () => {
    const posts = (await api('{ posts(first: 50) { nodes { slug title sources { document title } } } }')).posts.nodes;
    const documentsOf = (p) => [...new Set(p.sources.map((s) => s.document))];
    const post = posts.filter((p) => p.slug).sort((a, b) => documentsOf(b).length - documentsOf(a).length)[0];
    const documents = documentsOf(post);
    await open('/');
    await cards.first().waitFor({ timeout });
    await open(`/post/${post.slug}`);
    await page.getByRole('heading', { level: 1, name: post.title }).waitFor({ timeout });
    await page.getByTestId('sources-heading').filter({ hasText: `Seen in ${documents.length} documents` }).waitFor({ timeout });
    const shown = await page.locator('.sources .source').evaluateAll((list) => list.map((li) => li.getAttribute('data-document')));
    if (shown.join() !== documents.join()) throw new Error(`documents ${shown.join(', ')} instead of ${documents.join(', ')}`);
    const said = await page.locator('.sources .said').count();
    if (said !== post.sources.length) throw new Error(`${said} mentions shown, the API has ${post.sources.length}`);
    await page.locator('.sources h2').scrollIntoViewIfNeeded();
    return `"${post.title}": seen in ${documents.length} documents, ${said} mentions`;
  });

  await check('Category and author pages page through their own posts', '6-category.png', async (shoot) => {
    const category = (await api('{ categories(first: 50) { nodes { slug name postCount } } }')).categories.nodes
      .filter((c) => c.postCount > 10).sort((a, b) => b.postCount - a.postCount)[0];
    const inCategory = (await api('query($s: String!) { category(slug: $s) { posts(first: 50) { nodes { id } } } }', { s: category.slug }))
      .category.posts.nodes.map((n) => n.id);
    await open(`/category/${category.slug}`);
    await page.getByRole('heading', { level: 1, name: category.name }).waitFor({ timeout });
    await scrollToEnd(category.postCount);
    await page.getByText('That is every post.').waitFor({ timeout });
    const ids = await cardIds();
    if (ids.join() !== inCategory.join()) throw new Error(`${category.slug}: saw ${ids.length} posts, the API has ${inCategory.length}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot('6-category.png');
    const author = (await api('{ authors(first: 50, order: [{ postCount: DESC }]) { nodes { slug name postCount } } }')).authors.nodes[0];
    await open(`/author/${author.slug}`);
    await page.getByRole('heading', { level: 1, name: author.name }).waitFor({ timeout });
    await listCount.filter({ hasText: `of ${author.postCount} post` }).waitFor({ timeout });
    if ((await cards.count()) !== Math.min(author.postCount, 10)) throw new Error(`${author.slug}: ${await cards.count()} cards`);
    await shoot('6-author.png');
    return `${category.slug}: ${ids.length} posts over ${Math.ceil(ids.length / 10)} pages; ${author.slug}: ${author.postCount} posts`;
  });

  await check('While loading the page shows skeletons; a network error shows a message, and Retry brings the posts', '7-error.png', async (shoot) => {
    // The API's answers are held (the page shows its skeletons), then refused, as when the API is down.
    let failing = true;
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(args.api, async (route) => {
      if (!failing) return route.fallback();
      await held;
      return route.abort('connectionrefused');
    });
    await page.goto('about:blank');
    await open('/');
    await page.locator('.main-column .post-card.skeleton').first().waitFor({ timeout });
    await page.locator('aside.facets .skeleton').waitFor({ timeout });
    await shoot('7-loading.png');
    release();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not reach the catalog' }).first();
    await alert.waitFor({ timeout });
    if (!(await alert.textContent()).includes(args.api)) throw new Error('the message does not name the API address');
    await shoot('7-error.png');
    failing = false;
    await page.locator('.main-column').getByRole('button', { name: 'Retry' }).click({ timeout });
    await cards.first().waitFor({ timeout });
    await page.locator('aside.facets .facet-value').first().waitFor({ timeout });
    if (await page.getByRole('alert').count()) throw new Error('an error message is still shown after Retry');
    await page.unroute(args.api);
    await shoot('7-retried.png');
    return 'skeletons while held; the message names the API address; after Retry the list and the facets show';
  });

  await check('A post page shows the post first, then its deferred sources when they arrive', '8-deferred.png', async (shoot) => {
    // The API's multipart answers go through a proxy that holds every part after the first until released.
    const posts = (await api('{ posts(first: 50) { nodes { slug title sources { document } } } }')).posts.nodes;
    const post = posts.find((p) => p.slug && p.sources.length > 1) ?? posts.find((p) => p.slug);
    const documents = new Set(post.sources.map((s) => s.document)).size;
    const proxy = await holdDeferredParts(args.api);
    try {
      await page.route(args.api, (route) => route.continue({ url: proxy.url }));
      await page.goto('about:blank');
      await open(`/post/${post.slug}`);
      const exchange = await Promise.race([proxy.held, new Promise((r) => setTimeout(r, timeout))]);
      if (!exchange) throw new Error(`no multipart/mixed answer for the post page; answers: ${JSON.stringify(proxy.seen)}`);
      if (!exchange.accept.includes('multipart/mixed')) throw new Error(`the request did not accept multipart/mixed: ${exchange.accept}`);
      await page.getByRole('heading', { level: 1, name: post.title }).waitFor({ timeout });
      await page.getByTestId('sources-pending').waitFor({ timeout });
      if (await page.locator('.sources .source').count()) throw new Error('sources are shown before their part arrived');
      await shoot('8-deferred-pending.png');
      proxy.release();
      await page.getByTestId('sources-heading').filter({ hasText: `Seen in ${documents} document` }).waitFor({ timeout });
      const shown = await page.locator('.sources .source').count();
      if (shown !== documents) throw new Error(`${shown} documents shown, the API has ${documents}`);
      if (await page.getByTestId('sources-pending').count()) throw new Error('the placeholder is still shown after the sources arrived');
      if (exchange.parts < 2) throw new Error(`the answer carried ${exchange.parts} part(s), expected the initial one and the deferred one`);
      await page.locator('.sources h2').scrollIntoViewIfNeeded();
      await shoot('8-deferred.png');
      return `"${post.title}": title, bylines and facts shown while the sources part was held; then ${documents} documents (${exchange.parts} multipart parts)`;
    } finally {
      await page.unroute(args.api);
      await proxy.close();
    }
  });

  // Last two: they add a post to the catalog each.
  await check('A post imported while the home page is open is announced, and "show" brings it into the list', '9-live.png', async (shoot) => {
    requireImport();
    const title = `Catalog Web ${Date.now().toString(36)} Live Post`;
    // The listing's post is dated 2025-10-01: newer than every seed, so it belongs on the first page.
    const newest = (await api('{ posts(first: 1) { nodes { publishedAt } } }')).posts.nodes[0].publishedAt;
    if (newest > '2025-10-01') throw new Error(`the listing's post (2025-10-01) would not be among the newest (${newest})`);
    const total = (await api('{ posts { totalCount } }')).posts.totalCount;
    await page.goto('about:blank');
    await open('/');
    await cards.first().waitFor({ timeout });
    // Scroll down first: the list must not jump, and "show" must bring the reader back to the top.
    await scrollToEnd(20);
    const before = await cardIds();
    await until('the page opened no subscription on the API', async () => (await subscriptionsOnApi()) > 0);
    await importPost(title);
    const notice = page.getByTestId('new-posts');
    await notice.filter({ hasText: '1 new post – show' }).waitFor({ timeout });
    if ((await cardIds()).join() !== before.join()) throw new Error('the list changed before "show" was clicked');
    if ((await page.getByText(title).count()) !== 0) throw new Error('the new post is on the page before "show" was clicked');
    await shoot('9-live-notice.png');
    await notice.click();
    await cards.filter({ hasText: title }).waitFor({ timeout });
    await listCount.filter({ hasText: `Showing 10 of ${total + 1} posts` }).waitFor({ timeout });
    if (await notice.count()) throw new Error('the notice is still shown after "show"');
    if ((await page.evaluate(() => window.scrollY)) > 0) throw new Error('"show" did not bring the reader to the top of the list');
    await shoot('9-live.png');
    const place = (await cardIds()).length && (await cards.evaluateAll((list, t) => list.findIndex((a) => a.textContent.includes(t)), title)) + 1;
    return `"${title}": the notice said 1 new post while the list held still; "show" put it at ${place} of ${total + 1}`;
  });

  await check('When the WebSocket drops, the page reconnects quietly and still announces new posts', '10-reconnect.png', async (shoot) => {
    requireImport();
    const title = `Catalog Web ${Date.now().toString(36)} After Reconnect`;
    // The page's sockets pass through Playwright, so the test can cut one as a network drop or a server restart would.
    const sockets = [];
    await page.routeWebSocket(/\/graphql$/, (socket) => {
      const server = socket.connectToServer();
      sockets.push({ socket, server });
    });
    await page.goto('about:blank');
    await open('/');
    await cards.first().waitFor({ timeout });
    await until('the page opened no subscription', async () => sockets.length === 1 && (await subscriptionsOnApi()) > 0);
    const { socket, server } = sockets[0];
    await socket.close({ code: 1012, reason: 'service restart' });
    await server.close({ code: 1012, reason: 'service restart' });
    await until('the page did not open another socket and subscribe again', async () => sockets.length >= 2 && (await subscriptionsOnApi()) > 0);
    if (await page.getByRole('alert').count()) throw new Error('the page shows an error after the socket dropped');
    await importPost(title);
    await page.getByTestId('new-posts').filter({ hasText: '1 new post – show' }).waitFor({ timeout });
    await shoot('10-reconnect.png');
    return `socket cut with 1012; reconnected (${sockets.length} sockets) with no message shown, and "${title}" was announced`;
  });
} finally {
  await browser.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  await site.close();
}

const passed = checks.filter((c) => c.passed).length;
const failed = checks.length - passed;
if (args.json) writeFileSync(args.json, JSON.stringify({ passed, failed, checks }, null, 2));
console.log(`catalog-web: ${passed} passed, ${failed} failed (screenshots in ${args.artifacts})`);
process.exitCode = failed ? 1 : 0;
