-- The Supabase-compatible part of the local sandbox: the `auth` schema with its users table,
-- the JWT helper functions Supabase defines, and the roles RLS policies are written for.
-- Runs once, as superuser, before the migrations.
create extension if not exists pgcrypto;

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  -- The role the desktop app logs in as: no BYPASSRLS, and NOINHERIT so that it has no table
  -- privileges of its own; each transaction switches to `authenticated` with the user's claims.
  if not exists (select 1 from pg_roles where rolname = 'limitless_app') then
    create role limitless_app login noinherit nobypassrls;
  end if;
end
$$;

grant anon, authenticated to limitless_app;

create schema if not exists auth;

-- A subset of GoTrue's auth.users with the same names and types.
create table if not exists auth.users (
  instance_id uuid,
  id uuid primary key default gen_random_uuid(),
  aud varchar(255),
  role varchar(255),
  email varchar(255) unique,
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  recovery_token varchar(255),
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  phone text unique,
  banned_until timestamptz,
  deleted_at timestamptz,
  is_anonymous boolean not null default false
);

-- Supabase's definitions: claims come from the transaction-local setting request.jwt.claims.
create or replace function auth.uid() returns uuid language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create or replace function auth.role() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create or replace function auth.email() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

create or replace function auth.jwt() returns jsonb language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

grant usage on schema auth to anon, authenticated, service_role;
grant execute on function auth.uid(), auth.role(), auth.email(), auth.jwt()
  to anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- Local sign-in. The sandbox has no GoTrue, so its token endpoints are these functions: they
-- check e-mail and password against auth.users (bcrypt through pgcrypto's crypt()), keep
-- sessions and rotating refresh tokens in tables named like GoTrue's, and answer with GoTrue's
-- own JSON (an AccessTokenResponse, or an error {code, error_code, msg}) plus the HTTP status it
-- would have used. The desktop client parses these answers with the same code as Supabase's.
--
-- Access tokens are HS256 JWTs signed with a key generated here at creation, which no client
-- role can read (GoTrue keeps its JWT secret server-side the same way). Refresh tokens are
-- stored as SHA-256 digests, never in clear. Everything below is idempotent.
-- ---------------------------------------------------------------------------------------------

create table if not exists auth.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  aal text not null default 'aal1',
  not_after timestamptz
);
create index if not exists sessions_user_id_idx on auth.sessions (user_id);

create table if not exists auth.refresh_tokens (
  instance_id uuid,
  id bigserial primary key,
  token varchar(255) unique, -- hex SHA-256 of the token handed out
  user_id varchar(255),
  revoked boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  parent varchar(255),
  session_id uuid references auth.sessions (id) on delete cascade
);
create index if not exists refresh_tokens_session_id_revoked_idx
  on auth.refresh_tokens (session_id, revoked);

create table if not exists auth.sandbox_keys (
  id boolean primary key default true check (id),
  jwt_secret bytea not null default gen_random_bytes(32),
  access_token_lifetime integer not null default 3600 check (access_token_lifetime > 0)
);
insert into auth.sandbox_keys default values on conflict do nothing;

revoke all on auth.sessions, auth.refresh_tokens, auth.sandbox_keys, auth.users
  from public, anon, authenticated, limitless_app;

create or replace function auth.sandbox_b64url(data bytea) returns text
language sql immutable strict set search_path = '' as $$
  select pg_catalog.translate(pg_catalog.encode(data, 'base64'), E'+/=\n', '-_')
$$;

create or replace function auth.sandbox_b64url_decode(text text) returns bytea
language sql immutable strict set search_path = '' as $$
  select pg_catalog.decode(
    pg_catalog.rpad(pg_catalog.translate(text, '-_', '+/'),
                    ((pg_catalog.length(text) + 3) / 4) * 4, '='),
    'base64')
$$;

create or replace function auth.sandbox_error(status integer, error_code text, msg text)
returns jsonb language sql immutable set search_path = '' as $$
  select pg_catalog.jsonb_build_object(
    'status', status,
    'body', pg_catalog.jsonb_build_object('code', status, 'error_code', error_code, 'msg', msg))
$$;

create or replace function auth.sandbox_jwt_sign(payload jsonb) returns text
language plpgsql stable security definer set search_path = '' as $$
declare
  signing_input text;
  secret bytea;
