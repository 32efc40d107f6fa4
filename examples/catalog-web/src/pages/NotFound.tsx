import { Link } from 'react-router';

export function NotFound({ what = 'There is no page at this address.' }: { what?: string }) {
  return (
    <section className="main-column not-found">
      <h1>Not found</h1>
      <p>{what}</p>
      <p><Link to="/">Back to the latest posts</Link></p>
    </section>
  );
}
