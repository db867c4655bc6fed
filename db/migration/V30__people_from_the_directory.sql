-- A person named on a case or an account may now be someone in the organisation directory who has
-- never signed in (decision 0022): the subject of a breach report and their line manager, a
-- councillor a harassment report is about, an account's owner and its authorised users, the line
-- manager who endorses temporary access, and someone kept out of a case. Those columns no longer
-- point at the sign-ins table; SocialGov checks each name against the directory (identity.Directory)
-- when it is given.
alter table breach_case drop constraint if exists breach_case_subject_fkey;
alter table breach_case drop constraint if exists breach_case_line_manager_fkey;
alter table harassment_report drop constraint if exists harassment_report_member_fkey;
alter table social_account drop constraint if exists social_account_owner_fkey;
alter table authorised_user drop constraint if exists authorised_user_username_fkey;
alter table access_grant drop constraint if exists access_grant_line_manager_fkey;
alter table case_exclusion drop constraint if exists case_exclusion_username_fkey;
