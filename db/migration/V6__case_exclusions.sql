-- Named people kept out of a case (e.g. the subject's close colleague in HR): they see nothing of
-- it, even with the right group.
create table case_exclusion (
    case_type   varchar(40)  not null,
    case_id     varchar(64)  not null,
    username    varchar(64)  not null references app_user (username),
    reason      text         not null,
    excluded_by varchar(64)  not null references app_user (username),
    excluded_at timestamptz  not null,
    primary key (case_type, case_id, username)
);
create index case_exclusion_by_user on case_exclusion (username);
