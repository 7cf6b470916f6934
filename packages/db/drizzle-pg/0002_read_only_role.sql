-- The SQL console's role on PostgreSQL: it logs in as itself (never through SET ROLE from a stronger session, which
-- a statement could undo with set_config('role', …)), reads every table, writes none, and runs read-only with a time
-- limit even if a caller forgets to say so. Creating a role needs CREATEROLE; without it the migration goes on and
-- the console says the role is missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chancery_reader') THEN
    CREATE ROLE chancery_reader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
  ALTER ROLE chancery_reader SET default_transaction_read_only = on;
  ALTER ROLE chancery_reader SET statement_timeout = '2s';
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'chancery_reader not created: this user may not create roles';
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'chancery_reader') THEN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO chancery_reader', current_database());
    GRANT USAGE ON SCHEMA public TO chancery_reader;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO chancery_reader;
    -- Tables later migrations add are readable too.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO chancery_reader;
    -- Nothing of the copy's bookkeeping or of the server's own functions that touch files is granted.
  END IF;
END
$$;
