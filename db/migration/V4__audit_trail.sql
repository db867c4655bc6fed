-- The audit trail (issue: identity, need-to-know and audit). Append-only: a trigger refuses updates
-- and deletes, and every row carries the SHA-256 of its content and of the row before it, so an
-- edit made by someone able to switch the trigger off is still found by the verifier.
create table audit_event (
    id              bigint       primary key,
    occurred_at     timestamptz  not null,
    actor           varchar(64)  not null,
    on_behalf_of    varchar(64),
    action          varchar(64)  not null,
    case_type       varchar(40),
    case_id         varchar(64),
    case_reference  varchar(40),
    detail          text,
    source_address  varchar(64),
    previous_hash   char(64)     not null,
    row_hash        char(64)     not null
);
create sequence audit_event_id_seq;
create index audit_event_by_actor on audit_event (actor, occurred_at);
create index audit_event_by_on_behalf_of on audit_event (on_behalf_of, occurred_at) where on_behalf_of is not null;
create index audit_event_by_case_reference on audit_event (case_reference, occurred_at) where case_reference is not null;
create index audit_event_by_time on audit_event (occurred_at);

-- The chain's head: the last row's id and hash. Appenders lock this row, which orders the chain,
-- and the verifier compares it with the last row, so removing rows from the end is found too.
create table audit_head (
    id        smallint    primary key check (id = 1),
    last_id   bigint      not null,
    last_hash char(64)    not null
);
insert into audit_head (id, last_id, last_hash) values (1, 0, repeat('0', 64));

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
