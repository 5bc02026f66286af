package dev.tocsin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running application over real HTTP, as curl would. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String token;

    public ApiClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    public Response get(String path) {
        return send("GET", path, BodyPublishers.noBody(), null);
    }

    public Response post(String path, String json) {
        return send("POST", path, BodyPublishers.ofString(json), "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, BodyPublishers.ofString(json), "application/json");
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, BodyPublishers.ofString(json), "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, BodyPublishers.noBody(), null);
    }

    /** A POST whose Authorization header is given as is (e.g. "GenieKey ..."), or absent when null. */
    public Response postAuthorized(String path, String json, String authorization) {
        return send("POST", path, BodyPublishers.ofString(json), "application/json", authorization);
    }

    public Response send(String method, String path, BodyPublisher body, String contentType) {
        return send(method, path, body, contentType, token == null ? null : "Bearer " + token);
    }

    private Response send(String method, String path, BodyPublisher body, String contentType, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON body where there is one; {@code json()} parses it. */
    public record Response(int status, String body, String contentType, String location) {

        public Response(int status, String body, String contentType) {
            this(status, body, contentType, null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString();
        }
    }
}
