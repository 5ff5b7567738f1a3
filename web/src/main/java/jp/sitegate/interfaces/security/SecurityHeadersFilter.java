package jp.sitegate.interfaces.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response: no MIME sniffing, no framing by other sites, no referrer leaking outside,
 * a content security policy whose scripts come from SiteGate only ({@link #POLICY}; on pages, PrimeFaces' CSP mode
 * replaces it with the same policy plus the response's nonce, {@code primefaces.CSP} in {@code web.xml}; issue 15);
 * over HTTPS, HSTS; and {@code Cache-Control: no-store} on every page and API answer (they carry physicians' and
 * patients' data), not on static resources.
 */
// also on the error dispatch: SiteGate's error pages are pages whose scripts carry their own nonce
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /**
     * The policy sent with every response. Its last directive is {@code script-src 'self'}: no inline script, no
     * {@code eval}; PrimeFaces appends a page's nonce to it. Styles stay {@code 'unsafe-inline'} (PrimeFaces' widgets
     * position themselves with style attributes; issue 15 asks for scripts).
     */
    public static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, POLICY);
        if (request.isSecure()) {
            // issue 15: over HTTPS, browsers keep to HTTPS for a year
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            // issue 15: pages and API answers carry personal data (physicians, patients' checklists): no cache keeps them
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    private static final String CSP = "Content-Security-Policy";

    /**
     * A response with one content security policy. The application's own replaces this filter's when it says where
     * scripts come from (the page's policy with its nonce, PrimeFaces' {@code CspPhaseListener}): two policies would
     * both apply, and this filter's, without the nonce, would block the page's scripts. Any other (a download's
     * {@code sandbox}) is added to this filter's, so both still apply.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) && !value.contains("script-src") ? POLICY + "; " + value
                    : value);
        }
    }
}
