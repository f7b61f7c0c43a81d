-- The full-text ranking over the chunks' stored words (limitless.chunk_text_search, GIN
-- index), websearch syntax for the question ("quoted phrases", -excluded, or). The app asks for
-- all words first, then for any word (Retriever.cpp). $1 question, $2 categories or
-- null, $3 tags or null (a document with any of them), $4 how many.
select s.chunk_id, ts_rank_cd(s.tsv, q) as score
from limitless.chunk_text_search s
join documents d on d.id = s.document_id
join document_embeddings e on e.id = s.chunk_id
cross join websearch_to_tsquery('english'::regconfig, $1) q
where s.tsv @@ q
  and d.processing_status = 'completed'
  and d.replaced_by_id is null
  and ($2::text[] is null or d.category = any($2::text[]))
  and ($3::text[] is null or d.tags ?| $3::text[])
order by score desc, d.filename, e.chunk_index
limit $4
