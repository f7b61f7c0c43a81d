-- funnel_campaigns.sql counted straight from analytics_events (the benchmark's peer, which may
-- use the seed's indexes only).
select c.id, c.code, c.name, c.platform, c.total_clicks, c.total_conversations,
       c.total_qualified, c.total_conversions,
       count(e.id) filter (where e.event_type = 'campaign_click')::bigint as clicks,
       count(e.id) filter (where e.event_type = 'conversation_started')::bigint as started,
       count(e.id) filter (where e.event_type = 'qualified')::bigint as qualified,
       count(e.id) filter (where e.event_type = 'payment_completed')::bigint as paid
from campaigns c
left join analytics_events e
  on e.campaign_id = c.id
 and e.event_type in ('campaign_click', 'conversation_started', 'qualified', 'payment_completed')
group by c.id
order by c.name, c.code