begin
  select k.jwt_secret into strict secret from auth.sandbox_keys k;
  signing_input :=
    auth.sandbox_b64url(pg_catalog.convert_to('{"alg":"HS256","typ":"JWT"}', 'UTF8')) || '.' ||
    auth.sandbox_b64url(pg_catalog.convert_to(payload::text, 'UTF8'));
  return signing_input || '.' ||
    auth.sandbox_b64url(public.hmac(pg_catalog.convert_to(signing_input, 'UTF8'), secret, 'sha256'));
end
$$;

-- The claims of a token this sandbox signed and that has not expired; null otherwise.
create or replace function auth.sandbox_jwt_verify(token text) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
declare
  parts text[];
  secret bytea;
  claims jsonb;
begin
  parts := pg_catalog.string_to_array(token, '.');
  if pg_catalog.array_length(parts, 1) is distinct from 3 then
    return null;
  end if;
  select k.jwt_secret into strict secret from auth.sandbox_keys k;
  if auth.sandbox_b64url(public.hmac(pg_catalog.convert_to(parts[1] || '.' || parts[2], 'UTF8'),
                                     secret, 'sha256')) <> parts[3] then
    return null;
  end if;
  claims := pg_catalog.convert_from(auth.sandbox_b64url_decode(parts[2]), 'UTF8')::jsonb;
  if (claims ->> 'exp')::bigint <= pg_catalog.date_part('epoch', pg_catalog.now())::bigint then
    return null;
  end if;
  return claims;
exception when others then
  return null;
end
$$;

create or replace function auth.sandbox_user_json(u auth.users) returns jsonb
language sql stable set search_path = '' as $$
  select pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
    'id', u.id,
    'aud', coalesce(u.aud, 'authenticated'),
    'role', coalesce(u.role, 'authenticated'),
    'email', u.email,
    'email_confirmed_at', u.email_confirmed_at,
    'confirmed_at', u.email_confirmed_at,
    'phone', coalesce(u.phone, ''),
    'last_sign_in_at', u.last_sign_in_at,
    'app_metadata', coalesce(u.raw_app_meta_data, '{}'::jsonb),
    'user_metadata', coalesce(u.raw_user_meta_data, '{}'::jsonb),
    'identities', '[]'::jsonb,
    'created_at', u.created_at,
    'updated_at', u.updated_at,
    'is_anonymous', u.is_anonymous))
$$;

-- A new refresh token for `session`: random, handed out once, stored as its digest.
create or replace function auth.sandbox_new_refresh_token(session auth.sessions, parent text)
returns text language plpgsql volatile security definer set search_path = '' as $$
declare
  token text := auth.sandbox_b64url(public.gen_random_bytes(32));
begin
  insert into auth.refresh_tokens (instance_id, token, user_id, revoked, parent, session_id)
  values ('00000000-0000-0000-0000-000000000000',
          pg_catalog.encode(public.digest(token, 'sha256'), 'hex'),
          session.user_id::text, false, parent, session.id);
  return token;
end
$$;

-- GoTrue's AccessTokenResponse for `u` in `session`, with `refresh_token`.
create or replace function auth.sandbox_token_response(u auth.users, session auth.sessions,
                                                        refresh_token text, method text)
returns jsonb language plpgsql stable security definer set search_path = '' as $$
declare
  lifetime integer;
  now_s bigint := pg_catalog.date_part('epoch', pg_catalog.now())::bigint;
  claims jsonb;
begin
  select k.access_token_lifetime into strict lifetime from auth.sandbox_keys k;
  claims := pg_catalog.jsonb_build_object(
    'aud', 'authenticated',
    'exp', now_s + lifetime,
    'iat', now_s,
    'iss', 'limitless-sandbox',
    'sub', u.id,
    'email', u.email,
    'phone', coalesce(u.phone, ''),
    'app_metadata', coalesce(u.raw_app_meta_data, '{}'::jsonb),
    'user_metadata', coalesce(u.raw_user_meta_data, '{}'::jsonb),
    'role', 'authenticated',
    'aal', session.aal,
    'amr', pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
      'method', method,
      'timestamp', pg_catalog.date_part('epoch', session.created_at)::bigint)),
    'session_id', session.id,
    'is_anonymous', u.is_anonymous);
  return pg_catalog.jsonb_build_object(
    'status', 200,
    'body', pg_catalog.jsonb_build_object(
      'access_token', auth.sandbox_jwt_sign(claims),
      'token_type', 'bearer',
      'expires_in', lifetime,
      'expires_at', now_s + lifetime,
      'refresh_token', refresh_token,
      'user', auth.sandbox_user_json(u)));
