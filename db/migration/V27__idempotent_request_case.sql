-- The case a keyed start made, written in the same transaction as the case itself. A commit can
-- succeed while its answer is lost (PostgreSQL stopping mid-commit): the claim then has a case but
-- no answer, and a retry with the same key is given that case instead of starting a second one
-- (decision 0019).
alter table idempotent_request add column case_id varchar(64);
