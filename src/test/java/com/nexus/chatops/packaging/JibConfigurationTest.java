package com.nexus.chatops.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.nexus.chatops.config.Env;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The container image as pom.xml's Jib configuration makes it, checked against the code and deploy/: no registry is
 * reachable here, so deploy/image/build-offline.sh (opt-in) builds and runs the real image; this checks what
 * decides it — entrypoint, flags file, main class, command, port, user, extra layers.
 */
class JibConfigurationTest {
    private static PomJib jib;

    @BeforeAll
    static void readPom() throws Exception {
        jib = PomJib.read();
    }

    @Test
    void shouldStartJavaWithTheFlagsOfDeployJvmOptionsWhenTheImageRuns() throws Exception {
        // Given the entrypoint and where Jib copies deploy/jvm.options
        List<String> entrypoint = jib.list("container/entrypoint");
        PomJib.ExtraDirectory deploy = jib.extraDirectories().get("deploy");

        // When the flags file is handed to this JDK's java, as the entrypoint does
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("deploy/jvm.options").toAbsolutePath(), "-version").redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // Then the image's java reads that very file, and the JVM accepts every flag in it
        assertThat(deploy.includes()).isEqualTo("jvm.options");
        assertThat(entrypoint).startsWith("java", "@" + deploy.into() + "/jvm.options");
        assertThat(java.exitValue()).as(said).isZero();
    }

    @Test
    void shouldRunNexusServeWhenTheImageStartsWithoutArguments() throws Exception {
        // Given the main class Jib writes for the entrypoint, and the image's default arguments
        List<String> entrypoint = jib.list("container/entrypoint");
        String mainClass = jib.value("container/mainClass");
        List<String> args = jib.list("container/args");

        // When they are resolved against the compiled code
        Class<?> main = Class.forName(mainClass);
        Method entry = main.getMethod("main", String[].class);
        CommandLine cli = new CommandLine(main.getDeclaredConstructor().newInstance());

        // Then java runs the same main class as `java -jar nexus.jar`, and the command is a real subcommand
        assertThat(entrypoint).containsSubsequence("-cp", "@/app/jib-classpath-file", "@/app/jib-main-class-file");
        assertThat(jib.value("containerizingMode")).isEqualTo("packaged");
        assertThat(Modifier.isStatic(entry.getModifiers())).isTrue();
        assertThat(mainClass).isEqualTo(jib.shadeMainClass());
        assertThat(args).isNotEmpty();
        assertThat(cli.getSubcommands()).containsKey(args.get(0));
    }

    @Test
    void shouldExposeThePortNexusListensOnWhenNoPortIsConfigured() throws Exception {
        // Given the image's ports and the Deployment's container port
        List<String> ports = jib.list("container/ports");
        JsonNode container = deploymentContainer();

        // When nexus reads an environment without NEXUS_PORT
        int listens = Env.from(Map.of()).port();

        // Then the image exposes that port and the Deployment names it
        assertThat(ports).containsExactly(Integer.toString(listens));
        assertThat(container.path("ports").findValuesAsText("containerPort")).contains(Integer.toString(listens));
    }

    @Test
    void shouldRunAsTheSameUnprivilegedUserWhenTheImageOrTheDeploymentStartsIt() throws Exception {
        // Given the image's user and the pod's
        String user = jib.value("container/user");
        JsonNode pod = deploymentPod();

        // When the numeric ids are read
        String[] ids = user.split(":");

        // Then neither is root, and they agree
        assertThat(ids).hasSize(2).allSatisfy(id -> assertThat(Integer.parseInt(id)).isPositive());
        assertThat(pod.path("securityContext").path("runAsUser").asText()).isEqualTo(ids[0]);
        assertThat(pod.path("securityContext").path("runAsGroup").asText()).isEqualTo(ids[1]);
    }

    @Test
    void shouldLayerRunbooksAtTheDefaultPathWhenTheCheckoutHasThem() {
        // Given the working directory and the extra directories of every profile
        String workdir = jib.value("container/workingDirectory");
        PomJib.ExtraDirectory runbooks = jib.extraDirectories().get("runbooks");

        // When nexus resolves its default ./runbooks in that directory
        Path defaultRunbooks = Path.of(workdir).resolve("runbooks");

        // Then the runbooks land there, added only when runbooks/ exists (Jib refuses a missing directory)
        assertThat(runbooks).isNotNull();
        assertThat(Path.of(runbooks.into())).isEqualTo(defaultRunbooks);
        assertThat(runbooks.onlyIfExists()).isEqualTo(Path.of("runbooks").toAbsolutePath().toString());
    }

    @Test
    void shouldBuildAnOciImageOnAPullableJreWhenNoDockerDaemonIsThere() {
        // Given the base and target images
        String from = jib.value("from/image");
        String to = jib.value("to/image");

        // When they are read as image references
        List<String> problems = new ArrayList<>();
        if (from.startsWith("docker://") || from.startsWith("tar://")) {
            problems.add("the base must come from a registry every user can pull: " + from);
        }

        // Then the base is a registry image with a tag, and the image is OCI
        assertThat(problems).isEmpty();
        assertThat(from).contains("/").containsPattern(":[\\w.-]+$");
        assertThat(to).isNotBlank();
        assertThat(jib.value("container/format")).isEqualTo("OCI");
    }

    private static JsonNode deploymentPod() throws Exception {
        JsonNode d = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(
                Kustomize.DEPLOY.resolve("base/deployment.yaml")));
        return d.path("spec").path("template").path("spec");
    }

    private static JsonNode deploymentContainer() throws Exception {
        return deploymentPod().path("containers").get(0);
    }
}
