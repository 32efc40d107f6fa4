import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { graphqlUrl } from '../apollo/config';

// What a reader should be told about a failed request, in words: which of "the API is not there", "the API refused"
// and "the API answered with an error" happened.
export function describeError(error: unknown): { title: string; detail: string } {
  if (CombinedGraphQLErrors.is(error)) {
    return { title: 'The catalog answered with an error', detail: error.errors.map((e) => e.message).join(' · ') };
  }
  if (ServerError.is(error)) {
    return { title: `The catalog API answered HTTP ${error.statusCode}`, detail: `at ${graphqlUrl}` };
  }
  if (ServerParseError.is(error)) {
    return { title: 'The catalog API sent something that is not GraphQL', detail: `at ${graphqlUrl}` };
  }
  return {
    title: 'Could not reach the catalog',
    detail: `No answer from ${graphqlUrl}. Is the API running, and does its Cors:Origins allow this site?`,
  };
}
