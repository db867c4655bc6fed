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

    public static final List<String> ALL = List.of(STAFF, SERVICE_MANAGERS, COMMS, HR, MONITORING_OFFICER,
            INFORMATION_MANAGER, MEMBERS, AUDITORS, ADMINS);

    private Groups() {
    }
}
