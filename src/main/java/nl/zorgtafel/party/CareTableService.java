package nl.zorgtafel.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.Roles;

/**
 * Tables (zorgtafels): settings, covered municipalities and the covenant, maintained by the
 * Beheerder; and the participants' view of their own table.
 */
@Service
public class CareTableService {

    private static final int STATEMENT_MAX = 4000;

    private final CareTableRepository repository;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;

    CareTableService(CareTableRepository repository, AccessService access, AuditService audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed-in person's view of a table: members, covenant partners, rhythm and statement.
     * Only for the current table; asking for another (even one the person also sits at) is
     * refused and audited.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public CareTableDetails tableDetails(long tableId) {
        access.requireCurrentTable(tableId, "care_table", tableId);
        return repository.findCareTableDetails(tableId).orElseThrow(() -> access.deny("care_table", tableId));
    }

    /**
     * Saves a new or changed table with its municipalities; returns its id.
     *
     * @throws ValidationException when a field is wrong
     * @throws EditConflictException when somebody else saved it since it was opened
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long save(CareTableSettings settings) {
        CareTableSettings clean = validate(settings);
        if (repository.nameOrCodeTaken(clean.name(), clean.code(), clean.id())) {
            throw new ValidationException("name", "validation.table.taken");
        }
        long id;
        if (clean.id() == null) {
            id = repository.insert(clean, clock.instant());
            audit.record(AuditKind.TABLE_CREATED, AuditObject.of("care_table", id), null);
        } else {
            if (!repository.update(clean)) {
                throw new EditConflictException();
            }
            id = clean.id();
            audit.record(AuditKind.TABLE_CHANGED, AuditObject.of("care_table", id), null);
        }
        repository.replaceMunicipalities(id, clean.municipalityIds());
        return id;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public CareTableSettings settings(long tableId) {
        return repository.findSettings(tableId).orElseThrow(EditConflictException::new);
    }

    /** Records that an organisation signed the table's covenant on a date. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void signCovenant(long tableId, long organisationId, LocalDate signedOn) {
        Validation.require(signedOn != null, "signedOn", "validation.required");
        repository.insertCovenantSignature(tableId, organisationId, signedOn, clock.instant());
        audit.record(AuditKind.COVENANT_SIGNED, AuditObject.of("care_table", tableId), "organisation " + organisationId);
    }

    /** Ends an organisation's covenant signature; from that date it sees no identifying data. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void endCovenant(long tableId, long organisationId, LocalDate endedOn) {
        if (repository.endCovenantSignature(tableId, organisationId, endedOn)) {
            audit.record(AuditKind.COVENANT_ENDED, AuditObject.of("care_table", tableId), "organisation " + organisationId);
        }
    }

    /** The covenant as the Beheerder sees it in the table form. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<CareTableDetails.CovenantPartner> covenant(long tableId) {
        return repository.findCareTableDetails(tableId).map(CareTableDetails::covenant).orElse(List.of());
    }

    /** Adds a municipality to the administrator-maintained list; returns its id. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createMunicipality(String name, String cbsCode) {
        String clean = Validation.text(name);
        Validation.require(!clean.isEmpty() && clean.length() <= 100, "municipality", "validation.required");
        String code = Validation.text(cbsCode);
        Validation.require(code.isEmpty() || code.matches("GM\\d{4}"), "cbsCode", "validation.cbs-code");
        if (repository.municipalityTaken(clean)) {
            throw new ValidationException("municipality", "validation.municipality.taken");
        }
        return repository.insertMunicipality(clean, code.isEmpty() ? null : code, clock.instant());
    }

    /** The municipality list, for choosing where a case plays (exploitation crosses borders). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<Municipality> municipalities() {
        return repository.municipalities();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public boolean careTableExists(String name) {
        return repository.careTableExists(name);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<CareTableSummary> find(int offset, int limit) {
        return repository.findCareTables(offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public int count() {
        return repository.countCareTables();
    }

    private static CareTableSettings validate(CareTableSettings t) {
        var refusals = new FieldRefusal.Collector();
        String name = Validation.text(t.name());
        refusals.require(!name.isEmpty(), "name", "validation.required");
        refusals.require(name.length() <= Validation.NAME_MAX, "name", "validation.too-long");
        String code = Validation.text(t.code()).toUpperCase(java.util.Locale.ROOT);
        refusals.require(code.matches("[A-Z]{2,6}"), "code", "validation.table.code");
        String statement = Validation.text(t.confidentialityStatement());
        refusals.require(!statement.isEmpty(), "confidentialityStatement", "validation.required");
        refusals.require(statement.length() <= STATEMENT_MAX, "confidentialityStatement", "validation.too-long");
        boolean anyRhythm = t.rhythmWeekday() != null || t.rhythmStart() != null || t.rhythmMinutes() != null;
        if (anyRhythm) {
            refusals.require(t.rhythmWeekday() != null && t.rhythmWeekday() >= 1 && t.rhythmWeekday() <= 7,
                    "rhythmWeekday", "validation.required");
            refusals.require(t.rhythmStart() != null, "rhythmStart", "validation.required");
            refusals.require(t.rhythmMinutes() != null && t.rhythmMinutes() >= 15 && t.rhythmMinutes() <= 480,
                    "rhythmMinutes", "validation.table.minutes");
            refusals.require(t.rhythmEveryWeeks() != null && t.rhythmEveryWeeks() >= 1 && t.rhythmEveryWeeks() <= 12,
                    "rhythmEveryWeeks", "validation.table.every-weeks");
        }
        refusals.require(t.cutoffWorkingDays() >= 0 && t.cutoffWorkingDays() <= 10, "cutoffWorkingDays",
                "validation.table.cutoff");
        refusals.throwIfAny(ValidationException::new);
        return new CareTableSettings(t.id(), name, code, statement, t.rhythmWeekday(), t.rhythmStart(),
                t.rhythmMinutes(), t.rhythmEveryWeeks(), t.cutoffWorkingDays(), t.version(), t.municipalityIds());
    }
}
