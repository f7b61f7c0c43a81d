-- The owner's documents with their ingest state, newest first. $1: one document id or null;
-- $2: include documents that a newer version replaced.
select d.id, d.filename, d.file_type, d.file_size, d.storage_url, d.storage_bucket, d.owner_id,
       d.category, d.tags, d.processing_status, d.embeddings_created, d.total_chunks, d.version,
       d.replaced_by_id, d.created_at, d.processed_at,
       i.document_id is not null as has_ingest, i.sha256, i.stage, i.progress, i.attempts,
       i.error_code, i.last_error, i.embedding_model, i.source_path, i.replaces_id,
       i.extraction_notes, i.ocr_pages, i.chunks_added, i.chunks_removed, i.lease_until
from documents d
left join limitless.document_ingest i on i.document_id = d.id
where ($1::text is null or d.id = $1)
  and ($2::boolean or d.replaced_by_id is null)
order by d.created_at desc, d.id desc
