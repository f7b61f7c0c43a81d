-- The payments of one conversation, newest first.
select id, plan, amount_monthly, amount_onetime, currency, payment_status, stripe_session_id,
       created_at, completed_at
from payments
where conversation_id = $1
order by created_at desc, id
