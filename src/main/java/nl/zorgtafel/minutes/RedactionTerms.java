package nl.zorgtafel.minutes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.zorgtafel.casefile.IdentifyingData;

/**
 * What a document must black out for one named case: the young person's name (whole and each
 * part of three letters or more), address (whole and each comma-separated part), date of birth
 * as commonly written, and BSN. Longest first, so a whole name goes before its parts.
 */
final class RedactionTerms {

    private static final List<DateTimeFormatter> DATE_FORMS = List.of("d-M-yyyy", "dd-MM-yyyy", "d/M/yyyy",
            "dd/MM/yyyy", "yyyy-MM-dd", "d MMMM yyyy").stream()
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.of("nl"))).toList();

    private RedactionTerms() {
    }

    static List<String> of(IdentifyingData data) {
        List<String> words = new ArrayList<>();
        if (data.name() != null) {
            words.add(data.name());
            for (String part : data.name().split("[\\s-]+")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        if (data.address() != null) {
            words.add(data.address());
            words.addAll(List.of(data.address().split("\\s*,\\s*")));
        }
        LocalDate dob = data.dateOfBirth();
        if (dob != null) {
            DATE_FORMS.forEach(form -> words.add(form.format(dob)));
        }
        if (data.bsn() != null) {
            words.add(data.bsn());
        }
        return words.stream().filter(w -> !w.isBlank()).distinct()
                .sorted(Comparator.comparing(String::length).reversed()).toList();
    }
}
