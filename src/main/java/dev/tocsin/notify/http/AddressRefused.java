package dev.tocsin.notify.http;

import java.net.UnknownHostException;

/**
 * Thrown by {@link GuardedDnsResolver} when a host resolves to an address the {@link AddressPolicy}
 * refuses. An {@link UnknownHostException}, because that is what a resolver may throw, so the HTTP
 * client stops before it opens a connection.
 */
public class AddressRefused extends UnknownHostException {

    public AddressRefused(String host, String why) {
        super("refused to connect to " + host + ": " + why);
    }
}
