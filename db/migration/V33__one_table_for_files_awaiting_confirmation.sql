-- The HR export and the register of accounts wait for confirmation the same way (decisions 0022,
-- 0023): one table, by kind. A file is kept only until it is applied or a newer one of its kind is
-- uploaded, and the preview proves that what is applied is what was shown.
create table csv_upload (
    id          uuid        primary key,
    kind        varchar(20) not null check (kind in ('DIRECTORY', 'REGISTER')),
    csv         text,
    preview     jsonb       not null,
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null,
    applied_by  varchar(64),
    applied_at  timestamptz
);
create index csv_upload_waiting on csv_upload (kind) where applied_at is null and csv is not null;

insert into csv_upload (id, kind, csv, preview, uploaded_by, uploaded_at, applied_by, applied_at)
select id, 'DIRECTORY', csv, preview, uploaded_by, uploaded_at, applied_by, applied_at from directory_import;
insert into csv_upload (id, kind, csv, preview, uploaded_by, uploaded_at, applied_by, applied_at)
select id, 'REGISTER', csv, preview, uploaded_by, uploaded_at, applied_by, applied_at from register_import;

drop table directory_import;
drop table register_import;
