-- The audit chain becomes keyed (docs/decisions/0017): from here on each row's hash is an HMAC-SHA256
-- with a key the database never holds. Rows written before this migration keep their plain SHA-256
-- and stay verifiable; keyed_from_id says where keyed rows begin. The first keyed row's HMAC covers
-- the last plain row's hash, so it anchors every older row too.
alter table audit_head add column keyed_from_id bigint;
update audit_head set keyed_from_id = last_id + 1;
alter table audit_head alter column keyed_from_id set not null;

-- The head only moves forward and its boundary never moves: the application's role may update the
-- head's id and hash (afterMigrate.sql) but cannot roll it back to hide rows removed from the end.
create function audit_head_moves_forward() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'The audit trail''s head is never added or removed: % is not allowed', tg_op;
    end if;
    if new.keyed_from_id <> old.keyed_from_id or new.id <> old.id then
        raise exception 'The audit trail''s keyed boundary never changes';
    end if;
    if new.last_id < old.last_id then
        raise exception 'The audit trail''s head only moves forward';
    end if;
    return new;
end $$;
create trigger audit_head_moves_forward before insert or update or delete on audit_head
    for each row execute function audit_head_moves_forward();
create trigger audit_head_no_truncate before truncate on audit_head
    for each statement execute function audit_head_moves_forward();
