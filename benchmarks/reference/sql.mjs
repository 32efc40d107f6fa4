// The SQL statements our catalog sends (captured from EF Core's command log), prepared once with better-sqlite3.

const postColumns = `"p"."id", "p"."excerpt", "p"."is_excerpt_truncated", "p"."published_at", "p"."slug", "p"."thumbnail_url", "p"."title", "p"."url", "p"."word_press_id"`;
const filters = {
  category: `EXISTS (SELECT 1 FROM "post_categories" AS "p0" INNER JOIN "categories" AS "c" ON "p0"."category_id" = "c"."id" WHERE "p"."id" = "p0"."post_id" AND "c"."slug" = ?)`,
  author: `EXISTS (SELECT 1 FROM "bylines" AS "b" WHERE "p"."id" = "b"."post_id" AND "b"."author_id" = ?)`,
  since: `"p"."published_at" >= ?`,
};
// Newest first, then id descending: a seek on the date index from a dated cursor; the undated posts (NULL sorts
// lowest, so they come last) by a seek of their own, only when the dated ones run out.
const afterDated = `"p"."published_at" <= ? AND ("p"."published_at" < ? OR ("p"."published_at" = ? AND "p"."id" < ?))`;
const undated = `"p"."published_at" IS NULL`;
const afterUndated = `("p"."published_at" IS NULL AND "p"."id" < ?)`;
const inList = (n) => `(${Array(n).fill('?').join(', ')})`;

export class Sql {
  constructor(db) {
    this.db = db;
    this.statements = new Map();
  }

