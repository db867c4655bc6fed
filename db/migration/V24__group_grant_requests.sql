-- The confidential groups (hr, monitoring-officer, information-manager, auditors) are given only when
-- a second administrator approves (decision 0016). One row per request; outcome is null while it waits.
create table group_grant_request (
    id           uuid         primary key,
    username     varchar(64)  not null references app_user (username),
    group_id     varchar(64)  not null,
    requested_by varchar(64)  not null references app_user (username),
    requested_at timestamptz  not null,
    decided_by   varchar(64)  references app_user (username),
    decided_at   timestamptz,
    outcome      varchar(10)  check (outcome in ('APPROVED', 'REFUSED')),
    reason       text,
    check ((outcome is null) = (decided_by is null) and (outcome is null) = (decided_at is null)),
    -- Whoever asked, and the person themselves, may turn a request down but never approve it.
    check (outcome is distinct from 'APPROVED' or (decided_by <> requested_by and decided_by <> username))
);
create unique index group_grant_request_one_waiting on group_grant_request (username, group_id) where outcome is null;
create index group_grant_request_by_user on group_grant_request (username);
