namespace PostCatalog.Catalog.Migrations;

/// <summary>
/// Every SQLite schema change, in order. Never edit a step that has shipped: add a new one, so existing
/// catalog files are upgraded in place. The EF model (Configuration/) must describe the same tables, and
/// <see cref="PostgresMigrations"/> must reach the same catalog at the same version.
/// </summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "catalog tables and indexes", """
            CREATE TABLE posts (
                id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                title TEXT NOT NULL,
                slug TEXT NULL,
                url TEXT NULL,
                word_press_id INTEGER NULL,
                published_at TEXT NULL,
                excerpt TEXT NULL,
                is_excerpt_truncated INTEGER NOT NULL DEFAULT 0,
                thumbnail_url TEXT NULL
            );
            CREATE UNIQUE INDEX ix_posts_slug ON posts (slug) WHERE slug IS NOT NULL;
            CREATE UNIQUE INDEX ix_posts_word_press_id ON posts (word_press_id) WHERE word_press_id IS NOT NULL;
            CREATE INDEX ix_posts_url ON posts (url);
            CREATE INDEX ix_posts_published_at ON posts (published_at);
            CREATE INDEX ix_posts_title ON posts (title);

            CREATE TABLE categories (
                id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL,
                slug TEXT NOT NULL,
                word_press_id INTEGER NULL,
                declared_post_count INTEGER NULL
            );
            CREATE UNIQUE INDEX ix_categories_slug ON categories (slug);
            CREATE INDEX ix_categories_name ON categories (name);

            CREATE TABLE tags (
                id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL,
                slug TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ix_tags_slug ON tags (slug);
            CREATE INDEX ix_tags_name ON tags (name);

            CREATE TABLE authors (
                id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL,
                slug TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ix_authors_slug ON authors (slug);
            CREATE INDEX ix_authors_name ON authors (name);

            CREATE TABLE post_categories (
                post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
                PRIMARY KEY (post_id, category_id)
            );
            CREATE INDEX ix_post_categories_category_id ON post_categories (category_id);

            CREATE TABLE post_tags (
                post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
                PRIMARY KEY (post_id, tag_id)
            );
            CREATE INDEX ix_post_tags_tag_id ON post_tags (tag_id);

            CREATE TABLE bylines (
                post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
                role TEXT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (post_id, author_id)
            );
            CREATE INDEX ix_bylines_author_id ON bylines (author_id);

            CREATE TABLE post_sources (
                id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                document TEXT NOT NULL,
                format TEXT NOT NULL,
                position TEXT NULL,
                title TEXT NULL,
                excerpt TEXT NULL,
                date_text TEXT NULL
            );
            CREATE INDEX ix_post_sources_post_id ON post_sources (post_id);
            CREATE INDEX ix_post_sources_document ON post_sources (document);

            CREATE TABLE import_runs (
                id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                started_at TEXT NOT NULL,
                finished_at TEXT NOT NULL,
                post_count INTEGER NOT NULL,
                warning_count INTEGER NOT NULL,
                quarantined_count INTEGER NOT NULL,
                report_json TEXT NOT NULL
            );
            """),
        new(2, "full-text search over posts", """
            -- rowid = posts.id; filled by the importer in its own transaction.
            -- Query: SELECT rowid, bm25(post_search) FROM post_search WHERE post_search MATCH @q
            CREATE VIRTUAL TABLE post_search USING fts5 (
                title, excerpt, categories, authors,
                tokenize = 'unicode61 remove_diacritics 2'
            );
            """),
        new(3, "indexes for every post order the API offers", """
            -- Keyset pages walk an index from the cursor; the unique indexes on slug and word_press_id are partial
            -- (WHERE ... IS NOT NULL), so they cannot order the whole table. These full ones can, both directions
            -- (SQLite appends the rowid, the id tie-breaker). title and published_at have theirs since step 1.
            CREATE INDEX ix_posts_slug_order ON posts (slug);
            CREATE INDEX ix_posts_word_press_id_order ON posts (word_press_id);
            """),
        new(4, "the imported documents themselves", """
            -- The catalog is the reconciliation of every stored document: an import adds documents, and the
            -- posts are rebuilt from all of them (post_sources.document names a row here). content is the text
            -- as read (invalid UTF-8 already replaced); content_hash is the SHA-256 of the file's bytes, so
            -- importing the same file again is recognised and changes nothing. source_url and scraped_at are
            -- what the document prints about itself (a Markdown scrape's **URL** and **Scraped**, an HTML page's
            -- canonical link): a later scrape of the same source_url supersedes an earlier one.
            CREATE TABLE documents (
                id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                format TEXT NOT NULL,
                source_url TEXT NULL,
                scraped_at TEXT NULL,
                imported_at TEXT NOT NULL,
                byte_count INTEGER NOT NULL,
                content TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ix_documents_name ON documents (name);
            CREATE INDEX ix_documents_content_hash ON documents (content_hash);
            """),
        new(5, "automatic persisted queries shared by replicas", """
            -- PostgreSQL only (PostgresMigrations step 5): one server over a SQLite file keeps them in its memory.
            -- Kept as a step so a version means the same catalog on both providers.
            SELECT 1;
            """),
    ];
}
