import { Link } from 'react-router';
import type { PostSummaryFragment } from '../gql/graphql';

// "By Ann (Senior Engineer) and Bo": each author links to their page, with the role printed for this post.
export function Bylines({ bylines }: { bylines: PostSummaryFragment['bylines'] }) {
  if (bylines.length === 0) return <span className="muted">No byline</span>;
  const ordered = [...bylines].sort((a, b) => a.position - b.position);
  return (
    <span className="bylines">
      By{' '}
      {ordered.map((byline, i) => (
        <span key={byline.author.id} className="byline">
          {i > 0 && (i === ordered.length - 1 ? ' and ' : ', ')}
          <Link to={`/author/${encodeURIComponent(byline.author.slug)}`}>{byline.author.name}</Link>
          {byline.role && <span className="role"> ({byline.role})</span>}
        </span>
      ))}
    </span>
  );
}
