package dev.tocsin.notify.http;

import dev.tocsin.notify.http.HttpExchange.Answered;
import dev.tocsin.notify.http.HttpExchange.Refused;
import dev.tocsin.notify.http.HttpExchange.Unreachable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HTTP client for URLs users set (webhooks, chat) and for the chat and SMS APIs: its
 * {@link GuardedDnsResolver} refuses internal addresses on the address actually connected to. It
 * follows no redirects: a redirect is reported, never taken, so a receiver cannot bounce a page
 * inside. Bounded in time (connect 5 s, answer 10 s) and in what it reads back, so a slow or
 * chatty receiver cannot hold delivery up.
 */
public final class GuardedHttpClient implements AutoCloseable {

    static final Timeout CONNECT = Timeout.ofSeconds(5);
    static final Timeout RESPONSE = Timeout.ofSeconds(10);
    /** Enough for any API answer we read (a Slack ts, a Twilio SID); the rest is left unread. */
    public static final int BODY_CAP = 64 * 1024;

    private final AddressPolicy policy;
    private final CloseableHttpClient client;

    public GuardedHttpClient(AddressPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    public GuardedHttpClient(AddressPolicy policy, GuardedDnsResolver.NameService names) {
        this.policy = policy;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(policy, names))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(CONNECT).setSocketTimeout(RESPONSE).build())
                        .setMaxConnPerRoute(20).setMaxConnTotal(200)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(CONNECT).setResponseTimeout(RESPONSE)
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                // Retrying is delivery's job, with backoff and the same idempotency key.
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("Tocsin")
                .build();
    }

    /** POSTs {@code body} to {@code url} with the given extra headers. Never throws for a failed send. */
    public HttpExchange post(URI url, ContentType type, byte[] body, Map<String, String> headers) {
        Optional<String> badUrl = problemWith(url);
        if (badUrl.isPresent()) {
            return new Refused(badUrl.get());
        }
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, type));
        try {
            return client.execute(post, GuardedHttpClient::read);
        } catch (IOException e) {
            return refusalIn(e).<HttpExchange>map(Refused::new)
                    .orElseGet(() -> new Unreachable(describe(e)));
        }
    }

    /**
     * What is wrong with a URL before any lookup: not http(s), no host, or a literal address the
     * policy refuses. Names are checked when resolved, on the address connected to.
     */
    public Optional<String> problemWith(URI url) {
        if (url.getScheme() == null || !(url.getScheme().equals("https") || url.getScheme().equals("http"))) {
            return Optional.of(url + " is not an http(s) URL");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of(url + " has no host");
        }
        if (host.startsWith("[") || host.matches("[0-9.]+")) {
            try {
                String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
                return policy.refusal(InetAddress.getByName(literal))
                        .map(why -> "refused to connect to " + host + ": " + why);
            } catch (UnknownHostException e) {
                return Optional.of(url + " has a malformed address");
            }
        }
        return Optional.empty();
    }

    private static Answered read(ClassicHttpResponse response) throws IOException {
        String body = "";
        if (response.getEntity() != null) {
            try (InputStream in = response.getEntity().getContent()) {
                body = new String(in.readNBytes(BODY_CAP), StandardCharsets.UTF_8);
            }
        }
        Header location = response.getFirstHeader("Location");
        return new Answered(response.getCode(), body, retryAfter(response.getFirstHeader("Retry-After")),
                Optional.ofNullable(location).map(Header::getValue));
    }

    private static Optional<Duration> retryAfter(Header header) {
        if (header == null || !header.getValue().strip().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(header.getValue().strip())));
    }

    private static Optional<String> refusalIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressRefused refused) {
                return Optional.of(refused.getMessage());
            }
        }
        return Optional.empty();
    }

    private static String describe(IOException e) {
        String kind = e instanceof UnknownHostException ? "unknown host" : e.getClass().getSimpleName();
        return kind + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
