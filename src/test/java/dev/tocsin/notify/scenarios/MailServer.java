package dev.tocsin.notify.scenarios;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a port of its own that a test can stop and start again; what
 * it received survives a restart, so "exactly once" is counted across it.
 */
final class MailServer implements AutoCloseable {

    private final int port;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail running;

    MailServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    MailServer start() {
        running = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        running.start();
        return this;
    }

    void stop() {
        if (running != null) {
            earlier.addAll(Arrays.asList(running.getReceivedMessages()));
            running.stop();
            running = null;
        }
    }

    List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (running != null) {
            all.addAll(Arrays.asList(running.getReceivedMessages()));
        }
        return all;
    }

    /** The messages to {@code address}, once there are {@code count} of them. */
    List<MimeMessage> awaitTo(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> to(address).size() >= count);
        return to(address);
    }

    List<MimeMessage> to(String address) {
        return received().stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The part of {@code mimeType} (text/plain, text/html) of a multipart message. */
    static String part(Part message, String mimeType) {
        try {
            if (message.isMimeType(mimeType)) {
                return (String) message.getContent();
            }
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
