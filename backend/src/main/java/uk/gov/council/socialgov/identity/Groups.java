package uk.gov.council.socialgov.identity;

import java.util.List;

/** The council's groups (ROLES.md). Each id is also a Camunda candidate group and a security role. */
public final class Groups {

    public static final String STAFF = "staff";
    public static final String SERVICE_MANAGERS = "service-managers";
    public static final String COMMS = "comms";
    public static final String HR = "hr";
    public static final String MONITORING_OFFICER = "monitoring-officer";
    public static final String INFORMATION_MANAGER = "information-manager";
    public static final String MEMBERS = "members";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "admins";
    /** The Monitoring Officer's deputy: alerted when a harassment report's triage is late. */
    public static final String DEPUTY_MONITORING_OFFICER = "deputy-monitoring-officer";

    public static final List<String> ALL = List.of(STAFF, SERVICE_MANAGERS, COMMS, HR, MONITORING_OFFICER,
            INFORMATION_MANAGER, MEMBERS, AUDITORS, ADMINS, DEPUTY_MONITORING_OFFICER);

    /** Groups that read confidential cases: an administrator's grant waits for a second administrator (decision 0016). */
    public static final List<String> CONFIDENTIAL = List.of(HR, MONITORING_OFFICER, INFORMATION_MANAGER, AUDITORS);

    /** How a sentence names the group, e.g. "A task is waiting for the Communications team". */
    public static String label(String group) {
        return switch (group) {
            case STAFF -> "all staff";
            case SERVICE_MANAGERS -> "the service managers";
            case COMMS -> "the Communications team";
            case HR -> "HR";
            case MONITORING_OFFICER -> "the Monitoring Officer";
            case INFORMATION_MANAGER -> "the Information Manager";
            case MEMBERS -> "councillors";
            case AUDITORS -> "Internal Audit";
            case ADMINS -> "the system administrators";
            case DEPUTY_MONITORING_OFFICER -> "the deputy Monitoring Officer";
            default -> group;
        };
    }

    private Groups() {
    }
}
