-- The full-text ranking over the chunks' stored words (limitless.chunk_text_search, GIN
-- index), websearch syntax for the question ("quoted phrases", -excluded, or). $1 the question
-- (ranks), $2 categories or null, $3 tags or null (a document with any of them), $4 how many,
-- $5 a tsquery the chunks must match, or null for $1 itself (the app asks for all words first,
-- then for chunks with fewer and fewer of them: Retriever.cpp). Only the best-scored rows (and
-- those tied with them) are joined for the tie-break by file and position.
select r.chunk_id, r.score
from (
  select s.chunk_id, ts_rank_cd(s.tsv, q) as score
  from limitless.chunk_text_search s
  join documents d on d.id = s.document_id
  cross join websearch_to_tsquery('english'::regconfig, $1) q
  where s.tsv @@ coalesce($5::tsquery, q)
    and d.processing_status = 'completed'
    and d.replaced_by_id is null
    and ($2::text[] is null or d.category = any($2::text[]))
    and ($3::text[] is null or d.tags ?| $3::text[])
  order by score desc
  fetch first $4 rows with ties
) r
join document_embeddings e on e.id = r.chunk_id
join documents d on d.id = e.document_id
order by r.score desc, d.filename, e.chunk_index
limit $4
