package jp.sitegate.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.sitegate.application.Caller;

/**
 * Tells the application services who is calling, for the length of each request (issue 10): the authenticated
 * user with their organisation ({@link Caller}, which also informs the audit trail). Authentication (Jakarta
 * Security) has run before any filter. Error pages (403, 404, 500; issue 14) know the caller too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST,
        jakarta.servlet.DispatcherType.FORWARD, jakarta.servlet.DispatcherType.ERROR})
public class CallerFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        caller.actAs(CurrentUser.of(request));
        try {
            chain.doFilter(request, response);
        } finally {
            caller.clear();
        }
    }
}
