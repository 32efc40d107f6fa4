// Where the API is: VITE_GRAPHQL_URL at build (or dev-server start) time, else the API's own default address.
export const graphqlUrl: string = import.meta.env.VITE_GRAPHQL_URL || 'http://localhost:5000/graphql';
