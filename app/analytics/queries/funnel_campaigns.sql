-- Funnel page: the campaigns to choose from, with their stored counters and the all-time counts
-- of the same events from limitless.analytics_campaign_totals (data quality: the two should agree),
-- including the events data retention archived ("archived", additions/0012; read through to_jsonb
-- so that a database without that migration still answers).
select c.id, c.code, c.name, c.platform, c.total_clicks, c.total_conversations,
       c.total_qualified, c.total_conversions,
       coalesce(sum(t.n) filter (where t.event_type = 'campaign_click'), 0)::bigint as clicks,
       coalesce(sum(t.n) filter (where t.event_type = 'conversation_started'), 0)::bigint
           as started,
       coalesce(sum(t.n) filter (where t.event_type = 'qualified'), 0)::bigint as qualified,
       coalesce(sum(t.n) filter (where t.event_type = 'payment_completed'), 0)::bigint as paid
from campaigns c
left join lateral (
    select t.event_type, t.count + coalesce((to_jsonb(t) ->> 'archived')::bigint, 0) as n
    from limitless.analytics_campaign_totals t
    where t.campaign_id = c.id
      and t.event_type in ('campaign_click', 'conversation_started', 'qualified',
                           'payment_completed')) t on true
group by c.id
order by c.name, c.code
