-- Documents attached to a case (e.g. a branding draft on an account request). The file itself is
-- kept here, with the SHA-256 the server computed on upload, so a download can be checked against it.
create table case_document (
    id          uuid         primary key,
    case_type   varchar(40)  not null,
    case_id     varchar(64)  not null,
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null check (size_bytes > 0),
    sha256      char(64)     not null,
    description text,
    content     bytea        not null,
    uploaded_by varchar(64)  not null references app_user (username),
    uploaded_at timestamptz  not null
);
create index case_document_by_case on case_document (case_type, case_id, uploaded_at);
