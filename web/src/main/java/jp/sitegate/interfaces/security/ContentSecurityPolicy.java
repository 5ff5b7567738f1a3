package jp.sitegate.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The pages' content security policy for PrimeFaces' CSP mode ({@code primefaces.CSP_POLICY} in {@code web.xml}
 * reads {@code #{contentSecurityPolicy.policy}}): the one {@link SecurityHeadersFilter#POLICY}, to which PrimeFaces
 * appends the response's nonce. Issue 15 (a content security policy without {@code 'unsafe-inline'} for scripts).
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {
    /**
     * The policy without its nonce.
     *
     * @return {@link SecurityHeadersFilter#POLICY}, ending in {@code script-src 'self'}
     */
    public String getPolicy() {
        return SecurityHeadersFilter.POLICY;
    }
}
