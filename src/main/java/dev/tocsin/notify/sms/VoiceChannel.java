package dev.tocsin.notify.sms;

import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.SendOutcome;
import java.util.Map;
import java.util.Optional;

/**
 * Pages by phone call through Twilio's Calls API, the TwiML inline ({@code Twiml}), so Twilio
 * needs no way back into Tocsin. Delivered means the call was placed, not answered.
 */
public final class VoiceChannel implements NotificationChannel {

    private final TwilioApi twilio;

    VoiceChannel(TwilioApi twilio) {
        this.twilio = twilio;
    }

    @Override
    public ContactMethodType type() {
        return ContactMethodType.VOICE;
    }

    @Override
    public Optional<String> problemWith(String address) {
        return PhoneNumbers.problemWith(address);
    }

    @Override
    public SendOutcome send(Page page, String address) {
        return twilio.create("Calls", address, Map.of("Twiml", VoiceScript.twiml(page)), page.idempotencyKey());
    }
}
