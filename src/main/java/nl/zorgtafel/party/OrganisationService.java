package nl.zorgtafel.party;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.security.Roles;

/** Partner organisations, maintained by the Beheerder. */
@Service
public class OrganisationService {

    private final OrganisationRepository repository;
    private final AuditService audit;
    private final Clock clock;

    OrganisationService(OrganisationRepository repository, AuditService audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves a new or changed organisation and returns its id.
     *
     * @throws ValidationException with a translation key when a field is wrong
     * @throws EditConflictException when somebody else saved it since it was opened
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long save(Organisation organisation) {
        Organisation clean = Validation.organisation(organisation);
        if (repository.nameTaken(clean.name(), clean.id())) {
            throw new ValidationException("name", "validation.organisation.name-taken");
        }
        if (clean.id() == null) {
            long id = repository.insert(clean, clock.instant());
            audit.record(AuditKind.ORGANISATION_CREATED, AuditObject.of("organisation", id), null);
            return id;
        }
        Organisation before = repository.find(clean.id()).orElseThrow(EditConflictException::new);
        if (!repository.update(clean)) {
            throw new EditConflictException();
        }
        audit.record(before.active() && !clean.active() ? AuditKind.ORGANISATION_DEACTIVATED
                : AuditKind.ORGANISATION_CHANGED, AuditObject.of("organisation", clean.id()), null);
        return clean.id();
    }

    /** Active organisations by name, for choosing which are already involved in a case. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<OrganisationSummary> active() {
        return repository.active();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public Organisation get(long id) {
        return repository.find(id).orElseThrow(EditConflictException::new);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<OrganisationSummary> find(String search, int offset, int limit) {
        return repository.find(search, null, offset, limit);
    }

    /** Organisations whose name contains {@code search} and of {@code type} (both optional). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<OrganisationSummary> find(String search, OrganisationType type, int offset, int limit) {
        return repository.find(search, type, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public int count(String search) {
        return repository.count(search, null);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public int count(String search, OrganisationType type) {
        return repository.count(search, type);
    }
}
