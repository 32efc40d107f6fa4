import type { PostDetailFragment } from '../gql/graphql';
import { plural } from '../posts/format';
import { BlockSkeleton } from '../status/Skeleton';

type Source = NonNullable<PostDetailFragment['sources']>[number];

// Provenance: "Seen in N documents", then per document each mention and what it said (title, date, excerpt).
// The post page asks for it with `@defer` (it is the long part: every mention in every document), so it is undefined
// until that part of the answer arrives; the rest of the page is already shown, with a placeholder here.
export function PostSources({ sources }: { sources: Source[] | undefined }) {
  if (!sources) {
    return (
      <section className="sources" aria-labelledby="sources-heading" data-testid="sources-pending">
        <h2 id="sources-heading">Seen in <span className="muted">…</span></h2>
        <BlockSkeleton lines={5} />
      </section>
    );
  }
  const byDocument = new Map<string, Source[]>();
  for (const source of sources) byDocument.set(source.document, [...(byDocument.get(source.document) ?? []), source]);
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" data-testid="sources-heading">Seen in {plural(byDocument.size, 'document')}</h2>
      <ol>
        {[...byDocument].map(([document, mentions]) => (
          <li key={document} className="source" data-document={document}>
            <h3>{document} <span className="muted">({mentions[0]!.format}{mentions.length > 1 && `, ${mentions.length} mentions`})</span></h3>
            {mentions.map((m, i) => (
              <dl key={i} className="said">
                {m.position && <><dt>Where</dt><dd>{m.position}</dd></>}
                <dt>Title</dt><dd>{m.title ?? <span className="muted">none given</span>}</dd>
                <dt>Date</dt><dd>{m.dateText ?? <span className="muted">none given</span>}</dd>
                <dt>Excerpt</dt><dd>{m.excerpt ?? <span className="muted">none given</span>}</dd>
              </dl>
            ))}
          </li>
        ))}
      </ol>
      <p className="muted">{plural(sources.length, 'mention')} reconciled into this post.</p>
    </section>
  );
}
