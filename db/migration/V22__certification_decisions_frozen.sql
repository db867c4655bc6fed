-- Certification decisions are frozen once the account's certifier has signed off or the decision
-- has been applied (issue 17). The application refuses later changes with 409; this trigger makes
-- an applied decision unchangeable even by a statement sent straight to the database, and a
-- signed-off one unchangeable except for being applied.
alter table certification_decision add column signed_off_at timestamptz;

create function certification_decision_frozen() returns trigger language plpgsql as $$
begin
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

create trigger certification_decision_frozen before update or delete on certification_decision
    for each row execute function certification_decision_frozen();