end
$$;

-- POST /token?grant_type=password
create or replace function auth.sandbox_token_password(p_email text, p_password text)
returns jsonb language plpgsql volatile security definer set search_path = '' as $$
declare
  u auth.users;
  s auth.sessions;
begin
  select * into u from auth.users
   where pg_catalog.lower(email) = pg_catalog.lower(p_email) and deleted_at is null;
  if not found or u.encrypted_password is null or p_password is null
     or u.encrypted_password <> public.crypt(p_password, u.encrypted_password) then
    if not found then
      -- Spend the same bcrypt time as for a known address.
      perform public.crypt(coalesce(p_password, ''), public.gen_salt('bf'));
    end if;
    return auth.sandbox_error(400, 'invalid_credentials', 'Invalid login credentials');
  end if;
  if u.email_confirmed_at is null then
    return auth.sandbox_error(400, 'email_not_confirmed', 'Email not confirmed');
  end if;
  if u.banned_until is not null and u.banned_until > pg_catalog.now() then
    return auth.sandbox_error(400, 'user_banned', 'User is banned');
  end if;
  update auth.users set last_sign_in_at = pg_catalog.now() where id = u.id returning * into u;
  insert into auth.sessions (user_id) values (u.id) returning * into s;
  return auth.sandbox_token_response(u, s, auth.sandbox_new_refresh_token(s, null), 'password');
end
$$;

-- POST /token?grant_type=refresh_token. Rotation: the token used is revoked and a new one is
-- returned; using a revoked token again is `refresh_token_already_used`.
create or replace function auth.sandbox_token_refresh(p_refresh_token text)
returns jsonb language plpgsql volatile security definer set search_path = '' as $$
declare
  t auth.refresh_tokens;
  s auth.sessions;
  u auth.users;
begin
  select * into t from auth.refresh_tokens
   where token = pg_catalog.encode(public.digest(coalesce(p_refresh_token, ''), 'sha256'), 'hex')
   for update;
  if not found then
    return auth.sandbox_error(400, 'refresh_token_not_found',
                              'Invalid Refresh Token: Refresh Token Not Found');
  end if;
  if t.revoked then
    return auth.sandbox_error(400, 'refresh_token_already_used',
                              'Invalid Refresh Token: Already Used');
  end if;
  select * into s from auth.sessions where id = t.session_id;
  if not found or (s.not_after is not null and s.not_after <= pg_catalog.now()) then
    return auth.sandbox_error(400, 'session_expired', 'Invalid Refresh Token: Session Expired');
  end if;
  select * into u from auth.users where id = s.user_id and deleted_at is null;
  if not found then
    return auth.sandbox_error(400, 'user_not_found', 'User not found');
  end if;
  if u.banned_until is not null and u.banned_until > pg_catalog.now() then
    return auth.sandbox_error(400, 'user_banned', 'User is banned');
  end if;
  update auth.refresh_tokens set revoked = true, updated_at = pg_catalog.now() where id = t.id;
  update auth.sessions set updated_at = pg_catalog.now() where id = s.id returning * into s;
  return auth.sandbox_token_response(u, s, auth.sandbox_new_refresh_token(s, t.token), 'password');
end
$$;

