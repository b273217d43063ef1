package com.nexus.chatops.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The page that starts the demo, as PagerDuty would deliver it: a v3 webhook {@code incident.triggered} for the
 * seed runbook's "Nexus API High Error Rate" alert on core-api, signed with the subscription's secret and posted
 * to nexus's own webhook endpoint.
 */
public final class DemoPage {
    public static final String TITLE = "Nexus API High Error Rate";
    public static final String INCIDENT = "PDEMO7Q";

    private DemoPage() {}

    /** @return the HTTP status nexus answered (202: accepted) */
    public static int fire(URI webhook, String secret, String serviceId, PagerDutyState pagerDuty)
            throws IOException, InterruptedException {
        pagerDuty.opened(INCIDENT, serviceId, TITLE);
        String body = event(serviceId);
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .header("Content-Type", "application/json")
                .header("X-PagerDuty-Signature", "v1=" + hmac(secret, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String event(String serviceId) {
        return """
                {"event":{"id":"01DEMOPAGE%d","event_type":"incident.triggered","resource_type":"incident",
                "occurred_at":"%s","agent":null,"client":{"name":"Datadog"},
                "data":{"id":"%s","type":"incident","number":1042,"status":"triggered",
                "incident_key":"datadog-nexus-api-error-rate","title":"%s","urgency":"high",
                "priority":{"id":"PDEMOP2","type":"priority_reference","summary":"P2"},
                "html_url":"https://nexus-demo.pagerduty.com/incidents/%s",
                "service":{"id":"%s","type":"service_reference","summary":"Nexus Core API"},
                "assignees":[],"escalation_policy":{"id":"%s","type":"escalation_policy_reference"}}}}
                """.formatted(System.nanoTime() % 1_000_000, Instant.now(), INCIDENT, TITLE, INCIDENT, serviceId,
                PagerDutyState.POLICY);
    }

    private static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
