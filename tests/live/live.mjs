// Subscriptions with the real clients against a live PostCatalog server (started by the caller, as for the audit):
// graphql-ws over a WebSocket and graphql-sse over an event stream subscribe to postAdded and catalogChanged, the
// `import` command runs in another process with a document that adds a post, and every subscriber must see it; a
// postAdded(where:) that does not match must not; then the clients leave mid-stream and the server's live counts
// (GET /healthz/live) must return to their baseline, as after a WebSocket cut without a close frame, and so must the
// live heap after 200 subscribers come and go (the server must run with --Health:Live:AllowCollect=true, as .ci/run
// starts it). One PASS/FAIL line per check; --json FILE writes the totals.
//
//   node tests/live/live.mjs http://127.0.0.1:5000/graphql --app src/PostCatalog.Api/bin/Debug/net10.0/PostCatalog.Api.dll \
//     --database /path/to/the/servers/catalog.db [--json artifacts/live.json]
import { writeFileSync } from 'node:fs';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { importInAnotherProcess as runImport, listing } from './catalog-import.mjs';

const args = process.argv.slice(2);
const url = args[0];
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const app = option('--app');
const database = option('--database');
const jsonOut = option('--json');
if (!url || !app || !database) {
  console.error('usage: node live.mjs GRAPHQL_URL --app PostCatalog.Api.dll --database CATALOG_DB [--json FILE]');
  process.exit(2);
}
const liveUrl = new URL('/healthz/live', url).href;
const wsUrl = url.replace(/^http/, 'ws');
const run = Date.now().toString(36);
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

async function live() {
  return (await fetch(liveUrl)).json();
}

