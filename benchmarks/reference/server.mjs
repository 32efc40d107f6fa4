// The reference implementation: graphql-js + graphql-http over the same SQLite catalog (better-sqlite3), serving the
// benchmark operations (benchmarks/operations/) with the catalog's own schema (the SDL our server exports), so
// clients, documents and introspection are identical. Resolvers send the same SQL our catalog sends; nested lists
// are batched per request like our DataLoaders. Only what the benchmark operations use is implemented.
//   node server.mjs --database catalog.db --schema schema.graphql --port 5102
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { createLoaders } from './loaders.mjs';
import { Sql } from './sql.mjs';

const { values: args } = parseArgs({
  options: { database: { type: 'string' }, schema: { type: 'string' }, port: { type: 'string', default: '5102' } },
});
const db = new Database(args.database, { readonly: true, fileMustExist: true });
const sql = new Sql(db);
const schema = buildSchema(readFileSync(args.schema, 'utf8'));

const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64');
const encodeCursor = (row) => Buffer.from(`${row.published_at ?? ''}|${row.id}`).toString('base64');
function decodeCursor(cursor) {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const bar = text.lastIndexOf('|');
  return { date: bar === 0 ? null : text.slice(0, bar), id: Number(text.slice(bar + 1)) };
}

/** A connection over posts, newest first: `filter` is SQL over "p" with its parameters. */
function postsConnection({ first = 10, after }, filter) {
  const cursor = after ? decodeCursor(after) : null;
  const rows = sql.postsPage(filter, cursor, first + 1);
  const hasNextPage = rows.length > first;
  if (hasNextPage) rows.pop();
  return {
    nodes: rows,
    pageInfo: { hasNextPage, hasPreviousPage: !!cursor, endCursor: rows.length ? encodeCursor(rows.at(-1)) : null },
    totalCount: () => sql.countPosts(filter),
  };
}

/** The filter subset the operations use: `categories.some.slug.eq` and `publishedAt.gte`. */
function postFilter(where) {
  if (!where) return null;
  if (where.categories?.some?.slug?.eq !== undefined) return { kind: 'category', value: where.categories.some.slug.eq };
  if (where.publishedAt?.gte !== undefined) return { kind: 'since', value: where.publishedAt.gte };
  throw new Error('The reference server only implements the filters of benchmarks/operations.');
}

function resolve(typeName, fields) {
  const type = schema.getType(typeName).getFields();
  for (const [name, fn] of Object.entries(fields)) type[name].resolve = fn;
}

resolve('Query', {
  posts: (_, args) => postsConnection(args, postFilter(args.where)),
  author: (_, { slug }) => sql.authorBySlug(slug),
  searchPosts: (_, { query, first = 10 }) => sql.search(query, first),
  postFacets: (_, { where }) => ({ filter: postFilter(where) }),
});
resolve('Post', {
  id: (p) => globalId('Post', p.id),
  publishedAt: (p) => p.published_at,
  categories: (p, _, ctx) => ctx.loaders.categories.load(p.id),
  authors: (p, _, ctx) => ctx.loaders.authors.load(p.id),
});
resolve('Author', {
  id: (a) => globalId('Author', a.id),
  postCount: (a, _, ctx) => ctx.loaders.authorPostCount.load(a.id),
  posts: (a, args) => postsConnection(args, { kind: 'author', value: a.id }),
});
resolve('Category', { id: (c) => globalId('Category', c.id) });
resolve('SearchHit', { post: (hit, _, ctx) => ctx.loaders.postById.load(hit.postId) });
resolve('PostFacets', {
  categories: (f, { first = 200 }) => sql.categoryFacet(f.filter, first),
  authors: (f, { first = 200 }) => sql.authorFacet(f.filter, first),
  years: (f, { first = 200 }) => sql.yearFacet(f.filter, first),
});

const handler = createHandler({ schema, context: () => ({ loaders: createLoaders(sql) }) });
createServer((req, res) => {
  if (req.url === '/healthz') return res.end('Healthy');
  if (req.url.startsWith('/graphql')) return handler(req, res);
  res.writeHead(404).end();
}).listen(Number(args.port), '127.0.0.1');
