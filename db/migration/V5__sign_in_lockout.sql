-- Lock-out after repeated failed sign-ins (counted per account, cleared by a successful sign-in or
-- by an administrator).
alter table app_user add column failed_sign_ins integer not null default 0;
alter table app_user add column locked_until timestamptz;
