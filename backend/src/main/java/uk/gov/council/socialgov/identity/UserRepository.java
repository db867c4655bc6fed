package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends CrudRepository<UserAccount, String> {

    @Query("select group_id from app_user_group where username = :username order by group_id")
    List<String> findGroups(String username);

    @Query("delete from app_user_group where username = :username and group_id = :groupId")
    void removeGroup(String username, String groupId);

    @Query("""
            select u.* from app_user u join app_user_group g on g.username = u.username
            where g.group_id = :group and u.enabled order by u.username""")
    List<UserAccount> findEnabledInGroup(String group);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    Optional<UserAccount> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

    @Query("select * from app_user order by username offset :offset limit :limit")
    List<UserAccount> findPage(int offset, int limit);

    @Query("insert into app_user_group (username, group_id) values (:username, :groupId) on conflict do nothing")
    void addGroup(String username, String groupId);

    @Query("update app_user set display_name = :displayName, email = :email, enabled = :enabled where username = :username")
    void updateDetails(String username, String displayName, @Nullable String email, boolean enabled);

    @Query("update app_user set password_hash = :passwordHash where username = :username")
    void updatePasswordHash(String username, String passwordHash);

    @Query("select session_version from app_user where username = :username")
    long findSessionVersion(String username);
}
