-- text_search without the dashboard's additions: the words are computed from each chunk's
-- text as the search runs (no index), with the same ranking and the same parameters.
select e.id, ts_rank_cd(to_tsvector('english'::regconfig, e.chunk_text), q) as score
from document_embeddings e
join documents d on d.id = e.document_id
cross join websearch_to_tsquery('english'::regconfig, $1) q
where to_tsvector('english'::regconfig, e.chunk_text) @@ coalesce($5::tsquery, q)
  and d.processing_status = 'completed'
  and d.replaced_by_id is null
  and ($2::text[] is null or d.category = any($2::text[]))
  and ($3::text[] is null or d.tags ?| $3::text[])
order by score desc, d.filename, e.chunk_index
limit $4
