import { plural } from '../posts/format';

// "2 new posts – show" above the list: nothing moves until the reader asks.
export function NewPostsNotice({ count, onShow }: { count: number; onShow: () => void }) {
  if (count === 0) return null;
  return (
    <div className="new-posts" role="status">
      <button type="button" onClick={onShow} data-testid="new-posts">
        {plural(count, 'new post')} – show
      </button>
    </div>
  );
}
