-- Line managers and heads of department come from the organisation directory (issue 19).
--
-- A report about an employee tells the employee's line manager as the directory records them; an
-- employee the directory gives no line manager can still be reported, so the line manager is no
-- longer required (the unnamed check "subject_kind = 'MEMBER' or line_manager is not null" of V16).
alter table breach_case drop constraint if exists breach_case_check1;

-- Staff may ask for an account (issue 19): a request from someone who is neither the head of their
-- department nor a service manager first waits for the head of their department, from the
-- organisation directory, to endorse it. endorser is that head (null when the request skipped
-- endorsement); endorsed_at is when they endorsed it. A head who declines ends the request as
-- NOT_ENDORSED, with their reason in rejection_reason and their name in decided_by.
alter table account_request
    add column endorser    varchar(64),
    add column endorsed_at timestamptz,
    drop constraint account_request_status_known,
    add constraint account_request_status_known check (status in (
        'AWAITING_ENDORSEMENT', 'NOT_ENDORSED', 'SUBMITTED', 'INFORMATION_REQUESTED', 'APPROVED', 'BRANDING_APPROVED', 'SET_UP',
        'ACTIVE', 'CLOSED', 'REJECTED', 'WITHDRAWN', 'EXPIRED'));
create index account_request_by_endorser on account_request (endorser) where endorser is not null;
