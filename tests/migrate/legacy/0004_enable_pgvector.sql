-- pgvector where the server offers it (Supabase, PGlite with the extension loaded); a server
-- without it (Debian's PostgreSQL) gets the real[] fallback in 0005 and exact search in the app.
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
		CREATE EXTENSION IF NOT EXISTS vector;
	END IF;
END
$$;
