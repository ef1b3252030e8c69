package jenkins.plugins.mailer.tasks;

import hudson.tasks.Mailer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringTokenizer;

/**
 * Stand-in for the mailer plugin's {@code MimeMessageBuilder}: the members Skylark uses, with the real
 * signatures, and the behaviour it relies on — recipients split on white space and commas, bare user
 * names completed with the default suffix, unparsable ones skipped, the session from
 * {@link Mailer.DescriptorImpl#createSession()}. Not modelled: the administrator's address as sender,
 * reply-to and the instance identity header (they come from Jenkins' location configuration).
 */
public class MimeMessageBuilder {

    private String charset = "UTF-8";
    private final Set<InternetAddress> to = new LinkedHashSet<>();

    public MimeMessageBuilder() {
    }

    public MimeMessageBuilder setCharset(String charset) {
        this.charset = charset;
        return this;
    }

    public MimeMessageBuilder addRecipients(String recipients) throws UnsupportedEncodingException {
        StringTokenizer tokens = new StringTokenizer(recipients, " \t\n\r\f,");
        while (tokens.hasMoreTokens()) {
            String address = tokens.nextToken();
            String suffix = Mailer.descriptor().getDefaultSuffix();
            if (!address.contains("@")) {
                if (suffix == null || !suffix.contains("@")) {
                    continue;
                }
                address += suffix;
            }
            try {
                to.add(new InternetAddress(address, true));
            } catch (AddressException e) {
                // the real builder logs the address and sends to the others
            }
        }
        return this;
    }

    public MimeMessage buildMimeMessage() throws MessagingException, UnsupportedEncodingException {
        MimeMessage msg = new MimeMessage(Mailer.descriptor().createSession());
        msg.setContent("", "text/plain; charset=" + charset);
        msg.setSentDate(new Date());
        if (!to.isEmpty()) {
            msg.setRecipients(Message.RecipientType.TO, to.toArray(new Address[0]));
        }
        return msg;
    }
}
