// Per-request batching, as DataLoader does it: keys asked for while graphql-js completes one list are collected and
// fetched with one SQL statement on the next tick.

class BatchLoader {
  constructor(fetchMany) {
    this.fetchMany = fetchMany; // keys => Map(key => value)
    this.cache = new Map();
    this.pending = null;
  }

  load(key) {
    const cached = this.cache.get(key);
    if (cached) return cached;
    if (!this.pending) {
      const batch = (this.pending = new Map());
      process.nextTick(() => {
        this.pending = null;
        try {
          const values = this.fetchMany([...batch.keys()]);
          for (const [k, { resolve }] of batch) resolve(values.get(k));
        } catch (error) {
          for (const { reject } of batch.values()) reject(error);
        }
      });
    }
    const promise = new Promise((resolve, reject) => this.pending.set(key, { resolve, reject }));
    this.cache.set(key, promise);
    return promise;
  }
}

export function createLoaders(sql) {
  return {
    categories: new BatchLoader((ids) => groupBy(sql.categoriesOf(ids), ids)),
    authors: new BatchLoader((ids) => groupBy(sql.authorsOf(ids), ids)),
    authorPostCount: new BatchLoader((ids) => {
      const counts = new Map(sql.authorPostCounts(ids).map((r) => [r.Key, r.Count]));
      return new Map(ids.map((id) => [id, counts.get(id) ?? 0]));
    }),
    postById: new BatchLoader((ids) => new Map(sql.postsById(ids).map((p) => [p.id, p]))),
  };
}

function groupBy(rows, ids) {
  const groups = new Map(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.post_id).push(row);
  return groups;
}
