package uk.gov.council.socialgov.registry;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "Start a review for each inactive account": the daily check's one step. */
@Singleton
@Named("startInactivityReviews")
class StartInactivityReviews implements JavaDelegate {

    private final InactivityReviews reviews;

    StartInactivityReviews(InactivityReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("reviewsStarted", reviews.startDue());
    }
}
