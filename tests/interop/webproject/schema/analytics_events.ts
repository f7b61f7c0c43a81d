// Drizzle Schema (drizzle/schema/analytics_events.ts)
//
// The seed's code (database-schema.md, "7. Analytics Events Table"). Fixed to compile: the
// seed uses `sql`, `conversations` and `campaigns` without importing them. Added: the seed's
// indexes, which it lists as SQL under the table.
//
// `.desc().nullsFirst()` is the seed's `DESC`: PostgreSQL sorts NULLs first in a descending index
// unless told otherwise, while Drizzle's `.desc()` alone generates `DESC NULLS LAST`.

import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, jsonb, index } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { conversations } from './conversations';

export const analyticsEvents = pgTable('analytics_events', {
  id: text('id').primaryKey().default(sql`gen_random_uuid()`),
  
  // Relationships
  conversation_id: text('conversation_id').references(() => conversations.id),
  campaign_id: text('campaign_id').references(() => campaigns.id),
  
  // Event data
  event_type: text('event_type').notNull(), // "campaign_click", "conversation_started", "qualified", "pitch_delivered", "objection_raised", "payment_completed"
  event_data: jsonb('event_data'),
  
  // Metadata
  created_at: timestamp('created_at').defaultNow().notNull()
}, (t) => [
  // CREATE INDEX idx_analytics_events_conversation_id ON analytics_events(conversation_id);
  index('idx_analytics_events_conversation_id').on(t.conversation_id),
  // CREATE INDEX idx_analytics_events_campaign_id ON analytics_events(campaign_id);
  index('idx_analytics_events_campaign_id').on(t.campaign_id),
  // CREATE INDEX idx_analytics_events_event_type ON analytics_events(event_type);
  index('idx_analytics_events_event_type').on(t.event_type),
  // CREATE INDEX idx_analytics_events_created_at ON analytics_events(created_at DESC);
  index('idx_analytics_events_created_at').on(t.created_at.desc().nullsFirst()),
]);
