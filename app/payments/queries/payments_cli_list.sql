-- `limitless payments list`: payments, newest first, optionally of one status ($1) and one
-- campaign code ($2).
select p.id, p.conversation_id, c.code as campaign_code, c.name as campaign_name,
       p.instagram_handle, p.email, p.plan, p.amount_monthly, p.amount_onetime, p.currency,
       p.payment_status, p.created_at, p.completed_at, p.campaign_id
from payments p
left join campaigns c on c.id = p.campaign_id
where ($1::text is null or p.payment_status = $1::text)
  and ($2::text is null or c.code = upper($2::text))
order by p.created_at desc, p.id
