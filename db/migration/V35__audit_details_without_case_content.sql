-- The audit trail holds no case content (docs/decisions/0028). Rows written before this version may
-- have post addresses, file names, reasons or notes in their detail. The start-up migration that
-- follows this one (version 35.1, audit.OlderAuditDetails, which holds the audit key) replaces each
-- such detail and seals the row: detail_seal is an HMAC with the key over the row as it now reads
-- and the hash it was chained with, so the chain, every checkpoint and every exported hash still
-- match, and only someone with the key could have made the change.
alter table audit_event add column detail_seal char(64);

-- Still append-only, for everyone: the one exception is that migration, run as the schema's owner,
-- which may replace a detail once and add its seal, and change nothing else. The application's role
-- has no UPDATE on the table at all (afterMigrate.sql).
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('socialgov.removing_audit_details', true) = 'on'
            and old.detail_seal is null and new.detail_seal is not null
            and (new.id, new.occurred_at, new.actor, new.on_behalf_of, new.action, new.case_type, new.case_id,
                 new.case_reference, new.source_address, new.previous_hash, new.row_hash)
                is not distinct from
                (old.id, old.occurred_at, old.actor, old.on_behalf_of, old.action, old.case_type, old.case_id,
                 old.case_reference, old.source_address, old.previous_hash, old.row_hash) then
        return new;
    end if;
    raise exception 'The audit trail is append-only: % is not allowed', tg_op;
end;
$$;
