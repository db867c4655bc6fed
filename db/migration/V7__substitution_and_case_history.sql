-- Out-of-office cover: while someone is away, the colleague they name sees and works the tasks
-- assigned to them, so no task is lost.
create table substitution (
    id          uuid        primary key,
    absent      varchar(64) not null references app_user (username),
    substitute  varchar(64) not null references app_user (username),
    from_date   date        not null,
    to_date     date        not null,
    created_at  timestamptz not null,
    check (from_date <= to_date),
    check (absent <> substitute)
);
create index substitution_by_substitute on substitution (substitute, to_date);
create index substitution_by_absent on substitution (absent, to_date);

-- A case's history is read from the audit trail by case.
create index audit_event_by_case on audit_event (case_type, case_id, id) where case_id is not null;
