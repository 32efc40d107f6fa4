import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams, useLocation } from 'react-router';

// The header's search field: submitting goes to #/search?q=..., and the field shows the query of the page it is on.
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === '/search' ? params.get('q') ?? '' : '';
  const [text, setText] = useState(current);
  useEffect(() => {
    setText(current);
  }, [current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (query) navigate(`/search?q=${encodeURIComponent(query)}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)}
        placeholder="Search titles, excerpts, categories, authors" aria-label="Search posts" maxLength={256} />
      <button type="submit">Search</button>
    </form>
  );
}
