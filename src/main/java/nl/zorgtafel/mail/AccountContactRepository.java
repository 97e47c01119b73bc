package nl.zorgtafel.mail;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.PERSON;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Where and in which language to tell a person about their account. */
@Repository
class AccountContactRepository {

    private final DSLContext dsl;

    AccountContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Contact(String email, String locale) {
    }

    Optional<Contact> ofAccount(long accountId) {
        return dsl.select(PERSON.EMAIL, ACCOUNT.PREFERRED_LOCALE).from(ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(r -> new Contact(r.value1(), r.value2()));
    }

    Optional<Contact> ofPerson(long personId) {
        return dsl.select(PERSON.EMAIL, ACCOUNT.PREFERRED_LOCALE).from(PERSON)
                .join(ACCOUNT).on(ACCOUNT.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new Contact(r.value1(), r.value2()));
    }

    String tableName(long tableId) {
        return dsl.select(CARE_TABLE.NAME).from(CARE_TABLE).where(CARE_TABLE.ID.eq(tableId)).fetchSingle().value1();
    }
}
