-- People who sign in through the council's identity provider are known by its issuer and subject
-- (sub, or oid for Entra ID), never by a username it sends (decision 0016).
alter table app_user add column oidc_issuer varchar(500);
alter table app_user add column oidc_subject varchar(255);
alter table app_user add constraint app_user_oidc_both check ((oidc_issuer is null) = (oidc_subject is null));
create unique index app_user_by_oidc_subject on app_user (oidc_issuer, oidc_subject) where oidc_subject is not null;
