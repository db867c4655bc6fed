/** The council's social media policy (Cabinet, 27 February 2020), so every task can show the clause it serves. */
package uk.gov.council.socialgov.policy;
