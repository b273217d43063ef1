package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file {@link ConfigLoader#load(Env)} reads, and what happens when it is not there. */
class ConfigLoaderEnvTest {
    @TempDir
    Path dir;

    @Test
    void shouldFallBackToDefaultsWhenTheDefaultFileIsAbsent() {
        Env env = new EnvWithConfig(dir.resolve("nexus.yml"), false).env();

        assertThat(ConfigLoader.load(env)).isEqualTo(NexusConfig.defaults());
    }

    @Test
    void shouldRefuseWhenAnExplicitlyNamedFileIsAbsent() {
        Env env = Env.from(Map.of("NEXUS_CONFIG", dir.resolve("missing.yml").toString()));

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(env));

        assertThat(e.getMessage()).startsWith("missing.yml: file not found: ");
    }

    /** An Env as {@code from} would build it, with the config path under a temporary directory. */
    private record EnvWithConfig(Path path, boolean explicit) {
        Env env() {
            Env base = Env.from(Map.of());
            return new Env(base.slackBotToken(), base.slackSigningSecret(), base.slackAppToken(), base.slackApiUrl(),
                    base.port(), path, explicit, base.dbUrl(), base.pagerdutyApiToken(), base.pagerdutyApiUrl(),
                    base.pagerdutyWebhookSecret(), base.pagerdutyFromEmail(), base.pagerdutyEventsUrl(),
                    base.statuspageApiKey(), base.statuspagePageId(), base.statuspageApiUrl(), base.awsRegion(),
                    base.awsEndpointUrl(), base.runbooksDir());
        }
    }
}
