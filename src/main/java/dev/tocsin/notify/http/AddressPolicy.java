package dev.tocsin.notify.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses outbound requests to user-set URLs may connect to. A webhook URL is typed by a
 * user, not the operator, so by default it may not reach the server's own network: loopback,
 * private and shared ranges, link-local (where clouds serve instance credentials at
 * 169.254.169.254), unique-local IPv6, multicast and reserved addresses are refused, also when
 * written as IPv4 inside IPv6. The operator lifts that for all ({@code allowPrivate}) or for named
 * blocks ({@code allowed}), e.g. the office's chat server.
 */
public record AddressPolicy(boolean allowPrivate, List<Cidr> allowed) {

    private record Blocked(Cidr range, String kind) {
        Blocked(String range, String kind) {
            this(Cidr.parse(range), kind);
        }
    }

    private static final List<Blocked> BLOCKED = List.of(
            new Blocked("0.0.0.0/8", "'this network' address"),
            new Blocked("10.0.0.0/8", "private address"),
            new Blocked("100.64.0.0/10", "shared (carrier-grade NAT) address"),
            new Blocked("127.0.0.0/8", "loopback address"),
            new Blocked("169.254.0.0/16", "link-local address (where clouds serve instance metadata)"),
            new Blocked("172.16.0.0/12", "private address"),
            new Blocked("192.0.0.0/24", "IETF protocol address"),
            new Blocked("192.168.0.0/16", "private address"),
            new Blocked("198.18.0.0/15", "benchmarking address"),
            new Blocked("224.0.0.0/4", "multicast address"),
            new Blocked("240.0.0.0/4", "reserved address"),
            new Blocked("::/128", "unspecified address"),
            new Blocked("::1/128", "loopback address"),
            new Blocked("fc00::/7", "unique-local address"),
            new Blocked("fe80::/10", "link-local address"),
            new Blocked("fec0::/10", "site-local address"),
            new Blocked("ff00::/8", "multicast address"));

    /** The default: nothing internal allowed. */
    public static final AddressPolicy STRICT = new AddressPolicy(false, List.of());

    public AddressPolicy {
        allowed = List.copyOf(allowed);
    }

    /** Why a connection to {@code address} is refused, said so the operator knows the way out; empty if allowed. */
    public Optional<String> refusal(InetAddress address) {
        if (allowPrivate || allowed.stream().anyMatch(block -> block.contains(address))) {
            return Optional.empty();
        }
        InetAddress checked = embeddedIpv4(address).orElse(address);
        if (checked != address && allowed.stream().anyMatch(block -> block.contains(checked))) {
            return Optional.empty();
        }
        return BLOCKED.stream().filter(blocked -> blocked.range().contains(checked)).findFirst()
                .map(blocked -> address.getHostAddress() + " is a " + blocked.kind()
                        + "; an operator can allow it with tocsin.notify.allowed-networks"
                        + " or tocsin.notify.allow-private-addresses=true");
    }

    /**
     * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64
     * (64:ff9b::a.b.c.d) IPv6 address, which reach the IPv4 host: ::ffff:127.0.0.1 is loopback too.
     */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        byte[] head = Arrays.copyOf(bytes, 12);
        boolean mapped = Arrays.equals(head, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff});
        boolean compatible = Arrays.equals(head, new byte[12]);
        boolean nat64 = Arrays.equals(head, new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0});
        if (!(mapped || compatible || nat64)) {
            return Optional.empty();
        }
        if (compatible && (bytes[12] | bytes[13] | bytes[14]) == 0 && (bytes[15] == 0 || bytes[15] == 1)) {
            return Optional.empty(); // :: and ::1 are IPv6's own and checked as such
        }
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
