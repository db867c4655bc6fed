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

-- A certification decision stays frozen (V22), with two exceptions for disposal: the foreign key setting grant_id to
-- null when the grant it was about is disposed of, and deleting the campaign's decisions in a transaction that says it
-- is disposing (set_config('socialgov.disposing', 'on', true)) when the campaign's retention ends.
create or replace function certification_decision_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('socialgov.disposing', true) = 'on' then
        return old;
    end if;
    if tg_op = 'UPDATE' and new.grant_id is null and old.grant_id is not null
            and (new.campaign_id, new.account_id, new.username, new.decision, new.justification, new.decided_by, new.decided_at,
                 new.by_default, new.applied_at, new.signed_off_at)
                is not distinct from (old.campaign_id, old.account_id, old.username, old.decision, old.justification, old.decided_by,
                                      old.decided_at, old.by_default, old.applied_at, old.signed_off_at) then
        return new;
    end if;
    if old.applied_at is not null then
        raise exception 'The certification decision on % for % was applied on % and cannot change',
            old.account_id, old.username, old.applied_at;
    end if;
    if tg_op = 'UPDATE' and old.signed_off_at is not null and (
            new.decision is distinct from old.decision or new.justification is distinct from old.justification
            or new.decided_by is distinct from old.decided_by or new.decided_at is distinct from old.decided_at
            or new.by_default is distinct from old.by_default or new.signed_off_at is distinct from old.signed_off_at) then
        raise exception 'The certification decision on % for % was signed off and cannot change', old.account_id, old.username;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
