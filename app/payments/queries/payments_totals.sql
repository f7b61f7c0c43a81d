-- Revenue totals per currency (amounts in different currencies are never added up), for the
-- payments that match the page's campaign ($1, NULL = all) and creation-date range
-- ([$2, $3), UTC, NULL = open).
--   monthly recurring revenue: amount_monthly of completed payments whose plan bills monthly
--     (amount_monthly > 0; both of today's plans do, a one-off sale would carry 0);
--   one-time revenue: amount_onetime of completed payments;
--   refunds: everything charged at checkout (monthly + one-time) of refunded payments.
select p.currency,
       coalesce(sum(p.amount_monthly) filter (where p.payment_status = 'completed'
                                              and p.amount_monthly > 0), 0) as mrr,
       coalesce(sum(p.amount_onetime) filter (where p.payment_status = 'completed'), 0) as onetime,
       coalesce(sum(p.amount_monthly + coalesce(p.amount_onetime, 0))
                    filter (where p.payment_status = 'refunded'), 0) as refunds,
       count(*) filter (where p.payment_status = 'completed') as completed,
       count(*) filter (where p.payment_status = 'refunded') as refunded
from payments p
where ($1::text is null or p.campaign_id = $1::text)
  and ($2::timestamp is null or p.created_at >= $2::timestamp)
  and ($3::timestamp is null or p.created_at < $3::timestamp)
group by p.currency
order by p.currency
