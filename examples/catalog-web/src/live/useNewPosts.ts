import { useState } from 'react';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql';
import type { PostFilterInput } from '../gql/graphql';

// Each post an import adds (in any process beside the API) that the list's own filter matches, as it is committed.
const PostAdded = graphql(`
  subscription PostAdded($where: PostFilterInput) {
    postAdded(where: $where) { id title }
  }
`);

// The posts added since the list was last shown, for the "N new posts" notice: they are counted, not slipped into the
// list under the reader's eyes. The count belongs to one filter: a new filter subscribes again and starts at zero.
// A subscription that fails for good (graphql-ws reconnects quietly before that) leaves the notice out; the page works
// as before without live updates.
export function useNewPosts(where: PostFilterInput | undefined) {
  const key = JSON.stringify(where ?? null);
  const [fresh, setFresh] = useState<{ key: string; ids: string[] }>({ key, ids: [] });
  useSubscription(PostAdded, {
    variables: { where },
    onData: ({ data }) => {
      const id = data.data?.postAdded.id;
      if (!id) return;
      setFresh((current) => {
        const ids = current.key === key ? current.ids : [];
        return { key, ids: ids.includes(id) ? ids : [...ids, id] };
      });
    },
  });
  const ids = fresh.key === key ? fresh.ids : [];
  return { count: ids.length, clear: () => setFresh({ key, ids: [] }) };
}
