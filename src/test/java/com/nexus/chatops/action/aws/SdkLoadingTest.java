package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.RecordingClassLoader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Startup pays nothing for AWS: making AwsServices and asking AwsSetup load no SDK class. Checked in a class
 * loader of its own that records every class it is asked for, since this JVM has loaded the SDK long ago.
 */
class SdkLoadingTest {

    @Test
    void shouldLoadNoSdkClassWhenAwsServicesIsMadeUntilACommandUsesIt() throws Exception {
        try (RecordingClassLoader loader = new RecordingClassLoader()) {
            Class<?> services = loader.loadClass(AwsServices.class.getName());
            Object made = services.getMethod("connect").invoke(null);
            loader.loadClass(AwsSetup.class.getName()).getMethod("detect").invoke(null);

            assertThat(loader.requested()).contains(AwsServices.class.getName())
                    .noneMatch(name -> name.startsWith("software.amazon.awssdk"));

            services.getMethod("ecs", Optional.class).invoke(made, Optional.of("us-west-2"));
            services.getMethod("close").invoke(made);

            assertThat(loader.requested()).anyMatch(name -> name.startsWith("software.amazon.awssdk.services.ecs"));
        }
    }
}
