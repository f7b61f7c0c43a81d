// Drizzle Schema (drizzle/schema/documents.ts)
//
// The seed's code (database-schema.md, "4. Documents Table"). Fixed to compile: the seed uses
// `sql`, `boolean` and `owners` without importing them, and `replaced_by_id` refers to the table
// being defined, which TypeScript only accepts with an explicit return type (`AnyPgColumn`, as
// Drizzle documents for self-references). Added: the seed's indexes, which it lists as SQL
// under the table.
//
// `.desc().nullsFirst()` is the seed's `DESC`: PostgreSQL sorts NULLs first in a descending index
// unless told otherwise, while Drizzle's `.desc()` alone generates `DESC NULLS LAST`.

import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, jsonb, boolean, index, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { owners } from './owners';

export const documents = pgTable('documents', {
  id: text('id').primaryKey().default(sql`gen_random_uuid()`),
  
  // Document info
  filename: text('filename').notNull(),
  file_type: text('file_type').notNull(), // "pdf", "docx", "txt", "md"
  file_size: integer('file_size').notNull(), // bytes
  
  // Storage
  storage_url: text('storage_url').notNull(), // Google Cloud Storage URL
  storage_bucket: text('storage_bucket').notNull(),
  
  // Owner relationship
  owner_id: text('owner_id').references(() => owners.id).notNull(),
  
  // Document categorization
  category: text('category'), // "pitch", "objection", "faq", "product_info"
  tags: jsonb('tags').$type<string[]>(), // ["pricing", "features"]
  
  // Processing status
  processing_status: text('processing_status').notNull().default('pending'), // "pending", "processing", "completed", "failed"
  embeddings_created: boolean('embeddings_created').default(false).notNull(),
  total_chunks: integer('total_chunks').default(0),
  
  // Version tracking
  version: integer('version').default(1).notNull(),
  replaced_by_id: text('replaced_by_id').references((): AnyPgColumn => documents.id),
  
  // Metadata
  created_at: timestamp('created_at').defaultNow().notNull(),
  processed_at: timestamp('processed_at')
}, (t) => [
  // CREATE INDEX idx_documents_owner_id ON documents(owner_id);
  index('idx_documents_owner_id').on(t.owner_id),
  // CREATE INDEX idx_documents_category ON documents(category);
  index('idx_documents_category').on(t.category),
  // CREATE INDEX idx_documents_processing_status ON documents(processing_status);
  index('idx_documents_processing_status').on(t.processing_status),
  // CREATE INDEX idx_documents_created_at ON documents(created_at DESC);
  index('idx_documents_created_at').on(t.created_at.desc().nullsFirst()),
]);
