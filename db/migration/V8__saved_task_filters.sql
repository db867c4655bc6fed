-- Task-list filters people save for themselves or share with one of their groups.
create table task_filter (
    id                uuid         primary key,
    owner             varchar(64)  not null references app_user (username) on delete cascade,
    name              varchar(100) not null,
    criteria          jsonb        not null,
    shared_with_group varchar(64),
    created_at        timestamptz  not null
);
create index task_filter_by_owner on task_filter (owner);
create index task_filter_by_group on task_filter (shared_with_group) where shared_with_group is not null;