async function waitFor(condition, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** A subscription's events as they come, with a way to wait for the n-th. */
function collector() {
  const events = [];
  const errors = [];
  return {
    events,
    errors,
    sink: {
      next: (value) => events.push(value),
      error: (error) => errors.push(error),
      complete: () => {},
    },
    nth: (n, timeoutMs = 30000) => waitFor(() => events.length >= n || errors.length > 0, timeoutMs).then(() => events[n - 1]),
  };
}

const importInAnotherProcess = (folder) => runImport(app, database, folder);
const first = `Live ${run} First Post Over Both Transports`;
const second = `Live ${run} Second Post For The Filter`;
const changed = 'subscription { catalogChanged { import { counts { posts } } added { title categories { slug } } removed } }';
const added = 'subscription($where: PostFilterInput) { postAdded(where: $where) { title slug } }';

const baseline = await live();
const ws = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
const sse = createSseClient({ url, retryAttempts: 0 });

const wsChanged = collector();
const wsAdded = collector();
const wsFiltered = collector();
const sseChanged = collector();
const sseAdded = collector();
const leave = [
  ws.subscribe({ query: changed }, wsChanged.sink),
  ws.subscribe({ query: added, variables: { where: { title: { eq: first } } } }, wsAdded.sink),
  ws.subscribe({ query: added, variables: { where: { title: { eq: second } } } }, wsFiltered.sink),
  sse.subscribe({ query: changed }, sseChanged.sink),
  sse.subscribe({ query: added, variables: { where: { title: { startsWith: `Live ${run}` } } } }, sseAdded.sink),
];

const subscribed = await waitFor(async () => (await live()).subscriptions >= baseline.subscriptions + 5);
check('five subscriptions open on the server (3 over a WebSocket, 2 over event streams)', subscribed, JSON.stringify(await live()));

const importError = await importInAnotherProcess(listing(`910_live_${run}.txt`, 9100, first));
check('the import command, run in another process, adds a post', importError === null, importError);

const wsChange = (await wsChanged.nth(1))?.data?.catalogChanged;
check('graphql-ws: catalogChanged arrives with the added post and its report',
  wsChange?.added?.some((p) => p.title === first && p.categories.some((c) => c.slug === 'data-science')) && wsChange.import.counts.posts > 0,
  JSON.stringify({ events: wsChanged.events, errors: wsChanged.errors }));
const wsPost = (await wsAdded.nth(1))?.data?.postAdded;
check('graphql-ws: postAdded(where:) that matches receives the post', wsPost?.title === first,
  JSON.stringify({ events: wsAdded.events, errors: wsAdded.errors }));
const sseChange = (await sseChanged.nth(1))?.data?.catalogChanged;
check('graphql-sse: catalogChanged arrives with the added post', sseChange?.added?.some((p) => p.title === first),
  JSON.stringify({ events: sseChanged.events, errors: sseChanged.errors }));
const ssePost = (await sseAdded.nth(1))?.data?.postAdded;
check('graphql-sse: postAdded(where:) receives the post', ssePost?.title === first,
  JSON.stringify({ events: sseAdded.events, errors: sseAdded.errors }));

// The filtered subscriber must skip the first post: after a second import, its first event is the second post.
const secondError = await importInAnotherProcess(listing(`911_live_${run}.txt`, 9110, second));
const filtered = (await wsFiltered.nth(1))?.data?.postAdded;
check('graphql-ws: a postAdded(where:) that does not match the first post receives nothing for it',
  secondError === null && filtered?.title === second && wsFiltered.events.length === 1,
  secondError ?? JSON.stringify({ events: wsFiltered.events, errors: wsFiltered.errors }));

// Leave mid-stream: every subscription is still open; the server must let go of all of them.
for (const dispose of leave) dispose();
await ws.dispose();
sse.dispose();
// Back to the baseline: no subscription, streaming connection or change-feed buffer left over (the last look is kept
// in `after`, for the failure message).
let after = await live();
const backToBaseline = async () => {
  after = await live();
  return after.subscriptions === baseline.subscriptions && after.streamingConnections === baseline.streamingConnections
    && after.catalogChangeSubscribers === baseline.catalogChangeSubscribers;
};
// A raw graphql-transport-ws socket, acknowledged (a client that can be cut without closing anything).
async function acknowledgedSocket() {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await new Promise((resolve) => socket.once('message', resolve)); // connection_ack
  return socket;
}

const released = await waitFor(backToBaseline);
check('after the clients leave mid-stream, subscriptions, connections and buffers are back to the baseline', released,
  JSON.stringify({ baseline, after }));

// A client that vanishes (its TCP connection cut, no close frame, no complete) must not leave anything behind either.
const gone = await acknowledgedSocket();
gone.send(JSON.stringify({ id: 'gone', type: 'subscribe', payload: { query: changed } }));
const held = await waitFor(async () => (await live()).subscriptions === baseline.subscriptions + 1);
gone.terminate();
const letGo = await waitFor(backToBaseline);
check('a WebSocket cut without a close frame mid-subscription is let go of as well', held && letGo, JSON.stringify({ baseline, after }));

// Memory: many subscribers come and go (half close properly, half are cut); the live heap, measured after full
// collections (GET /healthz/live?collect=true, which the server allows only with Health:Live:AllowCollect), must come
// back to the baseline: within a tenth of what the open subscriptions held, plus 2 MB for the runtime's own noise.
async function openSubscribers(connections, perConnection) {
  const sockets = [];
  for (let c = 0; c < connections; c++) {
    const socket = await acknowledgedSocket();
    for (let i = 0; i < perConnection; i++) {
      const query = i % 2 ? changed : added;
      const variables = i % 2 ? undefined : { where: { title: { eq: `Never Added ${run} ${c} ${i}` } } };
      socket.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query, variables } }));
    }
    sockets.push(socket);
  }
  return sockets;
}
const collected = async () => (await fetch(`${liveUrl}?collect=true`)).json();
const churnConnections = 10; // under GraphQL:Subscriptions:MaxConnectionsPerClient (16)
const churnPerConnection = 20; // under MaxSubscriptionsPerConnection (32)
const leaveAll = async (sockets) => {
  sockets.forEach((socket, i) => (i % 2 ? socket.terminate() : socket.close(1000)));
  return waitFor(backToBaseline);
};
await leaveAll(await openSubscribers(2, churnPerConnection)); // warm: the documents are cached and compiled once
const heapBefore = await collected();
const open = await openSubscribers(churnConnections, churnPerConnection);
const opened = await waitFor(async () => (await live()).subscriptions === baseline.subscriptions + churnConnections * churnPerConnection);
const heapHeld = await collected();
const left = await leaveAll(open);
const heapAfter = await collected();
const heldBytes = heapHeld.managedHeapBytes - heapBefore.managedHeapBytes;
const keptBytes = heapAfter.managedHeapBytes - heapBefore.managedHeapBytes;
const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
check(`after ${churnConnections * churnPerConnection} subscribers come and go, the server's live heap is back to the baseline`,
  heapBefore.collected && opened && left && keptBytes <= heldBytes / 10 + 2 * 1048576,
  heapBefore.collected
    ? `${opened ? '' : 'not all subscriptions opened; '}${left ? '' : 'counts not back to the baseline; '}the open subscriptions held ${mb(heldBytes)}, and ${mb(keptBytes)} stayed after they left`
    : `the server did not collect before measuring: start it with --${'Health:Live:AllowCollect'}=true`);
if (heapBefore.collected) console.log(`  the open subscriptions held ${mb(heldBytes)} (${Math.round(heldBytes / (churnConnections * churnPerConnection) / 1024)} KB each); ${mb(keptBytes)} stayed after they left`);

console.log(`live: ${passed}/${passed + failed} passed`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);
