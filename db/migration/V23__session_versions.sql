-- Sessions end on the server: each sign-in cookie carries the person's session version, and every
-- request checks it against this column (decision 0016). Switching someone off, changing their
-- groups or password, signing out and a lock-out from "change your password" add one, which ends
-- every cookie issued before.
alter table app_user add column session_version bigint not null default 0;
