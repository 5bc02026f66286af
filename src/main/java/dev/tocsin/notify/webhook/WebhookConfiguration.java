package dev.tocsin.notify.webhook;

import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.platform.SigningSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    static final int SECRET_MIN = 32;

    /**
     * Always present: a webhook needs nothing configured. The server's secret is
     * {@code tocsin.notify.webhook.signing-secret} when set (so receivers can be given it before the
     * first page), else one generated once and kept with the other signing secrets.
     */
    @Bean
    WebhookChannel webhookChannel(GuardedHttpClient http, SigningSecrets secrets,
            @Value("${tocsin.notify.webhook.signing-secret:}") String configured) {
        if (!configured.isEmpty() && configured.length() < SECRET_MIN) {
            throw new IllegalStateException("tocsin.notify.webhook.signing-secret must have at least " + SECRET_MIN
                    + " characters (openssl rand -hex 32)");
        }
        return new WebhookChannel(http, configured.isEmpty() ? () -> secrets.secret("webhook") : () -> configured);
    }
}
