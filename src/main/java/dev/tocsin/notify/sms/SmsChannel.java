package dev.tocsin.notify.sms;

import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.PageText;
import dev.tocsin.notify.spi.SendOutcome;
import java.util.Map;
import java.util.Optional;

/** Pages as a text message through Twilio's Messages API: one line per incident, with its acknowledge link. */
public final class SmsChannel implements NotificationChannel {

    /** Twilio's limit for one message's Body; longer is refused, so a bundle is cut instead. */
    static final int BODY_MAX = 1600;

    private final TwilioApi twilio;

    SmsChannel(TwilioApi twilio) {
        this.twilio = twilio;
    }

    @Override
    public ContactMethodType type() {
        return ContactMethodType.SMS;
    }

    @Override
    public Optional<String> problemWith(String address) {
        return PhoneNumbers.problemWith(address);
    }

    @Override
    public SendOutcome send(Page page, String address) {
        String text = PageText.plain(page);
        if (text.length() > BODY_MAX) {
            text = text.substring(0, BODY_MAX - 1) + "…";
        }
        return twilio.create("Messages", address, Map.of("Body", text), page.idempotencyKey());
    }
}
