-- A password someone else chose (the create-admin command's one-time password) must be changed at
-- the first sign-in: until then the session may only read who it is and change the password.
alter table app_user add column password_temporary boolean not null default false;
