// Drizzle Schema (drizzle/schema/owners.ts)
//
// The seed's code (database-schema.md, "2. Owners Table"), unchanged except for the seed's
// indexes: the seed lists them as SQL under the table; a Drizzle project declares them here so
// that drizzle-kit creates them (same names, columns, order).

import { pgTable, text, timestamp, boolean, index } from 'drizzle-orm/pg-core';

export const owners = pgTable('owners', {
  id: text('id').primaryKey().default('owner-001'),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  instagram_handle: text('instagram_handle'),
  
  // Supabase Auth integration
  supabase_user_id: text('supabase_user_id').notNull().unique(),
  
  // Metadata
  created_at: timestamp('created_at').defaultNow().notNull(),
  last_login_at: timestamp('last_login_at'),
  is_active: boolean('is_active').default(true).notNull()
}, (t) => [
  // CREATE INDEX idx_owners_supabase_user_id ON owners(supabase_user_id);
  index('idx_owners_supabase_user_id').on(t.supabase_user_id),
  // CREATE INDEX idx_owners_email ON owners(email);
  index('idx_owners_email').on(t.email),
]);
