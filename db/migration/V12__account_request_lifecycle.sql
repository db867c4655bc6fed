-- The rest of an account request's life after the review (P1): questions and answers, branding,
-- set-up, activation into the registry, withdrawal and expiry.
alter table account_request
    alter column status type varchar(30),
    add column handle            varchar(200),
    add column url               varchar(500),
    add column social_account_id uuid references social_account (id),
    add column closed_at         timestamptz,
    add constraint account_request_status_known check (status in (
        'SUBMITTED', 'INFORMATION_REQUESTED', 'APPROVED', 'BRANDING_APPROVED', 'SET_UP', 'ACTIVE', 'CLOSED',
        'REJECTED', 'WITHDRAWN', 'EXPIRED'));
create index account_request_by_status on account_request (status);

-- What the communications team and the department say to each other about a request, in order.
create table account_request_note (
    id          uuid         primary key,
    request_id  uuid         not null references account_request (id),
    kind        varchar(30)  not null check (kind in (
        'QUESTION', 'ANSWER', 'BRANDING_SENT', 'BRANDING_RETURNED', 'SET_UP_RETURNED', 'WITHDRAWN', 'CAMPAIGN_EXTENDED')),
    body        text         not null,
    written_by  varchar(64)  not null references app_user (username),
    written_at  timestamptz  not null
);
create index account_request_note_by_request on account_request_note (request_id, written_at);
