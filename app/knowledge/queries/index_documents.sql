-- What the in-process vector index must hold: current, completed documents, with a version
-- that changes whenever their chunks do, and what the filters need.
select d.id, coalesce(to_char(d.processed_at, 'YYYY-MM-DD"T"HH24:MI:SS.US'), '') || '/' ||
       coalesce(d.total_chunks, 0) as version, d.category, d.tags
from documents d
where d.processing_status = 'completed' and d.replaced_by_id is null
