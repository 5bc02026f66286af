package dev.tocsin.notify.sms;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers as Twilio takes them: E.164, a plus, the country code and at most 15 digits. */
final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private PhoneNumbers() {
    }

    static Optional<String> problemWith(String number) {
        if (E164.matcher(number).matches()) {
            return Optional.empty();
        }
        return Optional.of("'" + number + "' is not a phone number in E.164 form: a + and the country code,"
                + " no spaces, e.g. +4915112345678");
    }
}
