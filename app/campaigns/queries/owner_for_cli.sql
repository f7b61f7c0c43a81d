-- The owner a CLI write acts for: the one with the given e-mail, else (empty $1) every owner,
-- so the caller can insist on there being exactly one.
select id, email from owners
where $1::text is null or lower(email) = lower($1::text)
order by created_at, id
limit 2
