package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        try (RecordingLoader loader = new RecordingLoader()) {
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

    /** Loads nexus and its libraries itself (the JDK from the platform loader) and notes every name asked for. */
    private static final class RecordingLoader extends URLClassLoader {
        private final List<String> requested = Collections.synchronizedList(new ArrayList<>());

        RecordingLoader() {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }

        List<String> requested() {
            synchronized (requested) {
                return List.copyOf(requested);
            }
        }

        private static URL[] classPath() {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                try {
                    urls.add(new File(entry).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return urls.toArray(URL[]::new);
        }
    }
}
