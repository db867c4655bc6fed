-- Temporary access to corporate accounts (P3, policy D 2.9): the grant, the accounts it covers,
-- each signed statement, and the authorised-user periods it opens in the registry.
create sequence access_grant_number;

create table access_grant (
    id                  uuid         primary key,
    reference           varchar(20)  not null unique,
    grantee             varchar(64)  not null references app_user (username),
    requested_by        varchar(64)  not null references app_user (username),
    line_manager        varchar(64)  not null references app_user (username),
    purpose             text         not null,
    intended_use        text         not null,
    requested_end_date  date         not null,
    agreed_end_date     date,
    specific_terms      text,
    status              varchar(20)  not null check (status in ('REQUESTED', 'ENDORSED', 'APPROVED', 'SIGNED', 'ACTIVE',
                            'SUSPENDED', 'NOT_ENDORSED', 'REJECTED', 'REVOKED', 'EXPIRED')),
    decision_reason     text,
    decided_by          varchar(64)  references app_user (username),
    requested_at        timestamptz  not null,
    activated_at        timestamptz,
    ended_at            timestamptz,
    ended_by            varchar(64),
    end_reason          text,
    process_instance_id varchar(64)  unique,
    version             bigint       not null default 0,
    check (grantee <> line_manager)
);
create index access_grant_by_grantee on access_grant (grantee, requested_at desc);
create index access_grant_by_status on access_grant (status);

create table access_grant_account (
    grant_id   uuid not null references access_grant (id),
    account_id uuid not null references social_account (id),
    primary key (grant_id, account_id)
);
create index access_grant_account_by_account on access_grant_account (account_id);

-- The exact statement a person signed (D 2.9): text, version and time, kept for every signing.
create table access_grant_signature (
    id                uuid         primary key,
    grant_id          uuid         not null references access_grant (id),
    statement_version varchar(20)  not null,
    statement_text    text         not null,
    statement_sha256  char(64)     not null,
    signed_by         varchar(64)  not null references app_user (username),
    signed_at         timestamptz  not null
);
create index access_grant_signature_by_grant on access_grant_signature (grant_id, signed_at);

-- Which grant opened an authorised-user period (null for periods recorded without one).
alter table authorised_user add column grant_id uuid references access_grant (id);
create index authorised_user_by_grant on authorised_user (grant_id) where grant_id is not null;
