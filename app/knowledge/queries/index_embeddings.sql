-- The vectors of some documents, for the in-process index. $1 document ids.
select e.id, e.document_id, e.embedding
from document_embeddings e
where e.document_id = any($1::text[])
order by e.document_id, e.chunk_index
