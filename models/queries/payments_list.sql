-- The Payments page: every payment the signed-in owner may see (row-level security decides),
-- with its campaign's code and name for display and filtering.
select p.id, p.conversation_id, p.campaign_id, c.code as campaign_code, c.name as campaign_name,
       p.instagram_handle, p.email, p.plan, p.amount_monthly, p.amount_onetime, p.currency,
       p.payment_status, p.created_at, p.completed_at
from payments p
left join campaigns c on c.id = p.campaign_id
order by p.created_at desc, p.id
