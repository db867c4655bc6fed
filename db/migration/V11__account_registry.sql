-- P2: every social media account the council operates (policy D 2.3-2.5, 5.1, 5.2).
create table social_account (
    id                  uuid         primary key,
    platform            varchar(20)  not null,
    handle              varchar(200) not null,
    name                varchar(200) not null,
    url                 varchar(500),
    department          varchar(200) not null,
    kind                varchar(20)  not null check (kind in ('CORPORATE', 'DEPARTMENTAL', 'CAMPAIGN')),
    status              varchar(20)  not null check (status in ('ACTIVE', 'DEACTIVATED')),
    campaign_end_date   date,
    -- The service manager answerable for the account (inactivity reviews, certification).
    owner               varchar(64)  references app_user (username),
    account_request_id  uuid         references account_request (id),
    created_at          timestamptz  not null,
    last_activity_on    date,
    -- The last inactivity review kept it open: the next one waits a full inactivity period from then.
    inactivity_reviewed_on date,
    deactivated_at      timestamptz,
    deactivated_by      varchar(64)  references app_user (username),
    deactivation_reason text,
    check (kind <> 'CAMPAIGN' or campaign_end_date is not null)
);
create unique index social_account_by_handle on social_account (platform, lower(handle));
create index social_account_by_owner on social_account (owner);

-- Followers (or channel views) read on a date.
create table social_account_count (
    account_id  uuid        not null references social_account (id),
    counted_on  date        not null,
    metric      varchar(10) not null check (metric in ('FOLLOWERS', 'VIEWS')),
    count       integer     not null check (count >= 0),
    recorded_by varchar(64),
    primary key (account_id, counted_on, metric)
);

-- Days on which an account was seen to post (D 5.2 guideline, inactivity reviews).
create table social_account_activity (
    account_id  uuid        not null references social_account (id),
    active_on   date        not null,
    recorded_by varchar(64) not null,
    recorded_at timestamptz not null,
    primary key (account_id, active_on)
);

-- Who may post from an account, and for which period (D 2.3): from_date to to_date inclusive,
-- to_date empty while it lasts. Rows are closed, never deleted, so any past date can be answered.
create table authorised_user (
    id         uuid        primary key,
    account_id uuid        not null references social_account (id),
    username   varchar(64) not null references app_user (username),
    from_date  date        not null,
    to_date    date,
    added_by   varchar(64) not null,
    ended_by   varchar(64),
    check (to_date is null or to_date >= from_date)
);
create index authorised_user_by_account on authorised_user (account_id, from_date);
create index authorised_user_by_period on authorised_user (from_date, to_date);
create index authorised_user_by_username on authorised_user (username);

-- The accounts the Cabinet report of 2020 lists (section 5.7), with their counts as at 28 January 2020.
insert into social_account (id, platform, handle, name, url, department, kind, status, created_at) values
    ('6d1f0a52-0c55-4b5e-9d1a-000000000001', 'X_TWITTER', '@CannockChaseDC', 'Cannock Chase District Council', 'https://x.com/CannockChaseDC', 'Policy and Communications', 'CORPORATE', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000002', 'X_TWITTER', '@CCDCYourVoice', 'Your Voice (consultation and engagement)', 'https://x.com/CCDCYourVoice', 'Policy and Communications', 'CORPORATE', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000003', 'FACEBOOK', '@cannockchasedc', 'Cannock Chase Life', 'https://www.facebook.com/cannockchasedc', 'Policy and Communications', 'CORPORATE', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000004', 'FACEBOOK', 'Cannock-Chase-Council-Countryside-Service-111298768960981', 'Cannock Chase Council Countryside Service', 'https://www.facebook.com/Cannock-Chase-Council-Countryside-Service-111298768960981/', 'Countryside Service', 'DEPARTMENTAL', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000005', 'INSTAGRAM', '@cannockchasedc', 'Cannock Chase District Council', 'https://www.instagram.com/cannockchasedc', 'Policy and Communications', 'CORPORATE', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000006', 'YOUTUBE', 'CannockChaseDC', 'CannockChaseDC', null, 'Policy and Communications', 'CORPORATE', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000007', 'LINKEDIN', 'Cannock Chase District Council', 'Cannock Chase District Council', null, 'Policy and Communications', 'CORPORATE', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000008', 'X_TWITTER', '@ccdc_sbc', 'Cannock Chase Council and Stafford Borough Council Building Control', 'https://x.com/ccdc_sbc', 'Building Control', 'DEPARTMENTAL', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000009', 'X_TWITTER', '@ccdcpartnership', 'Cannock Chase Community Safety Partnership', 'https://x.com/ccdcpartnership', 'Community Safety Partnership', 'DEPARTMENTAL', 'ACTIVE', '2020-01-28T00:00:00Z'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000010', 'INSTAGRAM', '@visitcannockchase', 'Visit Cannock Chase', 'https://www.instagram.com/visitcannockchase', 'Economic Development', 'DEPARTMENTAL', 'ACTIVE', '2020-01-28T00:00:00Z');

insert into social_account_count (account_id, counted_on, metric, count, recorded_by) values
    ('6d1f0a52-0c55-4b5e-9d1a-000000000001', '2020-01-28', 'FOLLOWERS', 8756, 'Cabinet report 2020'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000002', '2020-01-28', 'FOLLOWERS', 223, 'Cabinet report 2020'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000003', '2020-01-28', 'FOLLOWERS', 5029, 'Cabinet report 2020'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000004', '2020-01-28', 'FOLLOWERS', 1070, 'Cabinet report 2020'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000005', '2020-01-28', 'FOLLOWERS', 450, 'Cabinet report 2020'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000006', '2020-01-28', 'VIEWS', 31515, 'Cabinet report 2020'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000008', '2020-01-28', 'FOLLOWERS', 32, 'Cabinet report 2020'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000009', '2020-01-28', 'FOLLOWERS', 376, 'Cabinet report 2020'),
    ('6d1f0a52-0c55-4b5e-9d1a-000000000010', '2020-01-28', 'FOLLOWERS', 693, 'Cabinet report 2020');
