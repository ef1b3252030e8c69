package hudson.tasks;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Stand-in for the mailer plugin's {@code hudson.tasks.Mailer} (mailer 522.va_995fa_cfb_8b_d): only the
 * members Skylark and its tests use, with the real signatures. The real class extends {@code Notifier}
 * and its descriptor {@code BuildStepDescriptor<Publisher>}; nothing of ours uses those supertypes, so
 * they are left out, and {@link #descriptor()} returns one descriptor per JVM instead of looking it up
 * in Jenkins.
 */
public class Mailer {

    private static final DescriptorImpl THE_DESCRIPTOR = new DescriptorImpl();

    public static DescriptorImpl descriptor() {
        return THE_DESCRIPTOR;
    }

    /** Jenkins' e-mail settings (Manage Jenkins → System → E-mail Notification). */
    public static final class DescriptorImpl {
        private volatile String smtpHost;
        private volatile String smtpPort;
        private volatile String defaultSuffix;

        public DescriptorImpl() {
        }

        /** A session on the configured SMTP server, with timeouts so that a send cannot hang (as the real one). */
        public Session createSession() {
            Properties props = new Properties(System.getProperties());
            if (smtpHost != null && !smtpHost.isBlank()) {
                props.put("mail.smtp.host", smtpHost);
            }
            if (smtpPort != null && !smtpPort.isBlank()) {
                props.put("mail.smtp.port", smtpPort.strip());
            }
            props.put("mail.smtp.timeout", "60000");
            props.put("mail.smtp.connectiontimeout", "60000");
            return Session.getInstance(props);
        }

        public String getDefaultSuffix() {
            return defaultSuffix;
        }

        public void setDefaultSuffix(String defaultSuffix) {
            this.defaultSuffix = defaultSuffix;
        }

        public void setSmtpHost(String smtpHost) {
            this.smtpHost = smtpHost;
        }

        public void setSmtpPort(String smtpPort) {
            this.smtpPort = smtpPort;
        }
    }
}
