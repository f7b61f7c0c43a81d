-- Takes the oldest document that needs processing: pending, or processing whose worker's
-- lease expired. SKIP LOCKED lets several apps share one queue without waiting on each other.
-- $1 owner, $2 worker, $3 lease seconds, $4 max attempts.
with next as (
    select i.document_id
    from limitless.document_ingest i
    join documents d on d.id = i.document_id
    where d.owner_id = $1
      and i.attempts < $4
      and (d.processing_status = 'pending'
           or (d.processing_status = 'processing'
               and (i.lease_until is null or i.lease_until < now())))
    order by d.created_at, d.id
    limit 1
    for update of i skip locked
), claimed as (
    update limitless.document_ingest i
    set lease_owner = $2, lease_until = now() + make_interval(secs => $3),
        attempts = i.attempts + 1, stage = 'extract', progress = 0, updated_at = now()
    from next where i.document_id = next.document_id
    returning i.document_id
)
update documents d set processing_status = 'processing'
from claimed where d.id = claimed.document_id
returning d.id
