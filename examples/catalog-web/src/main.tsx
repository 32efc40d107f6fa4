import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { HashRouter } from 'react-router';
import { client } from './apollo/client';
import { App } from './App';
import { ErrorBoundary } from './status/ErrorBoundary';
import './styles.css';

// Hash routes (#/post/...) so the built site works on any static web server, with no rewrite rule for deep links.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <ApolloProvider client={client}>
        <HashRouter>
          <App />
        </HashRouter>
      </ApolloProvider>
    </ErrorBoundary>
  </StrictMode>,
);
