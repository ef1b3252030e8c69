package io.jenkins.plugins.skylark.platform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;

/** Checks that a CA certificate field really holds PEM-encoded X.509 certificates. */
final class Certificates {

    private Certificates() {
    }

    static void checkPem(Problems.Subject subject, String field, String pem) {
        if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
            subject.add(field, "ca.notPem");
            return;
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            if (factory.generateCertificates(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)))
                    .isEmpty()) {
                subject.add(field, "ca.notPem");
            }
        } catch (CertificateException e) {
            subject.add(field, "ca.invalid", e.getMessage());
        }
    }
}
