import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { PostDetailFragment } from '../gql/graphql';
import { Bylines } from '../posts/Bylines';
import { CategoryChips } from '../posts/CategoryChips';
import { formatDay } from '../posts/format';
import { ErrorNotice } from '../status/ErrorNotice';
import { BlockSkeleton } from '../status/Skeleton';
import { NotFound } from './NotFound';
import { PostSources } from './PostSources';

graphql(`
  fragment PostDetail on Post {
    ...PostSummary
    url
    wordPressId
    thumbnailUrl
    tags { id name slug }
    ... @defer(label: "sources") {
      sources { document format position title excerpt dateText }
    }
  }
`);

const PostBySlug = graphql(`
  query PostBySlug($slug: String!) {
    post(slug: $slug) { ...PostDetail }
  }
`);

const PostById = graphql(`
  query PostById($id: ID!) {
    node(id: $id) { __typename ... on Post { ...PostDetail } }
  }
`);

// #/post/:slug, and #/post-id/:id for the posts whose documents gave no slug. The sources come after the rest (@defer
// in PostDetail: the API answers multipart/mixed, the client's incremental handler merges the parts as they arrive).
export function PostPage() {
  const slug = useParams().slug ?? '';
  const { data, error, refetch } = useQuery(PostBySlug, { variables: { slug } });
  return <PostView post={data?.post} loaded={!!data} error={error} retry={() => refetch()} missing={`There is no post “${slug}” in the catalog.`} />;
}

export function PostByIdPage() {
  const id = useParams().id ?? '';
  const { data, error, refetch } = useQuery(PostById, { variables: { id } });
  const node = data?.node;
  const post = node?.__typename === 'Post' ? node : null;
  return <PostView post={post} loaded={!!data} error={error} retry={() => refetch()} missing="There is no post with this id in the catalog." />;
}

function PostView({ post, loaded, error, retry, missing }: {
  post: PostDetailFragment | null | undefined;
  loaded: boolean;
  error: unknown;
  retry: () => Promise<unknown>;
  missing: string;
}) {
  if (!loaded) return error ? <ErrorNotice error={error} onRetry={retry} /> : <BlockSkeleton lines={12} />;
  if (!post) return <NotFound what={missing} />;
  return (
    <article className="main-column post-page">
      <p className="crumbs"><Link to="/">Latest posts</Link> › Post</p>
      <h1>{post.title}</h1>
      <p className="meta"><time dateTime={post.publishedAt ?? undefined}>{formatDay(post.publishedAt)}</time></p>
      <p className="meta"><Bylines bylines={post.bylines} /></p>
      {post.thumbnailUrl && (
        <img className="thumbnail" src={post.thumbnailUrl} alt="" loading="lazy"
          onError={(e) => { e.currentTarget.hidden = true; }} />
      )}
      {post.excerpt && <p className="excerpt lead">{post.excerpt}{post.isExcerptTruncated && '…'}</p>}
      <dl className="facts">
        <dt>Categories</dt>
        <dd>{post.categories.length ? <CategoryChips categories={post.categories} /> : <span className="muted">none</span>}</dd>
        <dt>Tags</dt>
        <dd>{post.tags.length ? post.tags.map((t) => t.name).join(', ') : <span className="muted">none</span>}</dd>
        <dt>On the blog</dt>
        <dd>{post.url ? <a href={post.url} rel="noreferrer noopener" target="_blank">{post.url}</a> : <span className="muted">no address in any document</span>}</dd>
        {post.wordPressId != null && <><dt>WordPress id</dt><dd>{post.wordPressId}</dd></>}
        <dt>Excerpt</dt>
        <dd>{post.isExcerptTruncated ? 'every source cut it short; the longest text seen is shown' : 'complete in at least one source'}</dd>
      </dl>
      <PostSources sources={post.sources} />
    </article>
  );
}
