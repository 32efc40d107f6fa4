import type { PostSummaryFragment } from '../gql/graphql';
import { PagedList, type Connection } from './PagedList';
import { PostCard } from './PostCard';

export const pageSize = 10;

// A paged list of post cards: the home page, a category's and an author's posts.
export function PostFeed(props: {
  connection: Connection<PostSummaryFragment> | null | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
  loadMore: (after: string) => Promise<unknown>;
  empty?: string;
}) {
  return (
    <PagedList
      {...props}
      noun="post"
      keyOf={(post) => post.id}
      renderItem={(post) => <PostCard post={post} />}
      empty={<p className="muted">{props.empty ?? 'No posts here.'}</p>}
    />
  );
}
