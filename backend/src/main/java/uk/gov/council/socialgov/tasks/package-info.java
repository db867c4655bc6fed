/** People's work: the tasks they may see, claim and complete, with server-side checks of who and what. */
package uk.gov.council.socialgov.tasks;
