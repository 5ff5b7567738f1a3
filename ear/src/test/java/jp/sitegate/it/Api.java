package jp.sitegate.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** HTTP client for the integration tests: the real EAR deployed on a managed Payara Server, called as a client. */
final class Api {
    static final String BASE = "http://localhost:8080/sitegate/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** @return the EAR built by this module */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sitegate.ear")));
    }

    /** @return the shared real data folder */
    static Path realdata(String relative) {
        return Path.of(System.getProperty("sitegate.realdata")).resolve(relative);
    }

    /** A response with its parsed JSON body. */
    record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    /** Password of the demo users (README). */
    static final String DEMO_PASSWORD = "sitegate-demo";
    /** The user API calls authenticate as unless a test says otherwise. */
    static final String DEFAULT_USER = "dist1";

    /**
     * @param user     user name
     * @param password password
     * @return the Basic authorization header value
     */
    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Reply get(String path) {
        return getAs(DEFAULT_USER, path);
    }

    static Reply getAs(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", basic(user, DEMO_PASSWORD))
                .GET());
    }

    /** GET as a user with their own password (not the demo one). */
    static Reply getAsWith(String user, String password, String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", basic(user, password))
                .GET());
    }

    static Reply anonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    static Reply send(String absoluteUrl) {
        return send(HttpRequest.newBuilder(URI.create(absoluteUrl)).GET());
    }

    static Reply post(String path, String json, String... headers) {
        return postAs(DEFAULT_USER, path, json, headers);
    }

    static Reply postAs(String user, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", basic(user, DEMO_PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    static Reply putAs(String user, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", basic(user, DEMO_PASSWORD))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply deleteAs(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", basic(user, DEMO_PASSWORD))
                .DELETE());
    }

    static Reply upload(String path, byte[] body, String contentType) {
        return uploadAs("safety1", path, body, contentType);
    }

    static Reply uploadAs(String user, String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
                .header("Authorization", basic(user, DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A {@code multipart/form-data} POST (issue 11's evidence upload).
     *
     * @param user     who
     * @param path     path below the application
     * @param fields   text parts
     * @param fileName the file part's name, or {@code null} for no file part
     * @param fileType the file part's Content-Type
     * @param file     its bytes
     * @return the answer
     */
    static Reply multipartAs(String user, String path, java.util.Map<String, String> fields, String fileName,
            String fileType, byte[] file) {
        String boundary = "----sitegate" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(utf8)));
        if (fileName != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(utf8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(utf8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", basic(user, DEMO_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
