-- People who sign in locally, and the groups they belong to. The group ids are also the
-- engine's candidate groups: this table is the one source of truth for membership.
create table app_user (
    username      varchar(64)  primary key,
    display_name  varchar(200) not null,
    email         varchar(320),
    password_hash varchar(100) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

create table app_user_group (
    username varchar(64) not null references app_user (username) on delete cascade,
    group_id varchar(64) not null,
    primary key (username, group_id)
);
create index app_user_group_by_group on app_user_group (group_id);

-- P1: a department's request for a new social media account (policy D 6.1).
create sequence account_request_number;

create table account_request (
    id                  uuid         primary key,
    reference           varchar(20)  not null unique,
    department          varchar(200) not null,
    kind                varchar(20)  not null check (kind in ('DEPARTMENTAL', 'CAMPAIGN')),
    campaign_end_date   date,
    platform            varchar(20)  not null,
    proposed_name       varchar(200) not null,
    business_case       jsonb        not null,
    proposed_users      jsonb        not null,
    status              varchar(20)  not null,
    rejection_reason    text,
    submitted_by        varchar(64)  not null references app_user (username),
    submitted_at        timestamptz  not null,
    decided_by          varchar(64)  references app_user (username),
    decided_at          timestamptz,
    process_instance_id varchar(64)  unique,
    version             bigint       not null default 0,
    check (kind <> 'CAMPAIGN' or campaign_end_date is not null)
);
create index account_request_by_submitter on account_request (submitted_by, submitted_at desc);
create index account_request_by_submitted on account_request (submitted_at desc);
