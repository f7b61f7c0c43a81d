-- One chunk. $5 is the embedding in pgvector's text form; the cast is chosen by the caller
-- (vector where pgvector is installed, real[] otherwise).
insert into document_embeddings (document_id, chunk_index, chunk_text, chunk_metadata, embedding)
values ($1, $2, $3, $4::jsonb, $5::@EMBEDDING_TYPE@)
