package nl.zorgtafel.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.server.VaadinSession;

import jakarta.annotation.security.PermitAll;

/**
 * The organisations' OpenID Connect providers configured for this installation, and the
 * signed-in person's link to one of them. Empty when none is configured: single sign-on is optional.
 */
@Service
public class ProviderLinks {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final SignInRepository repository;
    private final CurrentUser currentUser;
    private final SecurityContextHolderStrategy contexts;

    ProviderLinks(ObjectProvider<ClientRegistrationRepository> registrations, SignInRepository repository,
            CurrentUser currentUser, SecurityContextHolderStrategy contexts) {
        this.registrations = registrations;
        this.repository = repository;
        this.currentUser = currentUser;
        this.contexts = contexts;
    }

    /** A provider as the login page offers it: its address starts the sign-in there. */
    public record Provider(String name, String path) {
    }

    @PermitAll
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new Provider(client.getClientName(),
                            "oauth2/authorization/" + client.getRegistrationId()));
                }
            }
        }
        return providers;
    }

    @Transactional(readOnly = true)
    @PermitAll
    public boolean linked() {
        return repository.providerLinked(currentUser.require().accountId());
    }

    /**
     * Prepares linking: the next successful sign-in at a provider in this session is linked to
     * the signed-in account instead of signing anyone in. Returns the address to open.
     */
    @PermitAll
    public String startLinking(Provider provider) {
        currentUser.require();
        VaadinSession.getCurrent().getSession().setAttribute(SingleSignOn.LINKING_ATTRIBUTE,
                contexts.getContext().getAuthentication());
        return provider.path();
    }

    @Transactional
    @PermitAll
    public void unlink() {
        repository.unlinkProvider(currentUser.require().accountId());
    }
}
