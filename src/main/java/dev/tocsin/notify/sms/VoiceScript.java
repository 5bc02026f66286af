package dev.tocsin.notify.sms;

import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.Page.PagedIncident;
import java.util.stream.Collectors;

/**
 * The TwiML a paging call speaks: who is calling, each incident's severity, number, title and why
 * this person, said twice, since the first words are often lost picking up. Incident numbers are
 * spoken as "incident 7", not "INC-7", which a voice spells out.
 */
final class VoiceScript {

    private VoiceScript() {
    }

    static String twiml(Page page) {
        String incidents = page.incidents().stream().map(VoiceScript::spoken).collect(Collectors.joining(" "));
        String message = "This is Tocsin. " + incidents
                + " Acknowledge with the link in your text or email, or in Tocsin.";
        return "<Response><Say loop=\"2\">" + escape(message) + "</Say></Response>";
    }

    private static String spoken(PagedIncident incident) {
        String number = incident.reference().replaceFirst("^INC-", "incident ");
        return incident.severity() + ", " + number + ": " + incident.title() + ". You are paged as "
                + incident.reason() + ".";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
