-- The organisation directory (issue 19): everyone the council's HR export names, staff and
-- councillors, whether or not they have ever signed in, and its departments with their heads. Line
-- managers, heads of department, subjects of reports and account owners are people here, never a
-- requester's free choice. A person's username is the same as their sign-in's (app_user) when they have one.
create table department (
    name varchar(200) primary key,
    head varchar(64)
);

create table person (
    username        varchar(64)  primary key,
    display_name    varchar(200) not null,
    email           varchar(320) not null,
    kind            varchar(20)  not null check (kind in ('STAFF', 'COUNCILLOR')),
    employee_number varchar(32)  unique,
    job_title       varchar(200),
    department      varchar(200) references department (name),
    line_manager    varchar(64)  references person (username) deferrable initially deferred,
    -- Set by the HR export (or an administrator); on that day, at 9am UK time, their sign-in and access end.
    leaving_date    date,
    left_at         timestamptz,
    -- Put here by the HR export: missing from a later export, they leave. Others (demo people) stay.
    from_export     boolean      not null default false,
    updated_at      timestamptz  not null,
    check (kind = 'COUNCILLOR' or employee_number is not null),
    check (line_manager is null or line_manager <> username)
);
create unique index person_by_email on person (lower(email));
create index person_by_department on person (department);
create index person_by_line_manager on person (line_manager);

alter table department add constraint department_head_is_a_person
    foreign key (head) references person (username) deferrable initially deferred;

-- An uploaded HR export waiting to be confirmed: the file is kept only until it is applied or a
-- newer one is uploaded, and the preview's fingerprint proves that what is applied is what was shown.
create table directory_import (
    id          uuid        primary key,
    csv         text,
    preview     jsonb       not null,
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null,
    applied_by  varchar(64),
    applied_at  timestamptz
);
