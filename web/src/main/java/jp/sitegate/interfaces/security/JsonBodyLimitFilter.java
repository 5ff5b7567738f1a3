package jp.sitegate.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.sitegate.interfaces.rest.Problems;

/**
 * JSON request bodies of the REST API are at most {@value #MAX_JSON_BYTES} bytes and say their length (issue 15):
 * a larger {@code Content-Length} answers 413, a JSON body without one 411, before anything reads it. Uploads
 * (multipart, CSV, workbooks) keep the server's 11 MB limit ({@code server-config.asadmin}) and their own checks.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class JsonBodyLimitFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The largest JSON body, bytes (1 MiB). */
    public static final long MAX_JSON_BYTES = 1L << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean json = type.startsWith("application/json") || type.matches("application/[\\w.+-]*\\+json.*");
        if (json) {
            long length = request.getContentLengthLong();
            boolean body = length > 0 || request.getHeader("Transfer-Encoding") != null;
            if (length > MAX_JSON_BYTES) {
                refuse(response, 413, "payload-too-large", "JSON の本文が大きすぎます（上限 1 MB）",
                        "the JSON body is larger than 1 MB");
                return;
            }
            if (length < 0 && body) {
                refuse(response, 411, "length-required", "JSON の本文には Content-Length が必要です",
                        "a JSON body needs a Content-Length");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String type, String ja, String en)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(Problems.problem(status, type, en, "body", ja, en).build().toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
