package uk.gov.council.socialgov.accounts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.DemoUsers;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On the embedded default's first start, two requests wait for the communications team's review,
 * one for its requester's answer to the team's question, and one from Jo Evans, a ranger, for the
 * endorsement of Tom Hughes, who heads her department in the demo directory.
 */
@Singleton
@Requires(beans = DemoUsers.class)
class DemoAccountRequests {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccountRequests.class);

    private final DemoUsers demoUsers;
    private final AccountRequestService service;
    private final AccountRequestStore requests;

    DemoAccountRequests(DemoUsers demoUsers, AccountRequestService service, AccountRequestStore requests) {
        this.demoUsers = demoUsers;
        this.service = service;
        this.requests = requests;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!demoUsers.firstStart(() -> requests.count() > 0)) {
            return;
        }
        CurrentUser priya = new CurrentUser("priya.shah", "Priya Shah", Set.of(Groups.STAFF, Groups.SERVICE_MANAGERS));
        LocalDate campaignEnd = YearMonth.from(EngineClock.now().atZone(EngineClock.UK)).plusMonths(4).atEndOfMonth();
        CurrentUser tom = new CurrentUser("tom.hughes", "Tom Hughes", Set.of(Groups.STAFF, Groups.SERVICE_MANAGERS));
        service.submit(new SubmitAccountRequest("Economic Development", "DEPARTMENTAL", null, "LINKEDIN",
                "Invest in the District (@InvestDistrict)", new BusinessCase(
                "Promote business support, grants and events to local employers",
                "Delivers the Economic Development communications plan 2026 to 2027",
                "Owners and managers of small and medium businesses in the district",
                "Businesses not on LinkedIn: reached through the monthly business newsletter",
                "Two officers, about three hours a week; replies within one working day",
                "Follow the corporate moderation guidance; complaints go to the Policy and Communications Team",
                "Both officers have completed the council's social media training",
                "Cover during leave: two authorised users; no personal accounts used",
                "Event sign-ups and grant enquiries from LinkedIn, reviewed each quarter",
                "If activity stops, close the page and point followers to the corporate account"),
                List.of("priya.shah", "sam.patel")), priya, null);
        AccountRequest countryside = service.submit(new SubmitAccountRequest("Countryside Service", "DEPARTMENTAL", null, "INSTAGRAM",
                "District Countryside (@DistrictCountryside)", new BusinessCase(
                "Share walks, volunteering days and seasonal countryside advice",
                "Supports the countryside access strategy and volunteer recruitment",
                "Residents and visitors who use the district's parks and rights of way",
                "People without smartphones: notices at country park visitor centres",
                "Rangers post twice a week; messages answered within two working days",
                "Rangers reply to questions; abuse is hidden and reported to comms",
                "Rangers trained in photography and the council's social media policy",
                "Sharing locations of protected species: the team checks before posting",
                "Volunteer sign-ups and visitor survey responses, reviewed twice a year",
                "Merge into the corporate Instagram account if posting falls below weekly"),
                List.of("tom.hughes", "jo.evans")), tom, null);
        demoUsers.completeTask(countryside.getProcessInstanceId(), "alex.morgan", Map.of("decision", "more-information",
                "question", "How will you keep posting over the winter, when there are fewer walks and volunteering days?"));
        service.submit(new SubmitAccountRequest("Community Safety Partnership", "CAMPAIGN", campaignEnd.toString(), "FACEBOOK",
                "Safer Nights Out campaign", new BusinessCase(
                "Promote safer nights out over the winter and spring",
                "Part of the Community Safety Partnership's annual plan",
                "Young adults aged 18 to 30 in the town centre",
                "People not on Facebook: posters in venues and messages through licensees",
                "One officer, daily during the campaign; replies the same working day",
                "Follow the partnership's agreed lines; escalate incidents to the police",
                "Officer trained in campaign content and accessibility of images",
                "Posts read as victim-blaming: messages reviewed by the partnership first",
                "Reach and engagement per post, and venue feedback at the campaign's end",
                "The page closes when the campaign ends and followers are pointed to the council page"),
                List.of("priya.shah")), priya, null);
        service.submit(new SubmitAccountRequest("Countryside Service", "DEPARTMENTAL", null, "YOUTUBE",
                "Cannock Chase Ranger Walks", new BusinessCase(
                "Short films of guided walks and conservation work on the Chase",
                "Supports the Countryside Service's plan to widen access to the Chase",
                "Families and walkers in the district and visitors planning a trip",
                "People not on YouTube: the same walks are in the printed events guide",
                "Two rangers, one film a fortnight; comments answered within two working days",
                "Follow the corporate moderation guidance; escalate to the communications team",
                "Both rangers completed the council's video and accessibility training",
                "Filming protected species' locations: films checked by the service manager first",
                "Views and walk bookings from the films, reviewed every six months",
                "Close the channel and move the films to the council's main YouTube channel"),
                List.of("jo.evans")), new CurrentUser("jo.evans", "Jo Evans", Set.of(Groups.STAFF)), null);
        LOG.info("Created 4 demo account requests: two awaiting review, one waiting for an answer, one for its head of department");
    }
}
