package com.nexus.chatops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The contract must bite: bodies the spec rejects are reported, or the passing client tests would prove nothing. */
class OpenApiContractTest {
    private static final OpenApiContract REST = OpenApiContract.REST;

    private static OpenApiContract.Operation op(OpenApiContract contract, String method, String path) {
        return contract.operation(method, path).orElseThrow();
    }

    @Test
    void shouldAcceptTheAckAndResolveBodiesWhenTheyMatchTheSpec() {
        var put = op(REST, "PUT", "/incidents/PT4KHLK");

        assertThat(put.template()).isEqualTo("/incidents/{id}");
        assertThat(REST.requestErrors(put,
                "{\"incident\":{\"type\":\"incident_reference\",\"status\":\"acknowledged\"}}")).isEmpty();
        assertThat(REST.requestErrors(put, "{\"incident\":{\"type\":\"incident_reference\",\"status\":\"resolved\","
                + "\"resolution\":\"rolled back\"}}")).isEmpty();
    }

    @Test
    void shouldRejectAnUpdateWhenTheStatusIsNotOneThePagerDutySpecAllows() {
        var put = op(REST, "PUT", "/incidents/PT4KHLK");

        assertThat(REST.requestErrors(put, "{\"incident\":{\"type\":\"incident_reference\",\"status\":\"acknowledge\"}}"))
                .singleElement().asString().contains("status");
    }

    @Test
    void shouldRejectAnUpdateWhenTheRequiredTypeOrWrapperIsMissing() {
        var put = op(REST, "PUT", "/incidents/PT4KHLK");

        assertThat(REST.requestErrors(put, "{\"incident\":{\"status\":\"acknowledged\"}}")).isNotEmpty();
        assertThat(REST.requestErrors(put, "{\"status\":\"acknowledged\"}")).isNotEmpty();
    }

    @Test
    void shouldRejectANoteWhenItsContentIsNotAString() {
        var post = op(REST, "POST", "/incidents/PT4KHLK/notes");

        assertThat(REST.requestErrors(post, "{\"note\":{\"content\":42}}")).isNotEmpty();
        assertThat(REST.requestErrors(post, "{\"note\":{\"content\":\"Firefighters are on the scene.\"}}")).isEmpty();
    }

    @Test
    void shouldRejectAnEventWhenTheActionOrPayloadSeverityIsUnknown() {
        var enqueue = op(OpenApiContract.EVENTS, "POST", "/v2/enqueue");

        assertThat(OpenApiContract.EVENTS.requestErrors(enqueue,
                "{\"routing_key\":\"k\",\"event_action\":\"page\",\"dedup_key\":\"d\"}")).isNotEmpty();
        assertThat(OpenApiContract.EVENTS.requestErrors(enqueue, "{\"routing_key\":\"k\",\"event_action\":\"trigger\","
                + "\"payload\":{\"summary\":\"s\",\"source\":\"x\",\"severity\":\"sev1\"}}")).isNotEmpty();
    }

    @Test
    void shouldFindNoOperationWhenThePathIsNotInTheSpec() {
        assertThat(REST.operation("PUT", "/incident/PT4KHLK")).isEmpty();
        assertThat(REST.operation("PATCH", "/incidents/PT4KHLK")).isEmpty();
    }

    @Test
    void shouldDeclareTheFromHeaderAndOnCallFiltersTheClientRelies() {
        assertThat(REST.requiredHeaders(op(REST, "PUT", "/incidents/PT4KHLK"))).contains("From");
        assertThat(REST.requiredHeaders(op(REST, "POST", "/incidents/PT4KHLK/notes"))).contains("From");
        assertThat(REST.queryParameters(op(REST, "GET", "/oncalls")))
                .contains("include[]", "earliest", "escalation_policy_ids[]", "limit", "offset");
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("incident.json", "GET", "/incidents/PT4KHLK", 200),
                Arguments.of("incident-acknowledged.json", "PUT", "/incidents/PT4KHLK", 200),
                Arguments.of("incident-resolved.json", "PUT", "/incidents/PT4KHLK", 200),
                Arguments.of("incidents.json", "GET", "/incidents", 200),
                Arguments.of("note.json", "POST", "/incidents/PT4KHLK/notes", 200),
                Arguments.of("service.json", "GET", "/services/PIJ90N7", 200),
                Arguments.of("oncalls-page1.json", "GET", "/oncalls", 200),
                Arguments.of("oncalls-page2.json", "GET", "/oncalls", 200),
                Arguments.of("users.json", "GET", "/users", 200),
                Arguments.of("error-invalid-input.json", "PUT", "/incidents/PT4KHLK", 404),
                Arguments.of("error-rate-limit.json", "PUT", "/incidents/PT4KHLK", 429));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldMatchTheSpecsResponseSchemaWhenAFixtureIsServedByTheFakePagerDuty(String fixture, String method,
                                                                                 String path, int status) {
        var operation = op(REST, method, path);

        assertThat(REST.responseErrors(operation, status, Fixtures.read(fixture))).isEmpty();
    }

    @Test
    void shouldRejectAResponseFixtureWhenItLacksTheWrapperTheSpecRequires() {
        var get = op(REST, "GET", "/incidents/PT4KHLK");

        assertThat(REST.responseErrors(get, 200, "{\"id\":\"PT4KHLK\"}")).isNotEmpty();
    }

    @Test
    void shouldMatchTheEventsSpecWhenPagerDutyAcceptsAnEvent() {
        var enqueue = op(OpenApiContract.EVENTS, "POST", "/v2/enqueue");

        assertThat(OpenApiContract.EVENTS.responseErrors(enqueue, 202,
                "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"nexus-1\"}")).isEmpty();
    }
}
