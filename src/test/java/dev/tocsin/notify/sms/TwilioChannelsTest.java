package dev.tocsin.notify.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tocsin.notify.Pages;
import dev.tocsin.notify.http.AddressPolicy;
import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.notify.spi.PageText;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WireMock stands in for api.twilio.com, on 127.0.0.1: these tests use the operator's allowance. */
class TwilioChannelsTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String BASIC = "Basic QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjpzZWNyZXQtYXV0aC10b2tlbg==";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";
    private static final String CALLS = "/2010-04-01/Accounts/" + SID + "/Calls.json";

    private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final GuardedHttpClient http = new GuardedHttpClient(new AddressPolicy(true, List.of()));
    private SmsChannel sms;
    private VoiceChannel voice;

    @BeforeEach
    void start() {
        twilio.start();
        TwilioApi api = new TwilioApi(http, new TwilioProperties(URI.create(twilio.baseUrl() + "/"), SID,
                "secret-auth-token", "+15017122661"));
        sms = new SmsChannel(api);
        voice = new VoiceChannel(api);
    }

    @AfterEach
    void stop() throws Exception {
        twilio.stop();
        http.close();
    }

    @Test
    void an_sms_is_a_message_created_on_the_account() {
        twilio.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"SM1f0e2d3c4b5a69788796a5b4c3d2e1f0\",\"status\":\"queued\"}")));

        assertThat(sms.send(Pages.one(), "+4915112345678"))
                .isEqualTo(new Delivered("SM1f0e2d3c4b5a69788796a5b4c3d2e1f0"));

        twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded; charset=UTF-8"))
                .withHeader("I-Twilio-Idempotency-Token", equalTo("delivery-41-7"))
                .withFormParam("To", equalTo("+4915112345678"))
                .withFormParam("From", equalTo("+15017122661"))
                .withFormParam("Body", equalTo("[P1] INC-7 Portal unreachable (L1 on-call). Ack: "
                        + "https://tocsin.example.com/ack/eyJpbmMiOjd9.c2lnbmF0dXJl")));
        assertThat(PageText.plain(Pages.one())).hasSizeLessThan(SmsChannel.BODY_MAX);
    }

    @Test
    void a_call_speaks_the_incident_from_inline_twiml() {
        twilio.stubFor(post(CALLS).willReturn(aResponse().withStatus(201)
                .withBody("{\"sid\":\"CA5ef8732a3c49700934481addd5ce1659\",\"status\":\"queued\"}")));

        assertThat(voice.send(Pages.one(), "+4915112345678"))
                .isEqualTo(new Delivered("CA5ef8732a3c49700934481addd5ce1659"));

        twilio.verify(1, postRequestedFor(urlEqualTo(CALLS))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("I-Twilio-Idempotency-Token", equalTo("delivery-41-7"))
                .withFormParam("To", equalTo("+4915112345678"))
                .withFormParam("From", equalTo("+15017122661"))
                .withFormParam("Twiml", equalTo("<Response><Say loop=\"2\">This is Tocsin. P1, incident 7: Portal"
                        + " unreachable. You are paged as L1 on-call. Acknowledge with the link in your text or"
                        + " email, or in Tocsin.</Say></Response>")));
    }

    @Test
    void a_long_bundle_is_cut_to_twilios_limit() {
        twilio.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SM1\"}")));
        var many = new dev.tocsin.notify.spi.Page("delivery-9", Pages.MAYA,
                java.util.Collections.nCopies(40, Pages.portalDown()), Pages.SENT_AT);

        assertThat(sms.send(many, "+4915112345678")).isEqualTo(new Delivered("SM1"));

        LoggedRequest request = twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).getFirst();
        assertThat(request.formParameters().get("Body").firstValue()).hasSize(SmsChannel.BODY_MAX).endsWith("…");
    }

    @Test
    void twilio_errors_say_whether_to_retry() {
        twilio.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(400).withBody(
                "{\"code\":21211,\"message\":\"The 'To' number +4915 is not a valid phone number.\",\"status\":400}")));
        assertThat(sms.send(Pages.one(), "+4915")).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.permanent()).isTrue();
            assertThat(failed.reason()).startsWith("HTTP 400: {\"code\":21211");
        });

        twilio.stubFor(post(CALLS).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        assertThat(voice.send(Pages.one(), "+4915112345678")).isEqualTo(new Failed("HTTP 429; retry after 2 s", false));

        twilio.stubFor(post(CALLS).willReturn(aResponse().withStatus(503)));
        assertThat(voice.send(Pages.one(), "+4915112345678"))
                .isInstanceOfSatisfying(Failed.class, failed -> assertThat(failed.permanent()).isFalse());
    }

    @Test
    void numbers_must_be_e164() {
        assertThat(sms.problemWith("+4915112345678")).isEmpty();
        assertThat(voice.problemWith("+15017122661")).isEmpty();
        assertThat(sms.problemWith("0151 1234 5678")).hasValue("'0151 1234 5678' is not a phone number in E.164"
                + " form: a + and the country code, no spaces, e.g. +4915112345678");
        assertThat(voice.problemWith("+0123")).isPresent();
        assertThat(sms.problemWith("+1234567890123456")).isPresent();
    }
}
