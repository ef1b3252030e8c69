package io.jenkins.plugins.skylark.image.retry;

import com.google.cloud.tools.jib.http.ResponseException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a registry failure worth another try from one that would fail the same way again.
 * Transient: 5xx answers, 408 and 429, and connections the server dropped mid-call (reset, closed,
 * no response). Not transient: 4xx refusals (credentials, unknown base image, invalid manifest), a
 * registry nobody listens on, TLS problems, and anything local. One 4xx is transient after all: an
 * upload session the registry lost or found broken ({@code /blobs/uploads/} answering 400, 404 or 416)
 * is worth starting again from scratch.
 */
public final class TransientFailures {

    private static final int REQUEST_TIMEOUT = 408;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    private static final int RANGE_NOT_SATISFIABLE = 416;
    private static final String UPLOAD_PATH = "/blobs/uploads/";
    private static final int MAX_SUMMARY_LINES = 2;
    private static final Pattern QUERY = Pattern.compile("\\?\\S*");
    private static final Set<String> DROPPED_CONNECTION = Set.of(
            "org.apache.http.NoHttpResponseException", "org.apache.http.ConnectionClosedException",
            "org.apache.http.TruncatedChunkException", "org.apache.http.MalformedChunkCodingException");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return false;
            }
            int status = statusOf(cause);
            if (status > 0) {
                return status >= 500 || status == REQUEST_TIMEOUT || status == TOO_MANY_REQUESTS
                        || isBrokenUpload(status, cause);
            }
            if (isDroppedConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-line account of the failure for the log, such as
     * {@code 503 Service Unavailable | POST http://registry/v2/shop/orders/blobs/uploads/}: the HTTP
     * client's first two lines (status, request), without the response body or the URL's query.
     */
    public static String summary(Throwable failure) {
        Throwable described = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (statusOf(cause) > 0 || isDroppedConnection(cause)) {
                described = cause;
                break;
            }
        }
        String message = described.getMessage();
        if (message == null || message.isBlank()) {
            return described.getClass().getSimpleName();
        }
        String[] lines = message.strip().split("\\R");
        String summary = String.join(" | ", Arrays.asList(lines).subList(0, Math.min(lines.length, MAX_SUMMARY_LINES)));
        return QUERY.matcher(summary).replaceAll(""); // upload URLs carry a long opaque state token
    }

    private static boolean isBrokenUpload(int status, Throwable cause) {
        return (status == BAD_REQUEST || status == NOT_FOUND || status == RANGE_NOT_SATISFIABLE)
                && String.valueOf(cause.getMessage()).contains(UPLOAD_PATH);
    }

    private static int statusOf(Throwable cause) {
        return cause instanceof ResponseException response ? response.getStatusCode() : 0;
    }

    /**
     * The server went away during the call: a reset socket, or Apache HttpClient (Jib's transport) saying
     * the connection closed without an answer or mid-body. Timeouts and refused connections are not
     * here: a registry nobody answers is reported at once, as before.
     */
    private static boolean isDroppedConnection(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return false;
        }
        return cause instanceof SocketException || DROPPED_CONNECTION.contains(cause.getClass().getName());
    }
}
