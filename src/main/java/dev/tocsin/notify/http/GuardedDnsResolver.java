package dev.tocsin.notify.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves host names for the outbound HTTP client and refuses any answer the {@link AddressPolicy}
 * does not allow. The addresses it returns are the ones the client connects to, so there is no
 * second lookup an attacker's DNS could answer differently (DNS rebinding): what was checked is
 * what is reached. Every answer must pass, so a name with one public and one private address is refused.
 */
public final class GuardedDnsResolver implements DnsResolver {

    /** Looks a host up; {@link InetAddress#getAllByName} in production, a table in tests. */
    @FunctionalInterface
    public interface NameService {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    private final AddressPolicy policy;
    private final NameService names;

    public GuardedDnsResolver(AddressPolicy policy, NameService names) {
        this.policy = policy;
        this.names = names;
    }

    public GuardedDnsResolver(AddressPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = names.lookup(bare);
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new AddressRefused(host, refusal.get());
            }
        }
        return addresses;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        // Only used for Kerberos/SPNEGO, which Tocsin never does; no extra lookup.
        return host;
    }
}
