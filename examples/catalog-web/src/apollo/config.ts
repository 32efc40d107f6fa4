// Where the API is: VITE_GRAPHQL_URL at build (or dev-server start) time, else the API's own default address.
export const graphqlUrl: string = import.meta.env.VITE_GRAPHQL_URL || 'http://localhost:5000/graphql';

// Subscriptions use the same address over a WebSocket: http becomes ws, https wss, same host and path (/graphql).
// A relative VITE_GRAPHQL_URL (/graphql behind the site's own server) is taken relative to the page.
export const webSocketUrl: string = (() => {
  const url = new URL(graphqlUrl, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
})();
