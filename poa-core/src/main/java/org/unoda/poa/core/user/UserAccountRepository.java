package org.unoda.poa.core.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores user accounts.
 */
public interface UserAccountRepository extends Repository<UserAccount, Long> {

	@EntityGraph(attributePaths = { "state", "organisation" })
	@Query("select u from UserAccount u where lower(u.username) = lower(?1)")
	Optional<UserAccount> findByUsername(String username);

	@EntityGraph(attributePaths = { "state", "organisation" })
	Optional<UserAccount> findById(Long id);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByRole(Role role);

	long countByRoleAndEnabledTrue(Role role);

	/**
	 * Records a sign-in without touching the account's version or audit columns, which belong
	 * to the people who change the account.
	 */
	@Modifying
	@Query("update UserAccount u set u.lastSignInAt = ?2 where u.id = ?1")
	void recordSignIn(Long id, Instant when);

	/**
	 * Remembers the UN language the person chose, for the pages on any device and for the mail
	 * sent to them; like the time of the last sign-in, not a change to the account.
	 */
	@Modifying
	@Transactional
	@Query("update UserAccount u set u.preferredLocale = ?2 where u.id = ?1")
	void recordPreferredLanguage(Long id, String languageTag);

	/**
	 * What decides whether a session may go on: the account's version and whether it is
	 * enabled; empty if the account is gone.
	 */
	/**
	 * The account, its version to move on when the transaction commits, though nothing else
	 * changes: every session signed in before then ends.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select u from UserAccount u where u.id = ?1")
	Optional<UserAccount> findToEndSessionsById(Long id);

	@Query("select new org.unoda.poa.core.user.AccountStanding(u.version, u.enabled) from UserAccount u where u.id = ?1")
	Optional<AccountStanding> findStandingById(Long id);

	/**
	 * One page of accounts, optionally narrowed by a text found in the username, name or
	 * e-mail address (empty for any), and by role ({@code null} for any).
	 */
	@EntityGraph(attributePaths = { "state", "organisation" })
	@Query("""
			select u from UserAccount u
			where (:text = '' or lower(u.username) like lower(concat('%', :text, '%'))
			        or lower(u.displayName) like lower(concat('%', :text, '%'))
			        or lower(u.email) like lower(concat('%', :text, '%')))
			  and (:role is null or u.role = :role)
			""")
	Page<UserAccount> search(String text, Role role, Pageable pageable);

	@Query("select u from UserAccount u where u.state.id = ?1 and u.enabled = true order by u.displayName")
	List<UserAccount> findActiveByStateId(Long stateId);

	@Query("select u from UserAccount u where u.organisation.id = ?1 order by u.enabled desc, u.displayName")
	List<UserAccount> findByOrganisationId(Long organisationId);

	@Query("select u from UserAccount u where u.organisation.id = ?1 and u.enabled = true order by u.displayName")
	List<UserAccount> findActiveByOrganisationId(Long organisationId);

	/**
	 * The enabled approvers of every State: those who act for their State.
	 */
	@Query("""
			select u from UserAccount u
			where u.role = org.unoda.poa.core.user.Role.DELEGATE and u.approver = true and u.enabled = true
			""")
	List<UserAccount> findActiveApprovers();

	long count();

	@Query("select new org.unoda.poa.core.user.RoleCount(u.role, count(u)) from UserAccount u group by u.role")
	List<RoleCount> countPerRole();

	UserAccount save(UserAccount account);

}
