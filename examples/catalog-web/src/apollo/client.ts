import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { ApolloLink } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { graphqlUrl } from './config';

// Every connection the site pages through is merged by relayStylePagination: fetchMore({ after }) appends the next
// page's edges to the cached list, kept apart per filter (the key arguments), so a filtered list never mixes with another.
const cache = new InMemoryCache({
  typePolicies: {
    Query: {
      fields: {
        posts: relayStylePagination(['where', 'order']),
        searchPosts: relayStylePagination(['query', 'where']),
      },
    },
    Category: { fields: { posts: relayStylePagination(['where', 'order']) } },
    Author: { fields: { posts: relayStylePagination(['where', 'order']) } },
    // Facets have no id: each postFacets(where:) answer is cached whole under its arguments.
    PostFacets: { keyFields: false },
  },
});

// The one place the transport is chosen. Live updates (a graphql-ws subscription, once the API serves one) go here:
// split(isSubscription, new GraphQLWsLink(createClient({ url })), http).
function createLink(): ApolloLink {
  return new HttpLink({ uri: graphqlUrl });
}

export const client = new ApolloClient({ link: createLink(), cache });
