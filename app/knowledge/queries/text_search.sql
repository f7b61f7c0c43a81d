-- The full-text ranking over the chunks' stored words (limitless.chunk_text_search, GIN
-- index), websearch syntax for the question ("quoted phrases", -excluded, or). $1 the question
-- (ranks), $2 categories or null, $3 tags or null (a document with any of them), $4 how many,
-- $5 a tsquery the chunks must match, or null for $1 itself (the app asks for all words first,
-- then for chunks with fewer and fewer of them: Retriever.cpp), $6 chunk ids already ranked
-- (left out), $7 how many matching chunks are ranked at most. The cap bounds the work of a
-- question whose words are common: ranking reads every matching chunk's words, and at 50,000
-- chunks a common word matches most of them. Below the cap the ranking is exact; above it, the
-- chunks ranked are the first the index yields. Only the best-scored rows (and those tied with
-- them) are joined for the tie-break by file and position.
with matched as materialized (
  select s.chunk_id, s.tsv
  from limitless.chunk_text_search s
  join documents d on d.id = s.document_id
  where s.tsv @@ coalesce($5::tsquery, websearch_to_tsquery('english'::regconfig, $1))
    and not (s.chunk_id = any(coalesce($6::text[], '{}')))
    and d.processing_status = 'completed'
    and d.replaced_by_id is null
    and ($2::text[] is null or d.category = any($2::text[]))
    and ($3::text[] is null or d.tags ?| $3::text[])
  limit $7
), ranked as (
  select m.chunk_id, ts_rank_cd(m.tsv, websearch_to_tsquery('english'::regconfig, $1)) as score
  from matched m
  order by score desc
  fetch first $4 rows with ties
)
select r.chunk_id, r.score
from ranked r
join document_embeddings e on e.id = r.chunk_id
join documents d on d.id = e.document_id
order by r.score desc, d.filename, e.chunk_index
limit $4
