-- Email notifications, written in the same transaction as the change they report and sent after it
-- commits (the outbox). A row is sent once: the sender locks it, sends, and marks it SENT in one
-- transaction; a failed send keeps it PENDING with a later next_attempt_at.
create table notification (
    id              uuid         primary key,
    recipient       varchar(64)  not null references app_user (username) on delete cascade,
    email           varchar(320),
    kind            varchar(40)  not null,
    subject         varchar(300) not null,
    text_body       text         not null,
    html_body       text         not null,
    link            varchar(500),
    created_at      timestamptz  not null,
    -- PENDING: to be emailed; HELD: waiting for the recipient's daily digest; IN_DIGEST: sent inside
    -- one; SENT: emailed; NOT_EMAILED: email was switched off or the person has no address, so it is
    -- only shown in the application.
    status          varchar(20)  not null check (status in ('PENDING', 'HELD', 'IN_DIGEST', 'SENT', 'NOT_EMAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    sent_at         timestamptz,
    digest_id       uuid         references notification (id)
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_held on notification (recipient) where status = 'HELD';
create index notification_by_recipient on notification (recipient, created_at desc);
create index notification_by_time on notification (created_at desc);

-- People who prefer one email a day to one per event.
create table notification_preference (
    username     varchar(64) primary key references app_user (username) on delete cascade,
    daily_digest boolean     not null
);
