-- A document's chunks, many rows per statement. The marker on the last line is replaced by one
-- "($1, $n, $n+1, $n+2::jsonb, $n+3::vector)" per chunk (placeholders only: $1 the document,
-- then its index, text, metadata and embedding). The embedding is binary; its cast names the
-- column's type (vector where pgvector is installed, real[] otherwise) and so how the server
-- reads it (KnowledgeStore::store).
insert into document_embeddings (document_id, chunk_index, chunk_text, chunk_metadata, embedding)
values
@ROWS@
