import type { PostDetailFragment } from '../gql/graphql';
import { plural } from '../posts/format';

type Source = PostDetailFragment['sources'][number];

// Provenance: "Seen in N documents", then per document each mention and what it said (title, date, excerpt).
export function PostSources({ sources }: { sources: Source[] }) {
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
    </section>
  );
}
