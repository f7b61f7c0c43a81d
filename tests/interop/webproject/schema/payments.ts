// Drizzle Schema (drizzle/schema/payments.ts)
//
// The seed's code (database-schema.md, "8. Payments Table"). Fixed to compile: the seed uses
// `sql`, `conversations` and `campaigns` without importing them. Added: the seed's indexes,
// which it lists as SQL under the table.
//
// `.desc().nullsFirst()` is the seed's `DESC`: PostgreSQL sorts NULLs first in a descending index
// unless told otherwise, while Drizzle's `.desc()` alone generates `DESC NULLS LAST`.

import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, index } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { conversations } from './conversations';

export const payments = pgTable('payments', {
  id: text('id').primaryKey().default(sql`gen_random_uuid()`),
  
  // Relationships
  conversation_id: text('conversation_id').references(() => conversations.id).notNull(),
  campaign_id: text('campaign_id').references(() => campaigns.id).notNull(),
  
  // Lead info
  instagram_handle: text('instagram_handle').notNull(),
  email: text('email').notNull(),
  
  // Stripe data
  stripe_session_id: text('stripe_session_id').notNull().unique(),
  stripe_customer_id: text('stripe_customer_id'),
  stripe_subscription_id: text('stripe_subscription_id'),
  
  // Payment details
  plan: text('plan').notNull(), // "option1" | "option2"
  amount_monthly: integer('amount_monthly').notNull(), // cents
  amount_onetime: integer('amount_onetime'), // cents (for option1)
  currency: text('currency').default('usd').notNull(),
  
  // Status
  payment_status: text('payment_status').notNull(), // "pending", "completed", "failed", "refunded"
  
  // Timestamps
  created_at: timestamp('created_at').defaultNow().notNull(),
  completed_at: timestamp('completed_at')
}, (t) => [
  // CREATE INDEX idx_payments_conversation_id ON payments(conversation_id);
  index('idx_payments_conversation_id').on(t.conversation_id),
  // CREATE INDEX idx_payments_campaign_id ON payments(campaign_id);
  index('idx_payments_campaign_id').on(t.campaign_id),
  // CREATE INDEX idx_payments_stripe_session_id ON payments(stripe_session_id);
  index('idx_payments_stripe_session_id').on(t.stripe_session_id),
  // CREATE INDEX idx_payments_payment_status ON payments(payment_status);
  index('idx_payments_payment_status').on(t.payment_status),
  // CREATE INDEX idx_payments_created_at ON payments(created_at DESC);
  index('idx_payments_created_at').on(t.created_at.desc().nullsFirst()),
]);
