package dev.tocsin.notify.email;

import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.PageText;
import dev.tocsin.notify.spi.SendOutcome;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Pages by email over SMTP ({@code spring.mail.*}), as text and HTML with the acknowledge and open
 * links. Without {@code spring.mail.host} there is no such bean, and email is "not configured".
 * Every try of one delivery carries the same Message-ID (and {@code X-Tocsin-Idempotency-Key}), so
 * a mail system that saw it already can drop the repeat.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class EmailChannel implements NotificationChannel {

    public static final String IDEMPOTENCY_HEADER = "X-Tocsin-Idempotency-Key";

    private final JavaMailSender mail;
    private final InternetAddress from;

    public EmailChannel(JavaMailSender mail, @Value("${tocsin.notify.email.from:tocsin@localhost}") String from) {
        this.mail = mail;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("tocsin.notify.email.from '" + from + "' is not an email address", e);
        }
    }

    @Override
    public ContactMethodType type() {
        return ContactMethodType.EMAIL;
    }

    @Override
    public Optional<String> problemWith(String address) {
        try {
            InternetAddress[] parsed = InternetAddress.parse(address, true);
            if (parsed.length != 1 || !parsed[0].getAddress().contains("@") || parsed[0].getPersonal() != null
                    || !parsed[0].getAddress().equals(address.strip())) {
                return Optional.of("'" + address + "' is not one plain email address; write it as name@example.com.");
            }
            parsed[0].validate();
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("'" + address + "' is not an email address (" + e.getMessage()
                    + "); write it as name@example.com.");
        }
    }

    @Override
    public SendOutcome send(Page page, String address) {
        try {
            MimeMessage message = message(page.idempotencyKey());
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(PageText.subject(page));
            helper.setSentDate(java.util.Date.from(page.sentAt()));
            helper.setText(EmailBody.text(page), EmailBody.html(page));
            message.setHeader(IDEMPOTENCY_HEADER, page.idempotencyKey());
            mail.send(message);
            return new SendOutcome.Delivered(message.getMessageID());
        } catch (MailException | MessagingException e) {
            return new SendOutcome.Failed(reason(e), refused(e));
        }
    }

    /** A message whose Message-ID is the idempotency key's, not a fresh one per try. */
    private MimeMessage message(String key) {
        Session session = mail instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
        if (session == null) {
            return mail.createMimeMessage();
        }
        return new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + key + "@tocsin>");
            }
        };
    }

    /** The server refused the recipient for good (a 5xx on RCPT TO): retrying cannot help. */
    private static boolean refused(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage();
        return root == e ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
