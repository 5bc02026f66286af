package dev.tocsin.notify;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A plain HTTP server on 127.0.0.1 (the JDK's own, nothing of ours), recording what reaches it and
 * answering as the test says: the far side of a webhook or chat URL.
 */
public final class LocalReceiver implements AutoCloseable {

    public record Received(String method, String path, Headers headers, String body) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    public record Answer(int status, Map<String, String> headers, String body) {

        public static Answer of(int status) {
            return new Answer(status, Map.of(), "");
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> answer = request -> Answer.of(200);

    public LocalReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer reply = answer.apply(request);
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    public LocalReceiver answering(Function<Received, Answer> answer) {
        this.answer = answer;
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:port + path */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
