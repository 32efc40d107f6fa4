// Times graphql-js's parse and validate of each benchmark document; prints JSON {name: {parseNs, validateNs}}.
// Same documents and schema as benchmarks/PostCatalog.Benchmarks, measured in the same run so ratios are meaningful.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';

const dir = new URL('../documents/', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema.graphql', dir), 'utf8'));
// graphql-js's introspection query lives once, in the conformance corpus.
const documents = {
  'home-page': new URL('home-page.graphql', dir),
  introspection: new URL('../../tests/PostCatalog.GraphQL.Tests/Conformance/Corpus/Parser/introspection-query.graphql', import.meta.url),
};

function time(fn, minMs = 1500) {
  for (let i = 0; i < 2000; i++) fn(); // warm-up for the JIT
  const samples = [];
  for (let round = 0; round < 7; round++) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < BigInt(Math.round(minMs / 7 * 1e6))) {
      for (let i = 0; i < 100; i++) fn();
      n += 100;
      elapsed = process.hrtime.bigint() - start;
    }
    samples.push(Number(elapsed) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[3]; // median ns per operation
}

const results = {};
for (const [name, file] of Object.entries(documents)) {
  const source = readFileSync(file, 'utf8');
  const document = parse(source);
  const errors = validate(schema, document);
  if (name !== 'introspection' && errors.length) throw new Error(`${name}: ${errors[0].message}`);
  results[name] = {
    parseNs: time(() => parse(source)),
    validateNs: time(() => validate(schema, document)),
  };
}
console.log(JSON.stringify(results));
