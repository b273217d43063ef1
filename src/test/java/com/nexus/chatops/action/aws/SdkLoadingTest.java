package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.testing.RecordingClassLoader;
import java.util.Optional;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Startup pays nothing for AWS: making AwsServices, asking AwsSetup, making the catalog the AWS commands go
 * through (as the wiring does at startup) and reading the runbook hints of a service without AWS load no SDK class. Checked in a class
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

            Class<?> actions = loader.loadClass("com.nexus.chatops.action.aws.catalog.AwsActions");
            Object config = loader.loadClass("com.nexus.chatops.config.ConfigLoader").getMethod("load", Path.class)
                    .invoke(null, Path.of("nexus.example.yml"));
            Class<?> configType = loader.loadClass("com.nexus.chatops.config.NexusConfig");
            Object catalog = actions.getConstructor(configType, Supplier.class)
                    .newInstance(config, (Supplier<Object>) () -> made);
            Class<?> kubernetes = loader.loadClass("com.nexus.chatops.action.k8s.KubernetesActions");
            Class<?> catalogType = loader.loadClass("com.nexus.chatops.action.ActionCatalog");
            catalogType.getMethod("of", catalogType, catalogType).invoke(null, kubernetes
                    .getConstructor(configType, Supplier.class).newInstance(config, (Supplier<Object>) () -> null),
                    catalog);
            Object hintRead = actions.getMethod("primary", String.class).invoke(catalog, "core-api");

            assertThat(hintRead).isEqualTo(Optional.empty());
            assertThat(loader.requested()).contains(actions.getName())
                    .noneMatch(name -> name.startsWith("software.amazon.awssdk"));

            services.getMethod("ecs", Optional.class).invoke(made, Optional.of("us-west-2"));
            services.getMethod("close").invoke(made);

            assertThat(loader.requested()).anyMatch(name -> name.startsWith("software.amazon.awssdk.services.ecs"));
        }
    }
}
