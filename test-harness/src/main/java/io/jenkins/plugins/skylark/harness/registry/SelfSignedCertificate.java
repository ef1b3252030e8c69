package io.jenkins.plugins.skylark.harness.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate for 127.0.0.1 made with the JDK's keytool and written as the PEM files the registry
 * reads. Basic auth needs TLS: Jib (rightly) refuses to send credentials over plain HTTP.
 */
final class SelfSignedCertificate {

    private static final String ALIAS = "registry";
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    private final Path certificatePem;
    private final Path keyPem;
    private final X509Certificate certificate;

    private SelfSignedCertificate(Path certificatePem, Path keyPem, X509Certificate certificate) {
        this.certificatePem = certificatePem;
        this.keyPem = keyPem;
        this.certificate = certificate;
    }

    static SelfSignedCertificate createIn(Path directory) throws IOException {
        Path store = directory.resolve("registry.p12");
        runKeytool(store);
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, STORE_PASSWORD);
            X509Certificate certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
            PrivateKey key = (PrivateKey) keyStore.getKey(ALIAS, STORE_PASSWORD);
            Path cert = write(directory.resolve("cert.pem"), "CERTIFICATE", certificate.getEncoded());
            Path keyFile = write(directory.resolve("key.pem"), "PRIVATE KEY", key.getEncoded());
            return new SelfSignedCertificate(cert, keyFile, certificate);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the generated keystore " + store, e);
        }
    }

    Path certificatePem() {
        return certificatePem;
    }

    Path keyPem() {
        return keyPem;
    }

    /** A TLS context that trusts exactly this certificate, for test clients that verify properly. */
    SSLContext trustingContext() {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry(ALIAS, certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store for the registry certificate", e);
        }
    }

    private static void runKeytool(Path store) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed to create a test certificate: " + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating a test certificate", e);
        }
    }

    private static Path write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        String pem = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
        return Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }
}
