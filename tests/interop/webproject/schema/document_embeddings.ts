// Drizzle Schema (drizzle/schema/document_embeddings.ts)
//
// The seed's code (database-schema.md, "5. Document Embeddings Table"). Fixed to compile: the
// seed uses `sql`, `jsonb` and `documents` without importing them. Added: the seed's indexes,
// which it lists as SQL under the table.
//
// Deviation: the embedding column. The seed's is pgvector's `vector(1536)` with an HNSW cosine
// index, which needs the `vector` extension. Supabase has it; the test cluster (Debian's
// PostgreSQL 15) does not, so WEB_PROJECT_EMBEDDING chooses:
//   WEB_PROJECT_EMBEDDING=vector  the seed's column and its HNSW index (needs pgvector; the
//                                 web project's migrations must `create extension vector` first)
//   anything else (the default)   `real[]`, without the HNSW index (an HNSW index needs vector)
// This is the same fallback the dashboard's own migrations use on servers without pgvector.

import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, real, vector, jsonb, index } from 'drizzle-orm/pg-core';
import { documents } from './documents';

const withPgvector = process.env.WEB_PROJECT_EMBEDDING === 'vector';

export const documentEmbeddings = pgTable('document_embeddings', {
  id: text('id').primaryKey().default(sql`gen_random_uuid()`),
  
  // Document relationship
  document_id: text('document_id').references(() => documents.id, { onDelete: 'cascade' }).notNull(),
  
  // Chunk information
  chunk_index: integer('chunk_index').notNull(),
  chunk_text: text('chunk_text').notNull(),
  chunk_metadata: jsonb('chunk_metadata').$type<{
    page?: number;
    section?: string;
    start_char?: number;
    end_char?: number;
  }>(),
  
  // Embedding vector (1536 dimensions for text-embedding-3-small)
  embedding: withPgvector
    ? vector('embedding', { dimensions: 1536 }).notNull()
    : real('embedding').array().notNull(),
  
  // Metadata
  created_at: timestamp('created_at').defaultNow().notNull()
}, (t) => [
  // Vector similarity search index (HNSW algorithm)
  // CREATE INDEX idx_document_embeddings_vector ON document_embeddings USING hnsw (embedding vector_cosine_ops);
  ...(withPgvector
    ? [index('idx_document_embeddings_vector').using('hnsw', t.embedding.op('vector_cosine_ops'))]
    : []),
  // Filter indexes
  // CREATE INDEX idx_document_embeddings_document_id ON document_embeddings(document_id);
  index('idx_document_embeddings_document_id').on(t.document_id),
  // CREATE INDEX idx_document_embeddings_chunk_index ON document_embeddings(chunk_index);
  index('idx_document_embeddings_chunk_index').on(t.chunk_index),
]);
