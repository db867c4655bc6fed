-- Out-of-office cover lasts at most three months (issue 17): a longer absence is a change of who
-- does the work, not cover. Existing longer covers end three months after they began.
update substitution set to_date = (from_date + interval '3 months')::date where to_date > from_date + interval '3 months';
alter table substitution add constraint substitution_at_most_three_months check (to_date <= (from_date + interval '3 months')::date);
