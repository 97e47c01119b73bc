package nl.zorgtafel.party;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.security.AccountResets;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.SecurityEvents;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.security.TemporaryPassword;

/**
 * People of partner organisations, their accounts and their role per table, maintained by the
 * Beheerder. Every change writes one audit entry per thing changed (person, each role).
 */
@Service
public class PersonService {

    private final PersonRepository repository;
    private final AccountService accounts;
    private final AuditService audit;
    private final Clock clock;
    private final AccountResets resets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final OrganisationRepository organisations;
    private final OrganisationService organisationService;

    PersonService(PersonRepository repository, AccountService accounts, AuditService audit, Clock clock,
            AccountResets resets, CurrentUser currentUser, ApplicationEventPublisher events,
            OrganisationRepository organisations, OrganisationService organisationService) {
        this.organisations = organisations;
        this.organisationService = organisationService;
        this.resets = resets;
        this.currentUser = currentUser;
        this.events = events;
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers a person with an account and their roles; the account gets a temporary
     * password that must be replaced at first sign-in.
     *
     * @throws ValidationException when a field is wrong
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public CreatedPerson create(PersonDetails details) {
        String temporary = TemporaryPassword.generate();
        return new CreatedPerson(register(details, temporary, true, null), temporary);
    }

    /**
     * Registers a person with a given password that need not be changed at first sign-in; for
     * provisioning such as the demo, never offered in the screens.
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createWithPassword(PersonDetails details, String password) {
        return register(details, password, false, null);
    }

    /**
     * The first start of an installation: creates its first Beheerder, in the named organisation
     * (made, of type OVERIG, when none has that name). The account has no password anybody knows;
     * the person chooses one through the returned one-time link (24 hours) and links their
     * authenticator app at the first sign-in, as every new account does. Only the system runs
     * this ({@link nl.zorgtafel.security.SystemTasks#asAdministrator}); audited as
     * ACCOUNT_CREATED with detail "bootstrap" and no actor.
     *
     * @throws FirstStartRefused when any Beheerder exists already
     * @throws ValidationException when a field is wrong
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public FirstAdministrator createFirstAdministrator(String username, String displayName, String email,
            String organisationName) {
        if (!currentUser.isSystem()) {
            throw new FirstStartRefused("Only the first-start command creates the first Beheerder");
        }
        if (repository.anyAdministrator()) {
            throw new FirstStartRefused("This installation already has a Beheerder; they add people under Beheer");
        }
        String organisation = Validation.text(organisationName);
        Validation.require(!organisation.isEmpty(), "organisation", "validation.required");
        long organisationId = organisations.idByName(organisation).orElseGet(() -> organisationService.save(
                new Organisation(null, organisation, OrganisationType.OVERIG, "", "", "", true, 0)));
        var details = new PersonDetails(null, displayName, email, "", organisationId, false, true, 0, username, true,
                Map.of());
        // A random password nobody sees, expired at once: the link is the only way in.
        long personId = register(details, TemporaryPassword.generate(), true, "bootstrap");
        return new FirstAdministrator(personId, organisationId, resets.passwordLinkForSystem(personId));
    }

    private long register(PersonDetails details, String password, boolean mustChange, String auditDetail) {
        PersonDetails clean = validate(details);
        long id = repository.insert(clean, clock.instant());
        try {
            accounts.createAccount(id, clean.username(), password, clean.administrator(), mustChange);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("username", "validation.username");
        }
        audit.record(AuditKind.ACCOUNT_CREATED, AuditObject.of("person", id), auditDetail);
        applyRoles(id, Map.of(), clean.roles());
        return id;
    }

    /**
     * Saves changed personal details and roles.
     *
     * @throws EditConflictException when somebody else saved this person since it was opened
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void update(PersonDetails details) {
        PersonDetails clean = validate(details);
        Map<Long, TableRole> before = repository.roles(clean.id());
        refuseOwnRoles(clean.id(), before, clean.roles());
        if (!repository.update(clean)) {
            throw new EditConflictException();
        }
        audit.record(AuditKind.ACCOUNT_CHANGED, AuditObject.of("person", clean.id()), null);
        applyRoles(clean.id(), before, clean.roles());
    }

    /** Stops (or restores) the person's access; their history stays. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void setActive(long personId, boolean active) {
        repository.setActive(personId, active);
        accounts.setEnabled(personId, active);
        audit.record(active ? AuditKind.ACCOUNT_REACTIVATED : AuditKind.ACCOUNT_DEACTIVATED,
                AuditObject.of("person", personId), null);
    }

    /** Lifts the lock failed sign-ins put on the person's account (audited by the account side). */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public boolean unlock(long personId) {
        return accounts.unlock(personId);
    }

    /** Until when failed sign-ins lock the person's account; empty when not locked. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public java.util.Optional<java.time.Instant> lockedUntil(long personId) {
        return accounts.lockedUntil(personId);
    }

    /**
     * Resets the person's password: someone with a table role gets a one-time link by mail, anyone
     * else a temporary password returned once; they choose their own at sign-in.
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public AccountResets.PasswordReset resetPassword(long personId) {
        var reset = resets.resetPassword(personId);
        audit.record(AuditKind.PASSWORD_RESET, AuditObject.of("person", personId), reset.mailed() ? "link" : "temporary");
        return reset;
    }

    /** Gives a person a role at a table (one role per table). */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void grantTableRole(long tableId, long personId, TableRole role) {
        Map<Long, TableRole> before = repository.roles(personId);
        Map<Long, TableRole> after = new HashMap<>(before);
        after.put(tableId, role);
        refuseOwnRoles(personId, before, after);
        applyRoles(personId, before, after);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public PersonDetails get(long personId) {
        return repository.find(personId).orElseThrow(EditConflictException::new);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<PersonSummary> find(String search, int offset, int limit) {
        return repository.find(search, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public int count(String search) {
        return repository.count(search);
    }

    /** Separation of duties: a Beheerder never changes their own roles (another Beheerder does). */
    private void refuseOwnRoles(long personId, Map<Long, TableRole> before, Map<Long, TableRole> after) {
        boolean own = currentUser.get().map(user -> user.personId() == personId).orElse(false);
        Validation.require(!own || before.equals(after), "roles", "validation.own-roles");
    }

    private void applyRoles(long personId, Map<Long, TableRole> before, Map<Long, TableRole> after) {
        before.forEach((table, role) -> {
            if (!after.containsKey(table)) {
                repository.deleteMembership(table, personId);
                audit.record(AuditKind.ROLE_REVOKED, AuditObject.of("person", personId), "table " + table);
            }
        });
        after.forEach((table, role) -> {
            TableRole old = before.get(table);
            if (old == null) {
                repository.insertMembership(table, personId, role, clock.instant());
                audit.record(AuditKind.ROLE_GRANTED, AuditObject.of("person", personId), "table " + table + ": " + role);
                events.publishEvent(new SecurityEvents.RoleGranted(personId, table, role));
            } else if (old != role) {
                repository.updateMembership(table, personId, role);
                audit.record(AuditKind.ROLE_CHANGED, AuditObject.of("person", personId), "table " + table + ": " + role);
                events.publishEvent(new SecurityEvents.RoleGranted(personId, table, role));
            }
        });
    }

    private static PersonDetails validate(PersonDetails p) {
        var refusals = new FieldRefusal.Collector();
        String name = Validation.text(p.displayName());
        refusals.require(!name.isEmpty(), "displayName", "validation.required");
        refusals.require(name.length() <= Validation.NAME_MAX, "displayName", "validation.too-long");
        String email = Validation.optionalEmail(p.email(), refusals);
        refusals.require(email != null, "email", "validation.required");
        String phone = Validation.optionalPhone(p.phone(), refusals);
        refusals.require(p.organisationId() != null, "organisationId", "validation.required");
        String username = Validation.text(p.username()).toLowerCase(java.util.Locale.ROOT);
        refusals.require(p.id() != null || username.matches("[a-z0-9._-]{3,100}"), "username", "validation.username");
        refusals.throwIfAny(ValidationException::new);
        return new PersonDetails(p.id(), name, email, phone, p.organisationId(), p.contactPerson(), p.active(),
                p.version(), username, p.administrator(), p.roles());
    }
}
