package nl.zorgtafel.meeting;

import java.time.LocalDate;

/** One invitee's answer as the chair sees it (or a person sees their own). */
public record InviteeResponse(long personId, String name, String organisation, Rsvp response, Boolean writtenInput,
        LocalDate writtenInputWhen, Long substitutePersonId, String substituteName, int version) {
}
