package dev.tocsin.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.Test;

/**
 * The Customer Portal runbook's escalation matrix imports as the very policy its folder's
 * escalation.yaml spells out by hand; the CRM runbook's escalation path (whom, not when) and a
 * contact that names nobody are refused with what to fix, and change nothing.
 */
class EscalationMatrixImportsAsThePolicyTest extends TocsinTest {

    @Test
    void the_customer_portal_matrix_gives_the_policy_its_escalation_yaml_holds() {
        String before = api().get("/api/v1/escalation-policies/customer-portal").body();

        Response imported = api().post("/api/v1/runbooks/customer-portal-incident-response/import/escalation", "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(api().get("/api/v1/escalation-policies/customer-portal").body()).isEqualTo(before);
        assertThat(before).contains("portal-on-call").contains("sara.lind").contains("omar.haddad");
    }

    @Test
    void the_crm_escalation_path_says_whom_but_not_when_and_is_refused() {
        String before = api().get("/api/v1/escalation-policies/crm-platform").body();

        Response refused = api().post("/api/v1/runbooks/crm-platform-incident-response/import/escalation", "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("L1").contains("says whom but not when");
        assertThat(api().get("/api/v1/escalation-policies/crm-platform").body()).isEqualTo(before);
    }

    @Test
    void a_contact_that_names_nobody_is_a_422_naming_the_level() {
        String slug = "nobody-" + System.nanoTime();
        api().send("POST", "/api/v1/runbooks?organization=customer-portal&slug=" + slug, BodyPublishers.ofString("""
                # Escalation
                | Level | Scope | Contact | When to Escalate |
                |---|---|---|---|
                | L1 | Initial Response | On-call engineer | All incidents |
                | L2 | Oracle | The oracle of Delphi | P1 not resolved in 10 minutes |
                """), "text/markdown");
        String before = api().get("/api/v1/escalation-policies/customer-portal").body();

        Response refused = api().post("/api/v1/runbooks/customer-portal-" + slug + "/import/escalation", "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("L2's contact 'The oracle of Delphi'");
        assertThat(api().get("/api/v1/escalation-policies/customer-portal").body()).isEqualTo(before);
    }
}
