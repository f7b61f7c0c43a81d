-- The About box: the server's version and pgvector's, if the extension is installed.
select current_setting('server_version') as server_version,
       (select extversion from pg_extension where extname = 'vector') as pgvector_version
