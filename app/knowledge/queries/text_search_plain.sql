-- text_search without the dashboard's additions: the words are computed from each chunk's
-- text as the search runs (no index), with the same ranking, the same parameters and the same
-- cap on how many matching chunks are ranked.
with matched as materialized (
  select e.id, to_tsvector('english'::regconfig, e.chunk_text) as tsv, d.filename, e.chunk_index
  from document_embeddings e
  join documents d on d.id = e.document_id
  where to_tsvector('english'::regconfig, e.chunk_text)
          @@ coalesce($5::tsquery, websearch_to_tsquery('english'::regconfig, $1))
    and not (e.id = any(coalesce($6::text[], '{}')))
    and d.processing_status = 'completed'
    and d.replaced_by_id is null
    and ($2::text[] is null or d.category = any($2::text[]))
    and ($3::text[] is null or d.tags ?| $3::text[])
  limit $7
)
select m.id, ts_rank_cd(m.tsv, websearch_to_tsquery('english'::regconfig, $1)) as score
from matched m
order by score desc, m.filename, m.chunk_index
limit $4
