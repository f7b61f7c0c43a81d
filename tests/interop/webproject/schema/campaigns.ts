// Drizzle Schema (drizzle/schema/campaigns.ts)
//
// The seed's code (database-schema.md, "3. Campaigns Table"). Fixed to compile: the seed uses
// `sql` and `owners` without importing them. Added: the seed's indexes, which it lists as SQL
// under the table (same names, columns, order and WHERE clause).

import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { owners } from './owners';

export const campaigns = pgTable('campaigns', {
  id: text('id').primaryKey().default(sql`gen_random_uuid()`),
  
  // Campaign identification
  code: text('code').notNull().unique(), // e.g., "ABC123"
  name: text('name').notNull(), // e.g., "Instagram Ads - Jan 2025"
  description: text('description'),
  
  // Owner relationship
  owner_id: text('owner_id').references(() => owners.id).notNull(),
  
  // Optional: Platform/source tracking
  platform: text('platform'), // "instagram", "facebook", "youtube", etc.
  
  // Simple on/off switch
  is_active: boolean('is_active').default(true).notNull(),
  
  // Analytics tracking
  total_clicks: integer('total_clicks').default(0).notNull(),
  total_conversations: integer('total_conversations').default(0).notNull(),
  total_qualified: integer('total_qualified').default(0).notNull(),
  total_conversions: integer('total_conversions').default(0).notNull(),
  
  // Metadata
  created_at: timestamp('created_at').defaultNow().notNull(),
  updated_at: timestamp('updated_at').defaultNow().notNull()
}, (t) => [
  // CREATE UNIQUE INDEX idx_campaigns_code ON campaigns(code);
  uniqueIndex('idx_campaigns_code').on(t.code),
  // CREATE INDEX idx_campaigns_owner_id ON campaigns(owner_id);
  index('idx_campaigns_owner_id').on(t.owner_id),
  // CREATE INDEX idx_campaigns_is_active ON campaigns(is_active) WHERE is_active = true;
  index('idx_campaigns_is_active').on(t.is_active).where(sql`is_active = true`),
]);
