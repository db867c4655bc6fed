-- Running the registry (issue 19, decision 0023): the communications team adds accounts that predate
-- SocialGov, edits them, sets owners and adds or ends authorised users directly, each with a reason;
-- and the council's existing register arrives as one CSV import.

-- When the council first recorded an account that predates SocialGov (its registry entry is created_at).
alter table social_account add column first_recorded_on date;

-- How each period of access was given: the account request that set the account up, the temporary
-- access grant (grant_id, since V13), or otherwise a registry change by added_by at added_at with a reason.
alter table authorised_user add column account_request_id uuid references account_request (id);
alter table authorised_user add column reason text;
alter table authorised_user add column added_at timestamptz;
alter table authorised_user add column ended_at timestamptz;
alter table authorised_user add column end_reason text;
create index authorised_user_by_account_request on authorised_user (account_request_id) where account_request_id is not null;

-- Periods opened when a request's account was activated began on the day the account entered the registry.
update authorised_user u set account_request_id = a.account_request_id, added_at = a.created_at
from social_account a
where a.id = u.account_id and u.grant_id is null and a.account_request_id is not null
  and u.from_date = cast(a.created_at at time zone 'Europe/London' as date);
-- Anything else was recorded before SocialGov kept a reason for each period.
update authorised_user set reason = 'Recorded before SocialGov kept the reason for each period'
where grant_id is null and account_request_id is null;

-- An uploaded register waiting to be confirmed, as directory_import: the file is kept only until it is
-- applied or a newer one is uploaded, and the preview proves that what is applied is what was shown.
create table register_import (
    id          uuid        primary key,
    csv         text,
    preview     jsonb       not null,
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null,
    applied_by  varchar(64),
    applied_at  timestamptz
);
