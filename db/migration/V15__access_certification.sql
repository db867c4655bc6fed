-- Authorised-users certification (P3b): campaigns, and each person's keep-or-remove decision per account.
create sequence certification_number;

create table certification_campaign (
    id                  uuid         primary key,
    reference           varchar(20)  not null unique,
    started_by          varchar(64)  not null,
    started_at          timestamptz  not null,
    due_date            date         not null,
    default_decision    varchar(10)  not null check (default_decision in ('KEEP', 'REMOVE')),
    closed_at           timestamptz,
    process_instance_id varchar(64)  unique
);

create table certification_decision (
    campaign_id   uuid         not null references certification_campaign (id),
    account_id    uuid         not null references social_account (id),
    username      varchar(64)  not null references app_user (username),
    grant_id      uuid         references access_grant (id),
    decision      varchar(10)  check (decision in ('KEEP', 'REMOVE')),
    justification text,
    decided_by    varchar(64),
    decided_at    timestamptz,
    by_default    boolean      not null default false,
    applied_at    timestamptz,
    primary key (campaign_id, account_id, username)
);
