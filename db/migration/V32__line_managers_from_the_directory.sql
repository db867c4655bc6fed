-- Line managers and heads of department come from the organisation directory (issue 19).
--
-- A report about an employee tells the employee's line manager as the directory records them; an
-- employee the directory gives no line manager can still be reported, so the line manager is no
-- longer required (the unnamed check "subject_kind = 'MEMBER' or line_manager is not null" of V16).
alter table breach_case drop constraint if exists breach_case_check1;
