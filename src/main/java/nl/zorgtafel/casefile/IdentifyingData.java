package nl.zorgtafel.casefile;

import java.time.LocalDate;

/** Who the young person is; only in a named case, stored encrypted. */
public record IdentifyingData(String name, LocalDate dateOfBirth, String address, String bsn) {

    /** Deliberately without the values: a record may end up in a log line or an exception. */
    @Override
    public String toString() {
        return "IdentifyingData[hidden]";
    }
}
