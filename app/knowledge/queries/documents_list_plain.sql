-- documents_list without the dashboard's additions: the seed's columns only.
select d.id, d.filename, d.file_type, d.file_size, d.storage_url, d.storage_bucket, d.owner_id,
       d.category, d.tags, d.processing_status, d.embeddings_created, d.total_chunks, d.version,
       d.replaced_by_id, d.created_at, d.processed_at, false as has_ingest
from documents d
where ($1::text is null or d.id = $1)
  and ($2::boolean or d.replaced_by_id is null)
order by d.created_at desc, d.id desc