  /** A prepared statement per SQL text (IN lists get one per length). */
  prepare(text) {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  postsPage(filter, cursor, limit) {
    const rows = this.postsSegment(filter, cursor?.date != null ? afterDated : cursor ? afterUndated : null,
      cursor?.date != null ? [cursor.date, cursor.date, cursor.date, cursor.id] : cursor ? [cursor.id] : [], limit);
    if (cursor?.date != null && rows.length < limit) rows.push(...this.postsSegment(filter, undated, [], limit - rows.length));
    return rows;
  }

  postsSegment(filter, seek, seekParams, limit) {
    const where = [];
    const params = [];
    if (filter) { where.push(filters[filter.kind]); params.push(filter.value); }
    if (seek) { where.push(seek); params.push(...seekParams); }
    const text = `SELECT ${postColumns} FROM "posts" AS "p" ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY "p"."published_at" DESC, "p"."id" DESC LIMIT ?`;
    return this.prepare(text).all(...params, limit);
  }

  countPosts(filter) {
    const text = `SELECT COUNT(*) AS n FROM "posts" AS "p" ${filter ? 'WHERE ' + filters[filter.kind] : ''}`;
    return this.prepare(text).get(...(filter ? [filter.value] : [])).n;
  }

  postsById(ids) {
    return this.prepare(`SELECT ${postColumns} FROM "posts" AS "p" WHERE "p"."id" IN ${inList(ids.length)}`).all(...ids);
  }

  categoriesOf(postIds) {
    return this.prepare(`SELECT "p"."post_id" AS post_id, "c"."id", "c"."declared_post_count", "c"."name", "c"."slug", "c"."word_press_id"
      FROM "post_categories" AS "p" INNER JOIN "categories" AS "c" ON "p"."category_id" = "c"."id"
      WHERE "p"."post_id" IN ${inList(postIds.length)} ORDER BY "c"."name"`).all(...postIds);
  }

  authorsOf(postIds) {
    return this.prepare(`SELECT "b"."post_id", "b"."author_id", "b"."position", "b"."role", "a"."id", "a"."name", "a"."slug"
      FROM "bylines" AS "b" INNER JOIN "authors" AS "a" ON "b"."author_id" = "a"."id"
      WHERE "b"."post_id" IN ${inList(postIds.length)} ORDER BY "b"."position"`).all(...postIds);
  }

  authorBySlug(slug) {
    return this.prepare(`SELECT "a"."id", "a"."name", "a"."slug" FROM "authors" AS "a" WHERE "a"."slug" = ? LIMIT 1`).get(slug) ?? null;
  }

  authorPostCounts(ids) {
    return this.prepare(`SELECT "b"."author_id" AS "Key", COUNT(*) AS "Count" FROM "bylines" AS "b"
      WHERE "b"."author_id" IN ${inList(ids.length)} GROUP BY "b"."author_id"`).all(...ids);
  }

  /** bm25-ranked hits with highlight()/snippet() for the page, as the catalog's searchPosts computes them. */
  search(query, first) {
    const match = query.split(/[^\p{L}\p{N}\p{M}_]+/u).filter(Boolean).map((w) => `"${w}"`).join(' ');
    const ranked = this.prepare(`SELECT "p"."PostId", "p"."Rank" FROM (
        SELECT rowid AS "PostId", bm25(post_search, 10, 1, 4, 4) AS "Rank" FROM post_search WHERE post_search MATCH ?
      ) AS "p" ORDER BY "p"."Rank", "p"."PostId" LIMIT ?`).all(match, first + 1);
    const page = ranked.slice(0, first);
    const highlights = new Map();
    if (page.length) {
      const ids = page.map((r) => r.PostId);
      const rows = this.prepare(`SELECT rowid AS id, highlight(post_search, 0, char(2), char(3)) AS title,
          snippet(post_search, 1, char(2), char(3), '…', 24) AS excerpt
        FROM post_search WHERE post_search MATCH ? AND rowid IN ${inList(ids.length)}`).all(match, ...ids);
      for (const row of rows) highlights.set(row.id, row);
    }
    return {
      nodes: page.map((r) => ({
        postId: r.PostId,
        score: -r.Rank,
        titleHighlight: toHtml(highlights.get(r.PostId)?.title),
        excerptHighlight: toHtml(highlights.get(r.PostId)?.excerpt),
      })),
      pageInfo: { hasNextPage: ranked.length > first, hasPreviousPage: false },
    };
  }

  categoryFacet(filter, first) {
    return this.prepare(`SELECT "c"."slug" AS value, "c"."name" AS label, COUNT(*) AS count, "p"."category_id"
      FROM "post_categories" AS "p" INNER JOIN "categories" AS "c" ON "p"."category_id" = "c"."id"
      WHERE "p"."post_id" IN (SELECT "p"."id" FROM "posts" AS "p" WHERE ${filters[filter.kind]})
      GROUP BY "p"."category_id", "c"."slug", "c"."name" ORDER BY COUNT(*) DESC, "c"."name", "p"."category_id" LIMIT ?`).all(filter.value, first);
  }

  authorFacet(filter, first) {
    return this.prepare(`SELECT "a"."slug" AS value, "a"."name" AS label, COUNT(*) AS count, "b"."author_id"
      FROM "bylines" AS "b" INNER JOIN "authors" AS "a" ON "b"."author_id" = "a"."id"
      WHERE "b"."post_id" IN (SELECT "p"."id" FROM "posts" AS "p" WHERE ${filters[filter.kind]})
      GROUP BY "b"."author_id", "a"."slug", "a"."name" ORDER BY COUNT(*) DESC, "a"."name", "b"."author_id" LIMIT ?`).all(filter.value, first);
  }

  yearFacet(filter, first) {
    return this.prepare(`SELECT CAST("p0"."Key" AS TEXT) AS value, COUNT(*) AS count FROM (
        SELECT CAST(strftime('%Y', "p"."published_at") AS INTEGER) AS "Key" FROM "posts" AS "p"
        WHERE ${filters[filter.kind]} AND "p"."published_at" IS NOT NULL
      ) AS "p0" GROUP BY "p0"."Key" ORDER BY "p0"."Key" DESC LIMIT ?`).all(filter.value, first);
  }
}

const html = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u0002': '<mark>', '\u0003': '</mark>' };
function toHtml(marked) {
  return marked ? marked.replace(/[&<>"\u0002\u0003]/g, (c) => html[c]) : null;
}
