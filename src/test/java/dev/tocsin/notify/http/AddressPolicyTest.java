package dev.tocsin.notify.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "0.1.2.3", "224.0.0.251", "255.255.255.255", "::1", "::",
            "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
            "::ffff:a9fe:a9fe", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b::10.0.0.1"})
    void internal_addresses_are_refused(String address) throws Exception {
        assertThat(AddressPolicy.STRICT.refusal(InetAddress.getByName(address)))
                .hasValueSatisfying(why -> assertThat(why).contains("tocsin.notify.allowed-networks"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2606:4700:4700::1111",
            "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void public_addresses_are_allowed(String address) throws Exception {
        assertThat(AddressPolicy.STRICT.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void the_reason_names_the_kind_of_address() throws Exception {
        assertThat(AddressPolicy.STRICT.refusal(InetAddress.getByName("169.254.169.254")))
                .hasValueSatisfying(why -> assertThat(why).startsWith("169.254.169.254 is a link-local address"));
        assertThat(AddressPolicy.STRICT.refusal(InetAddress.getByName("fd00::5")))
                .hasValueSatisfying(why -> assertThat(why).startsWith("fd00:0:0:0:0:0:0:5 is a unique-local address"));
    }

    @Test
    void the_operator_allows_named_blocks_or_everything() throws Exception {
        AddressPolicy office = new AddressPolicy(false, List.of(Cidr.parse("10.20.0.0/16"), Cidr.parse("fd00::7")));

        assertThat(office.refusal(InetAddress.getByName("10.20.3.4"))).isEmpty();
        assertThat(office.refusal(InetAddress.getByName("::ffff:10.20.3.4"))).isEmpty();
        assertThat(office.refusal(InetAddress.getByName("fd00::7"))).isEmpty();
        assertThat(office.refusal(InetAddress.getByName("10.21.0.1"))).isPresent();
        assertThat(office.refusal(InetAddress.getByName("169.254.169.254"))).isPresent();
        assertThat(new AddressPolicy(true, List.of()).refusal(InetAddress.getByName("169.254.169.254"))).isEmpty();
    }

    @Test
    void an_allowed_network_must_be_an_address_block() {
        assertThatThrownBy(() -> Cidr.parse("intranet.example")).hasMessageContaining("not an address block");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("prefix length");
        assertThat(Cidr.parse("172.16.0.0/12").contains(InetAddress.getLoopbackAddress())).isFalse();
    }
}
