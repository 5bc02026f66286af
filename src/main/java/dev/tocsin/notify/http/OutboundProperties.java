package dev.tocsin.notify.http;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's say over which internal addresses outbound requests may reach.
 *
 * @param allowPrivateAddresses allow every internal address (a test rig, a closed network)
 * @param allowedNetworks address blocks allowed although internal, e.g. {@code 10.20.0.0/16}
 */
@ConfigurationProperties("tocsin.notify")
public record OutboundProperties(boolean allowPrivateAddresses, List<String> allowedNetworks) {

    public OutboundProperties {
        allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
    }

    public AddressPolicy policy() {
        return new AddressPolicy(allowPrivateAddresses, allowedNetworks.stream().map(Cidr::parse).toList());
    }
}
