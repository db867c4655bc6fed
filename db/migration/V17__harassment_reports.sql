-- Harassment reports by councillors (P5, policy C 1.3, 1.4, 2.15): what happened, the answers that
-- decide the first steps, the Monitoring Officer's triage, and each action taken. Evidence is kept
-- in evidence_item like any case's (decision 0012).
create sequence harassment_report_number;

create table harassment_report (
    id                  uuid         primary key,
    reference           varchar(20)  not null unique,
    member              varchar(64)  not null references app_user (username),
    reported_by         varchar(64)  not null references app_user (username),
    reported_at         timestamptz  not null,
    platform            varchar(40)  not null,
    offending_accounts  text         not null,
    description         text         not null,
    post_links          text         not null,
    immediate_danger    boolean      not null,
    inform_group_leader boolean      not null,
    police_told         boolean      not null,
    crime_reference     varchar(100),
    status              varchar(20)  not null check (status in ('REPORTED', 'URGENT', 'ACTIONS_UNDER_WAY', 'FOLLOW_UP', 'CLOSED')),
    risk_level          varchar(10)  check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    triage_notes        text,
    follow_up           text,
    outcome             text,
    closed_at           timestamptz,
    process_instance_id varchar(64)  unique
);
create index harassment_report_by_member on harassment_report (member, reported_at desc);
create index harassment_report_by_date on harassment_report (reported_at desc);

create table harassment_action (
    id         uuid         primary key,
    report_id  uuid         not null references harassment_report (id),
    kind       varchar(20)  not null check (kind in ('GROUP_LEADER', 'POLICE', 'PLATFORM', 'SAFETY', 'WELLBEING')),
    detail     text         not null,
    done_by    varchar(64)  not null references app_user (username),
    done_at    timestamptz  not null
);
create index harassment_action_by_report on harassment_action (report_id, done_at);
