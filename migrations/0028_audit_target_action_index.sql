-- A citizen's conversation page looks up their latest erasure (citizen.data.erase): by this index it reads one row,
-- not every audited read of that citizen's log.
CREATE INDEX "audit_log_target_action_idx" ON "audit_log" USING btree ("target_type","target_id","action","id");