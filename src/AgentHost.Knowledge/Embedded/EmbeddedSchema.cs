namespace AgentHost.Knowledge.Embedded;

/// <summary>
/// The embedded store's tables. FTS5 indexes our own pre-tokenized text (CJK bigrams and lower-cased words, joined by
/// spaces) with the <c>ascii</c> tokenizer, which splits on ASCII spaces and punctuation only, so it keeps our tokens
/// as they are; FTS5's built-in <c>bm25()</c> ranks them. We use FTS5 rather than our own BM25 because it is an
/// on-disk inverted index inside the same SQLite transaction as the chunk rows: a crash cannot desynchronize them.
/// </summary>
internal static class EmbeddedSchema
{
    public const int Version = 1;

    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents (
            collection   TEXT NOT NULL,
            document_id  TEXT NOT NULL,
            title        TEXT NOT NULL,
            source       TEXT NOT NULL,
            source_date  TEXT,
            language     TEXT NOT NULL,
            version      TEXT,
            index_key    TEXT NOT NULL,
            chunk_count  INTEGER NOT NULL,
            ingested_at  TEXT NOT NULL,
            PRIMARY KEY (collection, document_id)
        );
        CREATE TABLE IF NOT EXISTS chunks (
            id           INTEGER PRIMARY KEY,
            chunk_id     TEXT NOT NULL UNIQUE,
            collection   TEXT NOT NULL,
            document_id  TEXT NOT NULL,
            chunk_index  INTEGER NOT NULL,
            section_path TEXT NOT NULL,
            language     TEXT NOT NULL,
            text         TEXT NOT NULL,
            token_count  INTEGER NOT NULL,
            embedding    BLOB
        );
        CREATE INDEX IF NOT EXISTS chunks_by_document ON chunks (collection, document_id, chunk_index);
        CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5 (tokens, tokenize = 'ascii');
        INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1');
        """;
}
