import { Link } from 'react-router';

export function CategoryChips({ categories }: { categories: { id: string; name: string; slug: string }[] }) {
  if (categories.length === 0) return null;
  return (
    <ul className="chips" aria-label="Categories">
      {categories.map((c) => (
        <li key={c.id}><Link className="chip" to={`/category/${encodeURIComponent(c.slug)}`}>{c.name}</Link></li>
      ))}
    </ul>
  );
}
