// Apollo Client 4's @defer support against a server that is already running:
//   node defer.mjs http://127.0.0.1:5000/graphql [--json results.json]
// Apollo Client (with its handler for graphql-js 17's format) asks for a deferred fragment over multipart/mixed; the
// checks are what an app using it sees: the non-deferred fields first, then the deferred ones merged into the same
// objects, and the cache holding both. Prints PASS/FAIL per check and exits 1 when any failed.
import { writeFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQL17Alpha9Handler } from '@apollo/client/incremental';

const url = process.argv[2];
if (!url) {
  console.error('usage: node defer.mjs <graphql endpoint url> [--json results.json]');
  process.exit(2);
}
const jsonIndex = process.argv.indexOf('--json');
const jsonPath = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || !detail ? '' : ` -- ${detail}`}`);
}

const client = new ApolloClient({
  link: new HttpLink({ uri: url }),
  cache: new InMemoryCache(),
  incrementalHandler: new GraphQL17Alpha9Handler(),
});

const PostsWithDeferredExcerpts = gql`
  query PostsWithDeferredExcerpts {
    posts(first: 3, order: { title: ASC }) {
      nodes {
        id
        title
        ... @defer(label: "details") {
          slug
          categories { name }
        }
      }
    }
  }
`;

// Every result the query emits, until the complete one (or 20 s).
const emissions = await new Promise((resolve, reject) => {
  const seen = [];
  const timer = setTimeout(() => reject(new Error(`no complete result after 20 s; saw ${JSON.stringify(seen)}`)), 20_000);
  const subscription = client.watchQuery({ query: PostsWithDeferredExcerpts }).subscribe({
    next(result) {
      seen.push(result);
      if (result.dataState === 'complete') {
        clearTimeout(timer);
        subscription.unsubscribe();
        resolve(seen);
      }
    },
    error(error) {
      clearTimeout(timer);
      reject(error);
    },
  });
}).catch((error) => {
  check('the deferred query completes', false, String(error?.message ?? error));
  return [];
});

if (emissions.length > 0) {
  const streaming = emissions.find((result) => result.dataState === 'streaming');
  const complete = emissions.at(-1);
  const initialNodes = streaming?.data?.posts?.nodes ?? [];
  check(
    'the non-deferred fields arrive first, without the deferred ones',
    initialNodes.length === 3 && initialNodes.every((node) => node.title && node.slug === undefined),
    JSON.stringify(streaming?.data ?? emissions.map((e) => e.dataState)),
  );
  const nodes = complete?.data?.posts?.nodes ?? [];
  check(
    'the deferred fragment is merged into the same posts',
    nodes.length === 3 &&
      nodes.every((node, i) => node.id === initialNodes[i]?.id && node.title && node.slug && Array.isArray(node.categories)),
    JSON.stringify(complete?.data),
  );
  check('no errors', emissions.every((result) => !result.error), JSON.stringify(emissions.map((e) => e.error?.message)));

  // The cache holds each post whole: its own fields and the deferred ones, under its normalized id.
  const first = nodes[0];
  const cached = first
    ? client.cache.readFragment({
        id: client.cache.identify({ __typename: 'Post', id: first.id }),
        fragment: gql`fragment CachedPost on Post { id title slug categories { name } }`,
      })
    : null;
  check(
    'the cache holds the deferred fields beside the initial ones',
    cached?.title === first?.title && cached?.slug === first?.slug && Array.isArray(cached?.categories),
    JSON.stringify(cached),
  );
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`apollo defer: ${passed}/${results.length} passed`);
if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ passed, failed, results }, null, 2));
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
