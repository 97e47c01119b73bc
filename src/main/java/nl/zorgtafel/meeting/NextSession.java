package nl.zorgtafel.meeting;

import java.time.Duration;
import java.time.Instant;

/**
 * The table's next session as the Overzicht shows it: its agenda as the person may see it (so
 * whether it fits and when the cut-off is), and for the chair and secretary how many are invited
 * and answered; for anyone invited, their own answer.
 *
 * @param answers null for members: who answered is the table leads' business
 * @param mine    the person's own invitation, null when not invited (yet)
 */
public record NextSession(MeetingSummary meeting, MeetingAgenda agenda, Answers answers, InviteeResponse mine) {

    /** Whole days from {@code now} until the cut-off, 0 when it is today or past. */
    public long daysUntilCutOff(Instant now) {
        return Math.max(0, Duration.between(now, agenda.cutOff()).toDays());
    }

    public boolean invitationsSent() {
        return meeting.status() != MeetingStatus.GEPLAND;
    }

    /** Invited and answered counts. */
    public record Answers(int invited, int answered) {
    }
}
