// Mode "execute-incremental": graphql-js 17's experimentalExecuteIncrementally on a schema built from SDL.
//
// Case:   { mode: "execute-incremental", schema: "<SDL>", document: "<GraphQL>", rootValue: {...}, variables?: {...} }
// Result: { payloads: [initial, ...subsequent] } (one payload when nothing was deferred), or { errors } when the
//         document does not validate.
//
// Every field whose name starts with "fail" throws Error("boom"), so cases can put errors inside deferred fragments.
import { buildSchema, experimentalExecuteIncrementally, isObjectType, parse, validate } from 'graphql';

const schemas = new Map();

function schemaFor(sdl) {
  let schema = schemas.get(sdl);
  if (schema === undefined) {
    schema = buildSchema(sdl);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('fail')) field.resolve = () => { throw new Error('boom'); };
      }
    }
    schemas.set(sdl, schema);
  }
  return schema;
}

export default async function executeIncrementalMode(testCase) {
  const schema = schemaFor(testCase.schema);
  const document = parse(testCase.document);
  const errors = validate(schema, document);
  if (errors.length > 0) return { errors: errors.map((error) => error.toJSON()) };
  const result = await experimentalExecuteIncrementally({
    schema,
    document,
    rootValue: testCase.rootValue,
    variableValues: testCase.variables,
  });
  if (!('initialResult' in result)) return { payloads: [JSON.parse(JSON.stringify(result))] };
  const payloads = [result.initialResult];
  for await (const payload of result.subsequentResults) payloads.push(payload);
  return { payloads: JSON.parse(JSON.stringify(payloads)) };
}
