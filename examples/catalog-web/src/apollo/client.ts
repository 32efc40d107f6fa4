import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQL17Alpha9Handler } from '@apollo/client/incremental';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { graphqlUrl, webSocketUrl } from './config';

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

// Wait before reconnecting: 1 s, 2 s, 4 s ... at most 30 s, plus up to a second of jitter so that many readers whose
// socket dropped together (a server restart) do not all come back in the same instant.
const reconnectDelay = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) + Math.random() * 1000));

// The one place the transport is chosen: subscriptions over a WebSocket (graphql-transport-ws, the `graphql-ws`
// package) on the API's own path, everything else over HTTP (where @defer arrives as multipart/mixed). The socket opens
// with the first subscription and closes after the last. When it drops (the API restarts, the network blinks) it
// reconnects quietly and resubscribes, for as long as the page is open: a reader sees no error, only live updates that
// resume. graphql-ws still gives up at once on the close codes that retrying cannot fix (4400, 4403, 4429, ...).
function createLink(): ApolloLink {
  const http = new HttpLink({ uri: graphqlUrl });
  const socket = new GraphQLWsLink(createClient({
    url: webSocketUrl,
    retryAttempts: Infinity,
    retryWait: reconnectDelay,
  }));
  return ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, socket, http);
}

// incrementalHandler: how a multipart/mixed answer's payloads (graphql-js 17's format, as the API sends them) are
// merged, so a query's `... @defer` parts render as they arrive.
export const client = new ApolloClient({ link: createLink(), cache, incrementalHandler: new GraphQL17Alpha9Handler() });
