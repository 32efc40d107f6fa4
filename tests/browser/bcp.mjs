// Browser test: Banana Cake Pop, served by the API, loads the schema and runs a query; given the app and the server's
// catalog, it then runs a subscription in the IDE (over its WebSocket), imports a post in another process and waits for
// the event in the IDE's response pane (screenshot beside the first, "-subscription.png").
//   node bcp.mjs http://127.0.0.1:5000/graphql [artifacts/bcp.png] [--app PostCatalog.Api.dll --database catalog.db]
// Uses Debian's chromium through playwright-core (no browser download). Exits 1 with a message on the first failed step.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { importInAnotherProcess, listing } from '../live/catalog-import.mjs';

const [endpoint, screenshotArgument] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const app = option('--app');
const database = option('--database');
const screenshot = screenshotArgument ?? 'artifacts/bcp.png';
if (!endpoint) {
  console.error('usage: node bcp.mjs <graphql endpoint url> [screenshot.png] [--app PostCatalog.Api.dll --database catalog.db]');
  process.exit(2);
}
const query = '{ posts(first: 1) { nodes { title } } }';
const timeout = 60_000;

const profile = mkdtempSync(join(tmpdir(), 'bcp-profile-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
});

const page = browser.pages()[0] ?? (await browser.newPage());
let step = 'start';
let shot = screenshot;
try {
  // A POST to the endpoint whose body contains `fragment` and __schema is the IDE's introspection query.
  const isGraphQLPost = (request, text) => request.method() === 'POST'
    && new URL(request.url()).pathname.replace(/\/$/, '') === new URL(endpoint).pathname
    && (request.postData() ?? '').includes(text);

  step = 'open the IDE';
  const response = await page.goto(endpoint, { timeout });
  if (!response?.ok()) throw new Error(`GET ${endpoint} answered ${response?.status()}`);
  if (!page.url().endsWith('/graphql/')) throw new Error(`expected a redirect to /graphql/, got ${page.url()}`);

  step = 'create a document (the IDE then introspects the endpoint)';
  const introspection = page.waitForResponse((r) => isGraphQLPost(r.request(), '__schema') && r.status() === 200, { timeout });
  await page.getByRole('button', { name: 'Create Document' }).click({ timeout });
  const schema = await (await introspection).json();
  const types = schema?.data?.__schema?.types?.map((t) => t.name) ?? [];
  if (!types.includes('PostsConnection')) throw new Error('the introspection result has no PostsConnection type');

  step = 'type the query into the operation editor';
  // The operation editor is the Monaco editor at the top of the left-most column of editors: the variables and
  // headers editors sit below it, the response editor to its right. Which one comes first in the DOM changes as the IDE
  // re-renders (CI once typed the subscription into the variables editor), so it is found by where it is, each time.
  const editors = page.locator('.monaco-editor');
  const operationEditor = async () => {
    let best = null;
    for (let i = 0; i < await editors.count(); i++) {
      // A short timeout: an editor the IDE re-renders may be gone between the count and the look.
      const box = await editors.nth(i).boundingBox({ timeout: 2_000 }).catch(() => null);
      if (!box || box.width === 0 || box.height === 0) continue;
      const leftOf = (a, b) => a.x < b.x - 50 || (Math.abs(a.x - b.x) <= 50 && a.y < b.y);
      if (!best || leftOf(box, best.box)) best = { box, index: i };
    }
    return best ? editors.nth(best.index) : editors.first();
  };
  const editor = { click: async (options) => (await operationEditor()).click(options) };
  // The IDE sometimes swallows keys while it re-renders the document (for instance right after a response arrives), so
  // the text is typed until the editor shows it. insertText: no auto-closed brackets.
  const shown = async () => (await (await operationEditor()).locator('.view-lines').innerText().catch(() => ''))
    .replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  const typeOperation = async (text) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await editor.click({ timeout });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(text);
      await page.waitForTimeout(500);
      if ((await shown()).includes(text.replace(/\s+/g, ' '))) return;
      if (process.env.BCP_DEBUG) console.error(`retyping: the editor shows "${await shown()}"`);
    }
    throw new Error(`the editor did not take the text "${text}" (it shows "${await shown()}")`);
  };
  await typeOperation(query);

  step = 'run the query';
  // The IDE sometimes drops a Run right after typing (it is still re-validating the document): try the keyboard
  // shortcut in the operation editor (the way that works here first time), then the button, then the editor's Run lens,
  // rather than fail the run on one lost click.
  const runners = [
    async () => { await editor.click({ timeout: 20_000 }); await page.keyboard.press('Control+Alt+Enter'); },
    () => page.getByRole('button', { name: /^Run$/ }).first().click({ timeout: 20_000 }),
    () => page.getByText('Run ▷').first().click({ timeout: 20_000 }),
  ];
  const runUntil = async (text, sent) => {
    for (const run of runners) {
      await page.waitForTimeout(1_000);
      if (!(await shown()).includes(text.replace(/\s+/g, ' '))) await typeOperation(text);
      const seen = sent();
      if (process.env.BCP_DEBUG) console.error(`run ${runners.indexOf(run)}`);
      await run().catch(() => {});
      const done = await seen;
      if (done) return done;
    }
    return null;
  };
  const execution = await runUntil(query, () => page.waitForResponse((r) => isGraphQLPost(r.request(), 'posts(first: 1)'), { timeout: 20_000 }).catch(() => null));
  if (!execution) throw new Error('neither the Run button, Ctrl+Alt+Enter nor the Run lens sent the query');
  const result = await execution.json();
  const title = result?.data?.posts?.nodes?.[0]?.title;
  if (!title) throw new Error(`the query returned no title: ${JSON.stringify(result)}`);

  step = 'see the result in the response pane';
  await page.getByText(title, { exact: false }).last().waitFor({ state: 'visible', timeout });
  let passed = `Banana Cake Pop loaded the schema (${types.length} types) and showed "${title}"`;

  if (app && database) {
    await page.screenshot({ path: screenshot });
    shot = screenshot.replace(/\.png$/, '') + '-subscription.png';
    const added = `Seen In Banana Cake Pop ${Date.now().toString(36)}`;

    step = 'run a subscription in the IDE (over its WebSocket)';
    const subscribed = new Promise((resolve) => page.on('websocket', (socket) => socket.on('framesent', (frame) => {
      if (String(frame.payload).includes('"subscribe"') && String(frame.payload).includes('postAdded')) resolve(true);
    })));
    const subscription = 'subscription { postAdded { title slug } }';
    await typeOperation(subscription);
    const sent = await runUntil(subscription, () => Promise.race([subscribed, page.waitForTimeout(20_000).then(() => null)]));
    if (!sent) throw new Error('the IDE sent no subscribe message over a WebSocket');
    const live = new URL('/healthz/live', endpoint).href;
    for (let i = 0; i < 100 && (await (await fetch(live)).json()).subscriptions < 1; i++) await page.waitForTimeout(100);

    step = 'import a post in another process';
    const failure = await importInAnotherProcess(app, database, listing(`920_bcp_${Date.now().toString(36)}.txt`, 9200, added));
    if (failure) throw new Error(failure);

    step = 'see the subscription event in the response pane';
    await page.getByText(added, { exact: false }).last().waitFor({ state: 'visible', timeout });
    passed += `, and showed the postAdded event for "${added}" that an import in another process sent`;
  }
  console.log(`PASS ${passed}`);
} catch (error) {
  console.log(`FAIL Banana Cake Pop: could not ${step}: ${error.message.split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  mkdirSync(dirname(shot), { recursive: true });
  await page.screenshot({ path: shot }).catch(() => {});
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
