-- Tamper evidence for the audit log: every row carries the hash of the previous one (see src/admin/audit-chain.ts,
-- which recomputes the same serialisation independently). The chain is built by a trigger, so no inserter can choose
-- its own position or hashes, and appends are serialised by a transaction-scoped advisory lock so the chain never forks.
CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_checkpoints_seq_idx" ON "audit_checkpoints" USING btree ("seq");--> statement-breakpoint
-- One field of the canonical serialisation: '-' for NULL, else its length in UTF-8 bytes, ':', and the text itself.
-- Length prefixes make the concatenation unambiguous whatever the fields contain.
CREATE OR REPLACE FUNCTION audit_log_field(value text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
  SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$;
--> statement-breakpoint
-- Hex SHA-256 of 'zegov-audit-v1' followed by every field in a fixed order. JSON columns enter as PostgreSQL's own
-- jsonb text form and the time as UTC with microseconds, so a reader can rebuild the same bytes from plain SELECTs.
CREATE OR REPLACE FUNCTION audit_log_hash(
  id bigint, seq bigint, occurred_at timestamptz, actor_type text, actor_account_id uuid, actor_email text,
  actor_token_id uuid, action text, target_type text, target_id text, before jsonb, after jsonb, request_id text,
  ip text, prev_hash text
) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public AS $$
  SELECT encode(sha256(convert_to(
    'zegov-audit-v1'
      || audit_log_field(id::text) || audit_log_field(seq::text)
      || audit_log_field(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
      || audit_log_field(actor_type) || audit_log_field(actor_account_id::text) || audit_log_field(actor_email)
      || audit_log_field(actor_token_id::text) || audit_log_field(action) || audit_log_field(target_type)
      || audit_log_field(target_id) || audit_log_field(before::text) || audit_log_field(after::text)
      || audit_log_field(request_id) || audit_log_field(ip) || audit_log_field(prev_hash),
    'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Existing rows are chained once, here, in id order: they are sealed as they are found at migration time (nothing can
-- prove what happened to them before).
ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_no_update_delete;--> statement-breakpoint
DO $$
DECLARE
  row_ record;
  previous text := repeat('0', 64);
  n bigint := 0;
BEGIN
  FOR row_ IN SELECT * FROM audit_log ORDER BY id LOOP
    n := n + 1;
    UPDATE audit_log SET seq = n, prev_hash = previous, hash = audit_log_hash(
      row_.id, n, row_.occurred_at, row_.actor_type, row_.actor_account_id, row_.actor_email,
      row_.actor_token_id, row_.action, row_.target_type, row_.target_id, row_.before, row_.after, row_.request_id,
      row_.ip, previous)
    WHERE id = row_.id
    RETURNING hash INTO previous;
  END LOOP;
END;
$$;--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_no_update_delete;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seq_key" ON "audit_log" USING btree ("seq");--> statement-breakpoint
-- Appends take a lock held until commit, read the head, and link the new row to it. In READ COMMITTED each query of
-- a volatile function sees what committed before it started, so the head read after the lock is the real head; the
-- unique seq index turns any other isolation mistake into an error instead of a fork.
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  head record;
BEGIN
  PERFORM pg_advisory_xact_lock(7204212);
  SELECT audit_log.seq, audit_log.hash INTO head FROM audit_log ORDER BY audit_log.seq DESC LIMIT 1;
  IF FOUND THEN
    NEW.seq := head.seq + 1;
    NEW.prev_hash := head.hash;
  ELSE
    NEW.seq := 1;
    NEW.prev_hash := repeat('0', 64);
  END IF;
  NEW.hash := audit_log_hash(
    NEW.id, NEW.seq, NEW.occurred_at, NEW.actor_type, NEW.actor_account_id, NEW.actor_email, NEW.actor_token_id,
    NEW.action, NEW.target_type, NEW.target_id, NEW.before, NEW.after, NEW.request_id, NEW.ip, NEW.prev_hash);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain
  BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint
-- Checkpoints are evidence too; the refusal now names the table it protects.
CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate
  BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change();
