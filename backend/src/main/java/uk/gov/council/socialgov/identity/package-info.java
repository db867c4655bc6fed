/** Who people are and which groups they belong to: local sign-in, hashed passwords, demo users. */
package uk.gov.council.socialgov.identity;
