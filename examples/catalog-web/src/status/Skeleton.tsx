// Grey placeholders in the shape of what is loading, so the page keeps its layout and never shows blank.
export function PostCardSkeleton() {
  return (
    <div className="post-card skeleton" aria-hidden="true">
      <div className="bar short" />
      <div className="bar title" />
      <div className="bar" />
      <div className="bar" />
    </div>
  );
}

export function ListSkeleton({ count = 4 }: { count?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading">
      {Array.from({ length: count }, (_, i) => <PostCardSkeleton key={i} />)}
    </div>
  );
}

export function BlockSkeleton({ lines = 6 }: { lines?: number }) {
  return (
    <div className="skeleton" aria-busy="true" aria-label="Loading">
      {Array.from({ length: lines }, (_, i) => <div key={i} className={i === 0 ? 'bar title' : 'bar'} />)}
    </div>
  );
}
