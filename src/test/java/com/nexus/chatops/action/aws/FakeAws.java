package com.nexus.chatops.action.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * WireMock speaking each AWS service's own wire protocol, and AwsServices pointed at it with fake credentials:
 * ECS is awsJson1_1 (POST /, X-Amz-Target AmazonEC2ContainerServiceV20141113.&lt;Operation&gt;, JSON both ways);
 * RDS and CloudWatch are the query protocol (POST / with a form Action=…&amp;Version=…, XML answers), which is
 * what SDK 2.40.2 sends CloudWatch.
 */
public final class FakeAws {
    public static final String REGION = "us-west-2";
    public static final String ECS_TARGET = "AmazonEC2ContainerServiceV20141113.";
    public static final String RDS_VERSION = "2014-10-31";
    public static final String CLOUDWATCH_VERSION = "2010-08-01";
    public static final String RDS_XMLNS = "http://rds.amazonaws.com/doc/2014-10-31/";
    public static final String CLOUDWATCH_XMLNS = "http://monitoring.amazonaws.com/doc/2010-08-01/";
    public static final AwsCredentialsProvider FAKE_KEYS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("fake-test-access-key", "fake-test-secret-key"));

    public static final String ROLE = "arn:aws:sts::123456789012:assumed-role/nexus/i-0fake";
    public static final String SERVICE_ARN = "arn:aws:ecs:us-west-2:123456789012:service/nexus-platform-production-cluster/"
            + "nexus-platform-production-service";

    /** A chain that finds nothing, failing as the default chain does on a machine without AWS credentials. */
    public static final AwsCredentialsProvider NO_KEYS = AwsCredentialsProviderChain.builder()
            .credentialsProviders(SystemPropertyCredentialsProvider.create()).build();

    private final WireMockExtension server;

    public FakeAws(WireMockExtension server) {
        this.server = server;
    }

    public static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    /** Timeouts far above what a loaded machine needs for a first call: a retried attempt would skew counts. */
    public AwsSettings settings(Clock clock) {
        return AwsSettings.defaults().withEndpoint(URI.create(server.baseUrl())).withPollInterval(Duration.ofMillis(20))
                .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(60)).withClock(clock);
    }

    public AwsServices services(AwsSettings settings) {
        return services(settings, FAKE_KEYS);
    }

    public AwsServices services(AwsSettings settings, AwsCredentialsProvider credentials) {
        return new AwsServices(settings, () -> new SdkClients(settings, credentials));
    }

    public void ecs(String operation, String json) {
        server.stubFor(ecsCall(operation).willReturn(ecsAnswer(200, json)));
    }

    public void ecsError(String operation, int status, String type, String message) {
        server.stubFor(ecsCall(operation).willReturn(ecsErrorAnswer(status, type, message)));
    }

    /** Answers in turn, the last one for every call after. */
    public void ecsSequence(String operation, ResponseDefinitionBuilder... answers) {
        sequence(() -> ecsCall(operation), operation, answers);
    }

    public void query(String action, String xml) {
        server.stubFor(queryCall(action).willReturn(xml(200, xml)));
    }

    public void queryError(String action, int status, String code, String message) {
        server.stubFor(queryCall(action).willReturn(queryErrorAnswer(action, status, code, message)));
    }

    public void querySequence(String action, ResponseDefinitionBuilder... answers) {
        sequence(() -> queryCall(action), action, answers);
    }

    public List<LoggedRequest> ecsRequests(String operation) {
        return server.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo(ECS_TARGET + operation)));
    }

    public List<LoggedRequest> queryRequests(String action) {
        return server.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> action.equals(form(r).get("Action"))).toList();
    }

    public static ResponseDefinitionBuilder ecsAnswer(int status, String json) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-RequestId", "fake-request-id").withBody(json);
    }

    public static ResponseDefinitionBuilder ecsErrorAnswer(int status, String type, String message) {
        return ecsAnswer(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    public static ResponseDefinitionBuilder xml(int status, String xml) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(xml);
    }

    public static ResponseDefinitionBuilder queryErrorAnswer(String action, int status, String code, String message) {
        String xmlns = action.contains("Alarm") || action.contains("Metric") ? CLOUDWATCH_XMLNS : RDS_XMLNS;
        return xml(status, "<ErrorResponse xmlns=\"" + xmlns + "\"><Error><Type>Sender</Type><Code>" + code
                + "</Code><Message>" + message + "</Message></Error><RequestId>fake-request-id</RequestId>"
                + "</ErrorResponse>");
    }

    /** AccessDenied's message as IAM words it for nexus's role; no resource for an action on "*". */
    public static String denied(String action, Optional<String> resource) {
        return "User: " + ROLE + " is not authorized to perform: " + action
                + resource.map(r -> " on resource: " + r).orElse("") + " because no identity-based policy allows the "
                + action + " action";
    }

    /** The form fields of a query-protocol request, in the order sent. */
    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = request.getBodyAsString();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    public static String fixture(String name) {
        try (InputStream in = FakeAws.class.getResourceAsStream("/aws/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture aws/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MappingBuilder ecsCall(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(ECS_TARGET + operation));
    }

    private static MappingBuilder queryCall(String action) {
        return post(urlEqualTo("/")).withFormParam("Action", equalTo(action));
    }

    private void sequence(Supplier<MappingBuilder> call, String name, ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            boolean last = i == answers.length - 1;
            ScenarioMappingBuilder step = call.get().inScenario(name).whenScenarioStateIs(state);
            String next = name + "-" + (i + 1);
            server.stubFor((last ? step : step.willSetStateTo(next)).willReturn(answers[i]));
            state = next;
        }
    }
}
