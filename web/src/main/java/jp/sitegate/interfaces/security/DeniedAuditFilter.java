package jp.sitegate.interfaces.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.shared.SecurityEvents;

/**
 * Every 403 answer is a security event in the audit chain (issue 15): who (the signed-in user, or anonymous), their
 * organisation, and the method and path refused. A page the role may not open is refused by the container before
 * any filter and then shown through the error page (the ERROR dispatch); a refusal of the API or of a page's own
 * check comes back as the request's status.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class DeniedAuditFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DeniedAuditFilter.class.getName());
    private static final String RECORDED = "sitegate.deniedRecorded";

    @Inject
    private SecurityEvents events;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                record(request, uri == null ? request.getRequestURI() : uri.toString());
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == 403) {
            record(request, request.getRequestURI());
        }
    }

    private void record(HttpServletRequest request, String path) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        AuthenticatedUser user = request.getAttribute(SiteGateAuthenticationMechanism.USER) instanceof AuthenticatedUser
                u ? u : null;
        HttpSession session = request.getSession(false);
        if (user == null && session != null && session.getAttribute(SiteGateAuthenticationMechanism.USER)
                instanceof AuthenticatedUser u) {
            user = u;
        }
        String name = user != null ? user.username()
                : request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : null;
        try {
            events.record(SecurityEvents.Kind.DENIED, name, user == null ? null : user.organisationId(),
                    Json.createObjectBuilder().add("method", request.getMethod()).add("path", path).build().toString());
        } catch (RuntimeException e) {
            // the refusal stands whatever happens to its record; the failure is logged for the operator
            LOG.log(Level.WARNING, "a 403 could not be audited: " + path, e);
        }
    }
}
