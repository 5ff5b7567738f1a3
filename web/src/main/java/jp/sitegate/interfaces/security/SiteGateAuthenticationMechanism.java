package jp.sitegate.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.application.view.AuthenticatedUser;

/**
 * Authentication for the whole application (Jakarta Security): form login for the pages (the user is kept in the
 * HTTP session, which expires after 30 minutes idle), HTTP Basic for the REST API under {@code /api} (no session).
 * Unauthenticated requests to protected pages are sent to the login page; to the API they get 401 with a Basic
 * challenge. Roles become groups; role checks are declared in {@code web.xml}. A verified Basic credential is
 * remembered for {@value CredentialCache#TTL_SECONDS} seconds ({@link CredentialCache}).
 */
@ApplicationScoped
public class SiteGateAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** Session attribute holding the {@link AuthenticatedUser}. */
    public static final String USER = "sitegate.user";
    /**
     * Session attribute: when the session's user logged in (epoch milliseconds, later than their last revocation:
     * {@link jp.sitegate.application.admin.CredentialRevocations#verifiedNow}), for revocations.
     */
    static final String LOGGED_IN_AT = "sitegate.loggedInAt";

    /** Session attribute: the user holds a one-time password and must set their own first (issue 15). */
    static final String MUST_CHANGE = "sitegate.mustChangePassword";
    private static final String PASSWORD_PAGE = "/account/password.xhtml";

    /**
     * @param request a request
     * @return true while its session's user holds a one-time password to replace (read at login, issue 15)
     */
    public static boolean mustChangePassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE));
    }

    /**
     * Keeps the request's session signed in after its own user changed their password (the change revokes every
     * other session and remembered API credential of theirs, issue 15), and ends the one-time password's hold.
     *
     * @param request     the request whose session stays
     * @param revocations where the change was recorded; the session counts as verified after it
     */
    public static void renewed(HttpServletRequest request,
            jp.sitegate.application.admin.CredentialRevocations revocations) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(USER) instanceof AuthenticatedUser u) {
            session.setAttribute(LOGGED_IN_AT, revocations.verifiedNow(u.username()));
            session.removeAttribute(MUST_CHANGE);
        }
    }

    @Inject
    private UserAccountService users;

    private final CredentialCache verified = new CredentialCache();

    @jakarta.inject.Inject
    private jp.sitegate.application.admin.CredentialRevocations revocations;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential c) {
            UserAccountService.Authentication a = users.authenticate(c.getCaller(), c.getPasswordAsString());
            if (a.outcome() != UserAccountService.Outcome.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession old = request.getSession(false);
            if (old != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(USER, a.user());
            session.setAttribute(LOGGED_IN_AT, revocations.verifiedNow(a.user().username()));
            if (users.mustChangePassword(a.user().username())) {
                session.setAttribute(MUST_CHANGE, Boolean.TRUE);
            }
            return context.notifyContainerAboutLogin(a.user().username(), groups(a.user()));
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        HttpSession session = request.getSession(false);
        // the page login's session cookie also opens the API, but only for reading: a request that changes data must
        // carry its own credentials, so no other site can make a logged-in browser change data (CSRF)
        boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (session != null && session.getAttribute(USER) instanceof AuthenticatedUser u
                && session.getAttribute(LOGGED_IN_AT) instanceof Long at && revocations.revokedSince(u.username(), at)) {
            // issue 15: a lock, a disabled account, a reset or changed roles end the user's page sessions at once
            session.invalidate();
            session = null;
        }
        if (session != null && session.getAttribute(USER) instanceof AuthenticatedUser u && (!api || readOnly)) {
            String page = request.getRequestURI().substring(request.getContextPath().length());
            if (Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE)) && !api && !page.equals(PASSWORD_PAGE)
                    && !page.startsWith("/jakarta.faces.resource/") && !page.equals("/login.xhtml")) {
                // issue 15: with a one-time password, every page leads to the password page until it is changed
                return context.redirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return context.notifyContainerAboutLogin(u.username(), groups(u));
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decode(header.substring(6).strip());
            if (pair == null) {
                return challenge(response, context);
            }
            AuthenticatedUser known = verified.get(pair[0], pair[1], revocations::revokedSince);
            if (known == null) {
                UserAccountService.Authentication a = users.authenticate(pair[0], pair[1]);
                if (a.outcome() != UserAccountService.Outcome.VALID) {
                    verified.forget(pair[0]);
                    return challenge(response, context);
                }
                known = a.user();
                // read with each verification: a reset or a change revokes the remembered credential, so the next
                // request verifies again and reads it anew
                if (users.mustChangePassword(known.username())) {
                    holdingOneTimePassword.add(known.username());
                } else {
                    holdingOneTimePassword.remove(known.username());
                }
                verified.put(pair[0], pair[1], known);
            }
            if (api && holdingOneTimePassword.contains(known.username())
                    && !request.getRequestURI().equals(request.getContextPath() + "/api/v1/me/password")) {
                // issue 15: a one-time password opens only the password change, in the API as in the pages
                return passwordChangeRequired(response);
            }
            request.setAttribute(USER, known);
            return context.notifyContainerAboutLogin(known.username(), groups(known));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return challenge(response, context);
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // issue 14: a button pressed after the session expired must not do nothing — an AJAX request cannot
            // follow a 302, so JSF's own partial-response redirect leads to the login page, which says why
            return expiredAjax(request, response, context, next);
        }
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private static AuthenticationStatus expiredAjax(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String next) {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        String url = request.getContextPath() + "/login.xhtml?expired=true&next="
                + URLEncoder.encode(page.startsWith("/") ? page : next, StandardCharsets.UTF_8);
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Users whose verified API credential is a one-time password still to be replaced (issue 15). */
    private final java.util.Set<String> holdingOneTimePassword = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static AuthenticationStatus passwordChangeRequired(HttpServletResponse response) {
        try {
            response.setStatus(403);
            response.setContentType(jp.sitegate.interfaces.rest.Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(jp.sitegate.interfaces.rest.Problems.problem(403, "password-change-required",
                    "Password change required", "password",
                    "一度だけ使えるパスワードです。PUT /api/v1/me/password で自分のパスワードを設定してください",
                    "this is a one-time password: set your own with PUT /api/v1/me/password").build().toString());
            response.flushBuffer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"SiteGate\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static String[] decode(String token) {
        try {
            String s = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int i = s.indexOf(':');
            return i < 0 ? null : new String[] {s.substring(0, i), s.substring(i + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<String> groups(AuthenticatedUser u) {
        return u.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
