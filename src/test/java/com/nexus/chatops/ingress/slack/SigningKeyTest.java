package com.nexus.chatops.ingress.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class SigningKeyTest {

    @Property(tries = 200)
    void signsExactlyAsBoltsGeneratorDoes(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String secret,
                                          @ForAll @StringLength(max = 12) String timestamp,
                                          @ForAll @StringLength(max = 400) String body) {
        String bolt = new SlackSignature.Generator(secret).generate(timestamp, body);
        byte[] ours = new SigningKey(secret).expected(timestamp, body.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(ours, StandardCharsets.US_ASCII)).isEqualTo(bolt);
    }

    @Property(tries = 50)
    void aDifferentSecretGivesADifferentSignature(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String secret,
                                                  @ForAll @StringLength(max = 200) String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(new SigningKey(secret + "x").expected("1700000000", bytes))
                .isNotEqualTo(new SigningKey(secret).expected("1700000000", bytes));
    }
}
