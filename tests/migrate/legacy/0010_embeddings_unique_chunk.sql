-- One row per chunk of a document (an addition to the seed, see docs/schema.md): re-running
-- an interrupted ingest can upsert with ON CONFLICT (document_id, chunk_index) instead of
-- leaving duplicate chunks that would be retrieved twice.
ALTER TABLE "document_embeddings" ADD CONSTRAINT "document_embeddings_document_id_chunk_index_unique" UNIQUE("document_id", "chunk_index");
