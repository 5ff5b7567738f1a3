package jp.sitegate.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response: no MIME sniffing, no framing by other sites, no referrer leaking outside,
 * and a content security policy that PrimeFaces tolerates (it still needs inline scripts; a nonce-based policy
 * with {@code primefaces.CSP} is the next step); over HTTPS, HSTS; and {@code Cache-Control: no-store} on every page and
 * API answer (they carry physicians' and patients' data), not on static resources.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The policy sent with every response. */
    public static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CSP);
        if (request.isSecure()) {
            // issue 15: over HTTPS, browsers keep to HTTPS for a year
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            // issue 15: pages and API answers carry personal data (physicians, patients' checklists): no cache keeps them
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
