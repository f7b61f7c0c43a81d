// Drizzle Schema (drizzle/schema/conversations.ts)
//
// The seed's code (database-schema.md, "6. Conversations Table"). Fixed to compile: the seed
// uses `campaigns` without importing it. Added: the seed's indexes, which it lists as SQL under
// the table.
//
// `.desc().nullsFirst()` is the seed's `DESC`: PostgreSQL sorts NULLs first in a descending index
// unless told otherwise, while Drizzle's `.desc()` alone generates `DESC NULLS LAST`.

import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, boolean, real, integer, index } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';

export const conversations = pgTable('conversations', {
  id: text('id').primaryKey(), // Same as thread_id from LangGraph
  
  // Lead identification
  instagram_handle: text('instagram_handle').notNull(),
  email: text('email'),
  
  // Campaign tracking
  campaign_id: text('campaign_id').references(() => campaigns.id).notNull(),
  campaign_code: text('campaign_code').notNull(),
  
  // Conversation status
  current_stage: text('current_stage').notNull(), // "greeting", "qualification", etc.
  qualified: boolean('qualified').default(false).notNull(),
  qualification_score: real('qualification_score').default(0),
  
  // Business data
  business_type: text('business_type'),
  monthly_revenue: text('monthly_revenue'),
  main_pain_point: text('main_pain_point'),
  
  // Sales progress
  pitch_delivered: boolean('pitch_delivered').default(false).notNull(),
  pitch_type: text('pitch_type'), // "warm" | "cold"
  payment_link_sent: boolean('payment_link_sent').default(false).notNull(),
  payment_completed: boolean('payment_completed').default(false).notNull(),
  preferred_plan: text('preferred_plan'), // "option1" | "option2"
  
  // Interaction metrics
  total_messages: integer('total_messages').default(0).notNull(),
  total_sessions: integer('total_sessions').default(1).notNull(),
  followup_count: integer('followup_count').default(0).notNull(),
  
  // Timestamps
  created_at: timestamp('created_at').defaultNow().notNull(),
  last_message_at: timestamp('last_message_at').defaultNow().notNull(),
  completed_at: timestamp('completed_at')
}, (t) => [
  // CREATE INDEX idx_conversations_instagram_handle ON conversations(instagram_handle);
  index('idx_conversations_instagram_handle').on(t.instagram_handle),
  // CREATE INDEX idx_conversations_campaign_id ON conversations(campaign_id);
  index('idx_conversations_campaign_id').on(t.campaign_id),
  // CREATE INDEX idx_conversations_current_stage ON conversations(current_stage);
  index('idx_conversations_current_stage').on(t.current_stage),
  // CREATE INDEX idx_conversations_qualified ON conversations(qualified) WHERE qualified = true;
  index('idx_conversations_qualified').on(t.qualified).where(sql`qualified = true`),
  // CREATE INDEX idx_conversations_created_at ON conversations(created_at DESC);
  index('idx_conversations_created_at').on(t.created_at.desc().nullsFirst()),
  // CREATE INDEX idx_conversations_last_message_at ON conversations(last_message_at DESC);
  index('idx_conversations_last_message_at').on(t.last_message_at.desc().nullsFirst()),
]);
