package jp.sitegate.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.sitegate.infrastructure.audit.AuditContext;

/** Tells the audit trail who is acting for the length of each request (the authenticated user's name). */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuditContextFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AuditContext.set(request.getRemoteUser());
        try {
            chain.doFilter(request, response);
        } finally {
            AuditContext.set(null);
        }
    }
}
