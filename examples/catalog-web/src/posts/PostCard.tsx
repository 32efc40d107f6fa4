import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PostSummaryFragment } from '../gql/graphql';
import { Bylines } from './Bylines';
import { CategoryChips } from './CategoryChips';
import { formatDay, postPath } from './format';

// One post in a list. Search passes its highlighted title and passage (and a note when neither has a marked word);
// other lists show the plain title and excerpt.
export function PostCard({ post, title, excerpt, note }: { post: PostSummaryFragment; title?: ReactNode; excerpt?: ReactNode; note?: string }) {
  const text = excerpt ?? (post.excerpt && `${post.excerpt}${post.isExcerptTruncated ? '…' : ''}`);
  return (
    <article className="post-card" data-post-id={post.id}>
      <p className="meta">
        <time dateTime={post.publishedAt ?? undefined}>{formatDay(post.publishedAt)}</time>
      </p>
      <h2 className="post-title"><Link to={postPath(post)}>{title ?? post.title}</Link></h2>
      <p className="meta"><Bylines bylines={post.bylines} /></p>
      {text && <p className="excerpt">{text}</p>}
      <CategoryChips categories={post.categories} />
      {note && <p className="meta note">{note}</p>}
    </article>
  );
}
