-- Documents that used up their attempts (a worker died on them each time, or a transient error
-- kept coming back) stop with their reason instead of looping. $1 owner, $2 max attempts.
with spent as (
    update limitless.document_ingest i
    set stage = 'failed', lease_owner = null, lease_until = null, updated_at = now(),
        error_code = coalesce(i.error_code, 'attempts'),
        last_error = 'Gave up after ' || i.attempts || ' attempts'
                     || coalesce(': ' || i.last_error, '.')
    from documents d
    where d.id = i.document_id and d.owner_id = $1 and i.attempts >= $2
      and (d.processing_status = 'pending'
           or (d.processing_status = 'processing'
               and (i.lease_until is null or i.lease_until < now())))
    returning i.document_id
)
update documents d set processing_status = 'failed'
from spent where d.id = spent.document_id
