-- After every migration run (Flyway's afterMigrate callback), as the schema's owner: the role the
-- application connects as (${app_role}, the data source's username) gets the data access it needs and
-- no more. It owns nothing, so it cannot alter or drop a table, disable a trigger or truncate; the
-- audit trail is append-only for it. Skipped when the application connects as the owner itself
-- (an external database set up with one login; SocialGov warns about that at start-up).
do $$
declare
    app text := '${app_role}';
begin
    if app = current_user or not exists (select 1 from pg_roles where rolname = app) then
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('revoke truncate, references, trigger on all tables in schema public from %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke update, delete on audit_event from %I', app);
    execute format('revoke insert, update, delete on audit_head from %I', app);
    execute format('grant update (last_id, last_hash) on audit_head to %I', app);
    execute format('revoke insert, update, delete on flyway_schema_history from %I', app);
end $$;
