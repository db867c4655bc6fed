-- Breach investigations (P4, policy B 3.5-3.10, C 2.1-2.16), the evidence they keep, and its
-- retention and disposal. Evidence may be used at a hearing or in court: a sealed record and its
-- files cannot be changed, only destroyed at the end of retention, leaving their hashes behind.

-- Retained copies of posts on any kind of case (breach investigations, harassment reports).
create table evidence_item (
    id             uuid         primary key,
    case_type      varchar(40)  not null,
    case_id        varchar(64)  not null,
    number         int          not null,
    platform       varchar(40)  not null,
    url            text,
    author_handle  varchar(200),
    posted_at      timestamptz,
    post_text      text,
    captured_at    timestamptz  not null,
    captured_by    varchar(64)  not null references app_user (username),
    record_sha256  char(64),
    sealed_at      timestamptz,
    disposed_at    timestamptz,
    unique (case_type, case_id, number),
    check (sealed_at is null or record_sha256 is not null),
    check (disposed_at is null or (url is null and author_handle is null and post_text is null))
);
create index evidence_item_by_case on evidence_item (case_type, case_id, number);

create table evidence_file (
    id          uuid         primary key,
    item_id     uuid         not null references evidence_item (id),
    file_name   varchar(255),
    media_type  varchar(100) not null,
    size_bytes  bigint       not null check (size_bytes > 0),
    sha256      char(64)     not null,
    content     bytea,
    added_at    timestamptz  not null
);
create index evidence_file_by_item on evidence_file (item_id, added_at);

-- A draft may change until it is sealed. After that the only change allowed is disposal, which
-- removes the content and keeps every hash and date; nothing is ever deleted.
create function evidence_item_is_sealed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'Evidence is never deleted; it is disposed of at the end of retention';
    end if;
    if old.sealed_at is null then
        return new;
    end if;
    if old.disposed_at is null and new.disposed_at is not null
       and new.url is null and new.author_handle is null and new.post_text is null
       and new.record_sha256 = old.record_sha256 and new.sealed_at = old.sealed_at
       and new.captured_at = old.captured_at and new.captured_by = old.captured_by
       and new.platform = old.platform and new.number = old.number
       and new.case_type = old.case_type and new.case_id = old.case_id
       and new.posted_at is not distinct from old.posted_at then
        return new;
    end if;
    raise exception 'Evidence record % is sealed and cannot be changed', old.id;
end $$;
create trigger evidence_item_sealed before update or delete on evidence_item
    for each row execute function evidence_item_is_sealed();

create function evidence_file_is_sealed() returns trigger language plpgsql as $$
declare
    item evidence_item%rowtype;
begin
    if tg_op = 'DELETE' then
        raise exception 'Evidence files are never deleted; their content is destroyed at the end of retention';
    end if;
    select * into item from evidence_item where id = new.item_id;
    if tg_op = 'INSERT' then
        if item.sealed_at is not null then
            raise exception 'Evidence record % is sealed: no file can be added', new.item_id;
        end if;
        return new;
    end if;
    if new.content is null and new.file_name is null and item.disposed_at is not null
       and new.sha256 = old.sha256 and new.size_bytes = old.size_bytes and new.media_type = old.media_type
       and new.item_id = old.item_id and new.added_at = old.added_at then
        return new;
    end if;
    raise exception 'Evidence file % is sealed and cannot be changed', old.id;
end $$;
create trigger evidence_file_sealed before insert or update or delete on evidence_file
    for each row execute function evidence_file_is_sealed();

create sequence breach_case_number;

create table breach_case (
    id                      uuid         primary key,
    reference               varchar(20)  not null unique,
    subject_kind            varchar(10)  not null check (subject_kind in ('EMPLOYEE', 'MEMBER')),
    subject                 varchar(64)  not null references app_user (username),
    line_manager            varchar(64)  references app_user (username),
    clauses                 text         not null,
    description             text         not null,
    post_links              text         not null,
    reported_by             varchar(64)  not null references app_user (username),
    reported_at             timestamptz  not null,
    status                  varchar(30)  not null check (status in ('REPORTED', 'INFORMAL_RESOLUTION', 'UNDER_INVESTIGATION',
                                'AWAITING_DECISION', 'AWAITING_HEARING', 'CLOSED')),
    route                   varchar(30),
    route_reason            text,
    investigator            varchar(64)  references app_user (username),
    investigation_due       date,
    findings                text,
    independent_person_view text,
    hearing_date            date,
    hearing_decision        text,
    sanction                text,
    outcome                 varchar(40),
    outcome_detail          text,
    disciplinary_reference  varchar(100),
    crime_reference         varchar(100),
    closed_at               timestamptz,
    process_instance_id     varchar(64)  unique,
    check (subject <> reported_by),
    check (subject_kind = 'MEMBER' or line_manager is not null)
);
create index breach_case_by_kind on breach_case (subject_kind, reported_at desc);
create index breach_case_by_reporter on breach_case (reported_by, reported_at desc);
create index breach_case_by_investigator on breach_case (investigator);

create table breach_case_note (
    id          uuid         primary key,
    case_id     uuid         not null references breach_case (id),
    kind        varchar(20)  not null check (kind in ('NOTE', 'INTERVIEW', 'REMEDIAL_ACTION', 'LETTER')),
    note        text         not null,
    written_by  varchar(64)  not null references app_user (username),
    written_at  timestamptz  not null
);
create index breach_case_note_by_case on breach_case_note (case_id, written_at);

-- When each closed case's evidence falls due for disposal, and what became of it.
create table retention_entry (
    case_type           varchar(40)  not null,
    case_id             varchar(64)  not null,
    reference           varchar(20)  not null,
    case_kind           varchar(60)  not null,
    closed_on           date         not null,
    retention_rule      text         not null,
    dispose_on          date         not null,
    status              varchar(20)  not null check (status in ('RETAINED', 'DUE', 'ON_HOLD', 'DISPOSED')),
    process_instance_id varchar(64),
    primary key (case_type, case_id)
);
create index retention_entry_by_due on retention_entry (status, dispose_on);

create table legal_hold (
    id             uuid         primary key,
    case_type      varchar(40)  not null,
    case_id        varchar(64)  not null,
    reason         text         not null,
    placed_by      varchar(64)  not null references app_user (username),
    placed_at      timestamptz  not null,
    released_by    varchar(64)  references app_user (username),
    released_at    timestamptz,
    release_reason text
);
create index legal_hold_by_case on legal_hold (case_type, case_id, released_at);

-- The record that stays after disposal: who authorised it, when, and the hashes of what was held.
create table disposal_record (
    id            uuid         primary key,
    case_type     varchar(40)  not null,
    case_id       varchar(64)  not null,
    reference     varchar(20)  not null,
    authorised_by varchar(64)  not null references app_user (username),
    disposed_at   timestamptz  not null,
    item_count    int          not null,
    file_count    int          not null,
    manifest      text         not null,
    unique (case_type, case_id)
);
