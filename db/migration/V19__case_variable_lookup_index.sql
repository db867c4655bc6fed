-- A case page lists the open tasks of every process serving the case by matching the process
-- variables caseKind and caseId (CaseTasks). Camunda 7.24 has no index on a variable's value, so
-- with 50,000 open tasks each case page scanned them all: 730 ms a page in the benchmark
-- (docs/performance.md). A hash index serves equality on a value of any length, which a b-tree on
-- text_ (up to 4,000 characters) could not.
create index act_idx_variable_text_hash on act_ru_variable using hash (text_);

-- The communications team's list of every access grant, newest first, and HR's and the Monitoring
-- Officer's investigation lists (their subject kind, or cases they investigate, newest first) read
-- and sorted the whole table (25,000 rows in the benchmark) for each first page.
create index access_grant_by_requested on access_grant (requested_at desc);
create index breach_case_by_reported on breach_case (reported_at desc, id);
