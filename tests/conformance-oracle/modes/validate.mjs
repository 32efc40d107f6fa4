// Mode "validate": graphql-js's validate() of a document against a schema built from SDL.
//
// Case:   { mode: "validate", schema: "<SDL>", document: "<GraphQL>", rules?: ["FieldsOnCorrectTypeRule", ...], maxErrors?: n }
// Result: { errors: [{ message, locations: [{ line, column }] }] }, or { syntaxError: message } when the document does not parse.
//
// `rules` names the rules of graphql-js's specifiedRules to run (all of them when absent), so a
// caller that implements only some rules compares like with like.
import { buildSchema, parse, specifiedRules, validate } from 'graphql';

// The corpus runs many cases against one harness schema: build each distinct SDL once.
const schemas = new Map();

function schemaFor(sdl) {
  let schema = schemas.get(sdl);
  if (schema === undefined) {
    schema = buildSchema(sdl);
    schemas.set(sdl, schema);
  }
  return schema;
}

export default function validateMode(testCase) {
  const schema = schemaFor(testCase.schema);
  let document;
  try {
    document = parse(testCase.document);
  } catch (error) {
    return { syntaxError: error.message };
  }
  const rules = testCase.rules
    ? specifiedRules.filter((rule) => testCase.rules.includes(rule.name))
    : specifiedRules;
  const options = testCase.maxErrors === undefined ? undefined : { maxErrors: testCase.maxErrors };
  const errors = validate(schema, document, rules, options);
  return {
    errors: errors.map((error) => ({ message: error.message, locations: error.locations ?? [] })),
  };
}

export { validateMode as run };
