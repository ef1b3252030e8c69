package io.jenkins.plugins.skylark.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Properties;

/** A real SMTP server (GreenMail) on a free loopback port of the test JVM. */
public final class SmtpSimulator implements AutoCloseable {

    private final GreenMail server;
    private final int port;

    public SmtpSimulator() {
        port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public int port() {
        return port;
    }

    /** A session that sends to this server. */
    public Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        return Session.getInstance(props);
    }

    /** The messages received so far (Transport.send returns after the server has accepted them). */
    public MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    /** The text of the {@code contentType} part of a {@code multipart/alternative} message. */
    public static String part(MimeMessage message, String contentType) throws MessagingException, IOException {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(contentType)) {
                return ((String) part.getContent()).replace("\r\n", "\n"); // SMTP sends CRLF
            }
        }
        throw new AssertionError("no " + contentType + " part");
    }

    @Override
    public void close() {
        server.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
