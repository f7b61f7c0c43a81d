-- The retrieved chunks with their documents, and the question's matching words marked
-- (HighlightAll keeps the whole chunk; the markers are $3's StartSel/StopSel). $1 chunk ids,
-- $2 question, $3 ts_headline options.
select e.id, e.document_id, d.filename, d.category, e.chunk_index, e.chunk_text,
       e.chunk_metadata,
       ts_headline('english'::regconfig, e.chunk_text,
                   websearch_to_tsquery('english'::regconfig, $2), $3) as marked
from document_embeddings e
join documents d on d.id = e.document_id
where e.id = any($1::text[])
