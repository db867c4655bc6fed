-- Every kind of case goes on the retention schedule when it closes, and is disposed of whole when its
-- period ends (decision 0027). The schedule's entry keeps the case's outcome category for its tombstone.
alter table retention_entry add column outcome varchar(40);

-- A disposed case's rows are deleted; what pointed at them from the registry keeps its own record.
alter table social_account drop constraint if exists social_account_account_request_id_fkey;
alter table social_account add constraint social_account_account_request_id_fkey
    foreign key (account_request_id) references account_request (id) on delete set null;
alter table authorised_user drop constraint if exists authorised_user_account_request_id_fkey;
alter table authorised_user add constraint authorised_user_account_request_id_fkey
    foreign key (account_request_id) references account_request (id) on delete set null;
alter table authorised_user drop constraint if exists authorised_user_grant_id_fkey;
alter table authorised_user add constraint authorised_user_grant_id_fkey
    foreign key (grant_id) references access_grant (id) on delete set null;
alter table certification_decision drop constraint if exists certification_decision_grant_id_fkey;
alter table certification_decision add constraint certification_decision_grant_id_fkey
    foreign key (grant_id) references access_grant (id) on delete set null;
alter table emergency_suspension drop constraint if exists emergency_suspension_grant_id_fkey;
alter table emergency_suspension add constraint emergency_suspension_grant_id_fkey
    foreign key (grant_id) references access_grant (id) on delete cascade;

-- The schedule keeps who a case is by or about only as hashes of case id and username: enough to keep them
-- out of its disposal, without naming them once the case itself is gone.
update retention_entry
set involved_people = (select string_agg(encode(sha256(convert_to(case_id || ':' || person, 'UTF8')), 'hex'), ',')
                       from unnest(string_to_array(involved_people, ',')) as person)
where involved_people is not null and involved_people <> '';
