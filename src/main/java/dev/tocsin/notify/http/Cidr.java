package dev.tocsin.notify.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of addresses, {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a block of one. */
public record Cidr(String text, byte[] network, int prefix) {

    /** Parses a literal block; a host name is refused, so a typo never triggers a DNS lookup. */
    public static Cidr parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("'" + text + "' is not an address block such as 10.0.0.0/8 or fd00::/8");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an address block such as 10.0.0.0/8", e);
        }
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("'" + text + "' has a prefix length out of range");
        }
        return new Cidr(trimmed, network, prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
