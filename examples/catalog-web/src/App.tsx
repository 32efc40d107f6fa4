import { useEffect } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { AuthorPage } from './pages/AuthorPage';
import { CategoryPage } from './pages/CategoryPage';
import { HomePage } from './pages/HomePage';
import { NotFound } from './pages/NotFound';
import { PostByIdPage, PostPage } from './pages/PostPage';
import { SearchBox } from './search/SearchBox';
import { SearchPage } from './search/SearchPage';
import { ErrorBoundary } from './status/ErrorBoundary';

export function App() {
  // A new page or a new filter starts at the top, as a full page load would.
  const { pathname, search } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname, search]);
  return (
    <>
      <header className="site-header">
        <Link to="/" className="brand">Post catalog</Link>
        <SearchBox />
      </header>
      <main>
        {/* Keyed on the page: a page that fails to render shows its message, and the next link works again. */}
        <ErrorBoundary key={pathname}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/category/:slug" element={<CategoryPage />} />
            <Route path="/author/:slug" element={<AuthorPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/post/:slug" element={<PostPage />} />
            <Route path="/post-id/:id" element={<PostByIdPage />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </ErrorBoundary>
      </main>
    </>
  );
}
