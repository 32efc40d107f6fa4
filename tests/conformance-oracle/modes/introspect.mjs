// Mode "introspect": graphql-js's introspection of a schema built from SDL.
//
// Case:   { mode: "introspect", schema: "<SDL>", query?: "<GraphQL>" }
// Result: { query: "<the query run>", result: { data, errors? } }
//
// Without `query`, the query is graphql-js's getIntrospectionQuery with every option on (descriptions,
// specifiedByUrl, directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf, and 17's
// experimentalDirectiveDeprecation); it is returned so the
// C# side runs exactly the same text against its own schema built from the same SDL. With `query` (an IDE's
// introspection query, say), that query is run instead.
import { buildSchema, getIntrospectionQuery, graphqlSync } from 'graphql';

const fullIntrospectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
  experimentalDirectiveDeprecation: true,
});

export default function introspectMode(testCase) {
  const schema = buildSchema(testCase.schema);
  const query = testCase.query ?? fullIntrospectionQuery;
  const result = graphqlSync({ schema, source: query });
  return { query, result: JSON.parse(JSON.stringify(result)) };
}
