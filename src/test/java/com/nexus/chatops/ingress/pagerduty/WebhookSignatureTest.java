package com.nexus.chatops.ingress.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.PagerDutySigner;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String BODY = "{\"event\":{\"id\":\"e1\",\"event_type\":\"incident.triggered\"}}";
    private final WebhookSignature signature = new WebhookSignature("current-secret");

    private boolean verify(String header) {
        return signature.matches(BODY.getBytes(StandardCharsets.UTF_8), header);
    }

    @Test
    void shouldAcceptWhenTheBodyIsSignedWithTheSecret() {
        assertThat(verify(PagerDutySigner.v1("current-secret", BODY))).isTrue();
    }

    @Test
    void shouldAcceptWhenAnyOfSeveralValuesMatchesWhileTheSecretRotates() {
        assertThat(verify(PagerDutySigner.v1("old-secret", BODY) + "," + PagerDutySigner.v1("current-secret", BODY))).isTrue();
        assertThat(verify(PagerDutySigner.v1("current-secret", BODY) + ", " + PagerDutySigner.v1("old-secret", BODY))).isTrue();
    }

    @Test
    void shouldRefuseWhenNoValueMatchesOrTheHeaderIsMissingOrMangled() {
        assertThat(verify(PagerDutySigner.v1("old-secret", BODY))).isFalse();
        assertThat(verify(null)).isFalse();
        assertThat(verify("")).isFalse();
        assertThat(verify("v1=not-hex")).isFalse();
        assertThat(verify(PagerDutySigner.v1("current-secret", BODY).replace("v1=", "v0="))).isFalse();
    }

    @Test
    void shouldRefuseWhenTheBodyChangedAfterSigning() {
        String header = PagerDutySigner.v1("current-secret", BODY);

        assertThat(signature.matches(BODY.replace("e1", "e2").getBytes(StandardCharsets.UTF_8), header)).isFalse();
    }
}
