// A graphql-js AST as plain JSON: undefined members dropped, `loc` reduced to { start, end } or removed.
export function astToJson(node, { locations = true } = {}) {
  if (Array.isArray(node)) return node.map((item) => astToJson(item, { locations }));
  if (node === null || typeof node !== 'object') return node;
  const json = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined) continue;
    if (key === 'loc') {
      if (locations) json.loc = { start: value.start, end: value.end };
      continue;
    }
    json[key] = astToJson(value, { locations });
  }
  return json;
}
