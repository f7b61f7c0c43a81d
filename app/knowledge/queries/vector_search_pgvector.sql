-- The vector ranking on pgvector: the seed's "Vector Search Query Example" (cosine distance,
-- HNSW index) over current, completed documents. $1 query vector, $2 categories or null,
-- $3 tags or null (a document with any of them), $4 how many.
select e.id, 1 - (e.embedding <=> $1::vector) as similarity
from document_embeddings e
join documents d on d.id = e.document_id
where d.processing_status = 'completed'
  and d.replaced_by_id is null
  and ($2::text[] is null or d.category = any($2::text[]))
  and ($3::text[] is null or d.tags ?| $3::text[])
order by e.embedding <=> $1::vector, e.id
limit $4
