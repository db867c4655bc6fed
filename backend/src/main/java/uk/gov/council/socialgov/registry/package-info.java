/**
 * P2: the council's register of social media accounts (D 2.4, D 5.2): accounts and their owners, who
 * may post from each on any date, activity and follower counts, closing an account, and reviews of
 * inactive accounts.
 */
package uk.gov.council.socialgov.registry;
