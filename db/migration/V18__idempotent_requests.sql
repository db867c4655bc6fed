-- Idempotency-Key: the answer to each keyed POST, per person, so a retried request (a timeout, a
-- double click, a flaky network) gets the first answer again instead of starting a second process.
-- A row with no status is a request still being answered.
create table idempotent_request (
    username        varchar(64)  not null,
    idempotency_key varchar(200) not null,
    request_path    varchar(500) not null,
    status          int,
    content_type    varchar(100),
    location        varchar(500),
    body            text,
    created_at      timestamptz  not null,
    primary key (username, idempotency_key)
);
create index idempotent_request_by_age on idempotent_request (created_at);
