-- Emergency procedures (P6, policy D 9): one holding message while in force; the grants it
-- suspended, so that lifting it resumes exactly those.
create sequence emergency_number;

create table emergency (
    id                  uuid         primary key,
    reference           varchar(20)  not null unique,
    holding_message     text         not null,
    invoked_by          varchar(64)  not null references app_user (username),
    invoked_at          timestamptz  not null,
    lifted_by           varchar(64)  references app_user (username),
    lifted_at           timestamptz,
    process_instance_id varchar(64)  unique
);
-- At most one emergency is in force at a time.
create unique index emergency_in_force on emergency ((true)) where lifted_at is null;

create table emergency_suspension (
    emergency_id uuid not null references emergency (id),
    grant_id     uuid not null references access_grant (id),
    primary key (emergency_id, grant_id)
);
