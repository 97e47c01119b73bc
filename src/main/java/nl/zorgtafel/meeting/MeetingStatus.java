package nl.zorgtafel.meeting;

/** gepland → uitgenodigd → lopend → afgerond → verslag definitief; or geannuleerd. */
public enum MeetingStatus {
    GEPLAND, UITGENODIGD, LOPEND, AFGEROND, VERSLAG_DEFINITIEF, GEANNULEERD
}