-- The session behind an access token, or an error answer (GoTrue's 403s).
create or replace function auth.sandbox_session_of(p_access_token text, out session_id uuid,
                                                   out user_id uuid, out error jsonb)
language plpgsql stable security definer set search_path = '' as $$
declare
  claims jsonb := auth.sandbox_jwt_verify(p_access_token);
begin
  if claims is null then
    error := auth.sandbox_error(403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature');
    return;
  end if;
  select se.id, se.user_id into session_id, user_id
    from auth.sessions se where se.id = (claims ->> 'session_id')::uuid;
  if session_id is null then
    error := auth.sandbox_error(403, 'session_not_found',
                                'Session from session_id claim in JWT does not exist');
  end if;
end
$$;

-- GET /user
create or replace function auth.sandbox_user(p_access_token text)
returns jsonb language plpgsql stable security definer set search_path = '' as $$
declare
  v_user_id uuid;
  err jsonb;
  u auth.users;
begin
  select o.user_id, o.error into v_user_id, err from auth.sandbox_session_of(p_access_token) o;
  if err is not null then
    return err;
  end if;
  select * into u from auth.users au where au.id = v_user_id and au.deleted_at is null;
  if not found then
    return auth.sandbox_error(403, 'user_not_found', 'User from sub claim in JWT does not exist');
  end if;
  return pg_catalog.jsonb_build_object('status', 200, 'body', auth.sandbox_user_json(u));
end
$$;

-- PUT /user with a new password (GoTrue's default minimum length is 6).
create or replace function auth.sandbox_update_password(p_access_token text, p_password text)
returns jsonb language plpgsql volatile security definer set search_path = '' as $$
declare
  v_user_id uuid;
  err jsonb;
  u auth.users;
begin
  select o.user_id, o.error into v_user_id, err from auth.sandbox_session_of(p_access_token) o;
  if err is not null then
    return err;
  end if;
  select * into u from auth.users au where au.id = v_user_id and au.deleted_at is null;
  if not found then
    return auth.sandbox_error(403, 'user_not_found', 'User from sub claim in JWT does not exist');
  end if;
  if p_password is null or pg_catalog.length(p_password) < 6 then
    return pg_catalog.jsonb_build_object('status', 422, 'body', pg_catalog.jsonb_build_object(
      'code', 422, 'error_code', 'weak_password',
      'msg', 'Password should be at least 6 characters.',
      'weak_password', pg_catalog.jsonb_build_object(
        'reasons', pg_catalog.jsonb_build_array('length'))));
  end if;
  if u.encrypted_password = public.crypt(p_password, u.encrypted_password) then
    return auth.sandbox_error(422, 'same_password',
                              'New password should be different from the old password.');
  end if;
  update auth.users au
     set encrypted_password = public.crypt(p_password, public.gen_salt('bf')),
         updated_at = pg_catalog.now()
   where au.id = u.id returning * into u;
  return pg_catalog.jsonb_build_object('status', 200, 'body', auth.sandbox_user_json(u));
end
$$;

-- POST /logout?scope=local|global|others: 204 and the sessions (with their refresh tokens) gone.
create or replace function auth.sandbox_logout(p_access_token text, p_scope text)
returns jsonb language plpgsql volatile security definer set search_path = '' as $$
declare
  v_session_id uuid;
  v_user_id uuid;
  err jsonb;
begin
  select o.session_id, o.user_id, o.error into v_session_id, v_user_id, err
    from auth.sandbox_session_of(p_access_token) o;
  if err is not null then
    return err;
  end if;
  if p_scope = 'global' then
    delete from auth.sessions se where se.user_id = v_user_id;
  elsif p_scope = 'others' then
    delete from auth.sessions se where se.user_id = v_user_id and se.id <> v_session_id;
  else
    delete from auth.sessions se where se.id = v_session_id;
  end if;
  return pg_catalog.jsonb_build_object('status', 204, 'body', null);
end
$$;

-- Only the app's login role may call the endpoints; nobody calls the helpers directly.
revoke all on function auth.sandbox_b64url(bytea), auth.sandbox_b64url_decode(text),
  auth.sandbox_error(integer, text, text), auth.sandbox_jwt_sign(jsonb),
  auth.sandbox_jwt_verify(text), auth.sandbox_user_json(auth.users),
  auth.sandbox_new_refresh_token(auth.sessions, text),
  auth.sandbox_token_response(auth.users, auth.sessions, text, text),
  auth.sandbox_session_of(text), auth.sandbox_token_password(text, text),
  auth.sandbox_token_refresh(text), auth.sandbox_user(text),
  auth.sandbox_update_password(text, text), auth.sandbox_logout(text, text)
  from public;
grant usage on schema auth to limitless_app;
grant execute on function auth.sandbox_token_password(text, text), auth.sandbox_token_refresh(text),
  auth.sandbox_user(text), auth.sandbox_update_password(text, text),
  auth.sandbox_logout(text, text)
  to limitless_app;
