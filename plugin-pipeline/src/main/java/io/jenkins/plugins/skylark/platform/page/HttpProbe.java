package io.jenkins.plugins.skylark.platform.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * One GET from the controller with the TLS settings of the object tested (its CA, or no checks when it says
 * so). Network and TLS failures become {@link Unreachable} with a message naming what went wrong.
 */
final class HttpProbe {
    private final Duration timeout;
    private final Locale locale;

    HttpProbe(Duration timeout, Locale locale) {
        this.timeout = timeout;
        this.locale = locale;
    }

    /** The answer of one GET: status, the headers asked for by callers, body text. */
    record Answer(int status, Map<String, java.util.List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** The server could not be reached or spoken to; the message says why. */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Answer get(URI uri, String authorization, String caPem, boolean skipTlsVerify) throws Unreachable {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            if (connection instanceof HttpsURLConnection https) {
                secure(https, caPem, skipTlsVerify);
            }
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setRequestProperty("Accept", "application/json");
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            int status = connection.getResponseCode();
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, connection.getHeaderFields(), body);
        } catch (UnknownHostException e) {
            throw new Unreachable(PageMessages.get(locale, "connection.unknownHost", uri.getHost()), e);
        } catch (ConnectException e) {
            throw new Unreachable(PageMessages.get(locale, "connection.refused", address(uri), e.getMessage()), e);
        } catch (SocketTimeoutException e) {
            throw new Unreachable(PageMessages.get(locale, "connection.timeout", address(uri), timeout.toSeconds()), e);
        } catch (SSLException e) {
            throw new Unreachable(PageMessages.get(locale, "connection.tls", address(uri), e.getMessage()), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreachable(PageMessages.get(locale, "connection.failed", address(uri), e.getMessage()), e);
        }
    }

    private void secure(HttpsURLConnection https, String caPem, boolean skipTlsVerify) throws Unreachable {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManager[] trust = skipTlsVerify ? new TrustManager[] {new TrustingEveryone()}
                    : caPem == null || caPem.isBlank() ? null : trusting(caPem);
            context.init(null, trust, null);
            https.setSSLSocketFactory(context.getSocketFactory());
            if (skipTlsVerify) {
                https.setHostnameVerifier((host, session) -> true);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new Unreachable(PageMessages.get(locale, "connection.ca", e.getMessage()), e);
        }
    }

    private static TrustManager[] trusting(String caPem) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int i = 0;
        for (Certificate certificate : CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(caPem.strip().getBytes(StandardCharsets.US_ASCII)))) {
            store.setCertificateEntry("ca-" + i++, certificate);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    private static String address(URI uri) {
        return uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** The object's own "skip TLS verification" (meant for test clusters and registries). */
    private static final class TrustingEveryone implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // Not a server.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // Skipping the check is what the object asks for.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
