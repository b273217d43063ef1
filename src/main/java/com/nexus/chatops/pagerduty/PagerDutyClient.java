package com.nexus.chatops.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * PagerDuty REST API v2 for the calls nexus makes. Every method blocks until PagerDuty answered (bounded by
 * timeouts and retries) and throws {@link PagerDutyException} with a message fit for the responder otherwise.
 * Writes need {@code from}: the email of the PagerDuty user the action is recorded against.
 */
public final class PagerDutyClient implements AutoCloseable {
    static final int PAGE_SIZE = 100;
    /** Stops a misbehaving "more: true" from paging forever. */
    static final int MAX_PAGES = 20;

    private final HttpUrl base;
    private final String authorization;
    private final PagerDutyHttp http;

    public PagerDutyClient(String baseUrl, String token) {
        this(baseUrl, token, RetryPolicy.DEFAULT, 1);
    }

    PagerDutyClient(String baseUrl, String token, RetryPolicy retry, int concurrency) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a PagerDuty API token is required");
        }
        this.base = HttpUrl.get(baseUrl);
        this.authorization = "Token token=" + token;
        this.http = new PagerDutyHttp(retry, concurrency);
    }

    public PdIncident incident(String id) {
        JsonNode answer = get(url("incidents", id).build(), "get incident " + id);
        return PagerDutyJson.incident(answer.path("incident"));
    }

    /** Incidents of these services in these statuses (triggered, acknowledged, resolved); empty = any. */
    public List<PdIncident> incidents(Collection<String> serviceIds, Collection<String> statuses) {
        HttpUrl.Builder url = url("incidents");
        serviceIds.forEach(id -> url.addQueryParameter("service_ids[]", id));
        statuses.forEach(s -> url.addQueryParameter("statuses[]", s));
        return pages(url, "incidents", "list incidents", PagerDutyJson::incident);
    }

    public PdIncident acknowledge(String incidentId, String from) {
        return update(incidentId, from, "acknowledged", null, "acknowledge incident " + incidentId);
    }

    /** @param resolution shown on the incident's log in PagerDuty; null for none */
    public PdIncident resolve(String incidentId, String from, String resolution) {
        return update(incidentId, from, "resolved", resolution, "resolve incident " + incidentId);
    }

    public PdNote addNote(String incidentId, String from, String content) {
        ObjectNode body = http.json().createObjectNode();
        body.putObject("note").put("content", content);
        Request request = write(url("incidents", incidentId, "notes").build(), from)
                .post(http.body(body)).build();
        // not idempotent: a lost answer is not resent, or the note could appear twice
        return PagerDutyJson.note(http.send(request, "add a note to incident " + incidentId, false).path("note"));
    }

    public PdService service(String id) {
        return PagerDutyJson.service(get(url("services", id).build(), "get service " + id).path("service"));
    }

    /** Who is on call right now, one entry per level and user ({@code earliest=true}), emails included. */
    public List<PdOnCall> onCalls(Collection<String> escalationPolicyIds) {
        if (escalationPolicyIds.isEmpty()) {
            return List.of();
        }
        HttpUrl.Builder url = url("oncalls")
                .addQueryParameter("include[]", "users")
                .addQueryParameter("earliest", "true");
        escalationPolicyIds.forEach(id -> url.addQueryParameter("escalation_policy_ids[]", id));
        return pages(url, "oncalls", "list who is on call", PagerDutyJson::onCall);
    }

    /** PagerDuty's query matches names too, so only an exact (case-insensitive) email match counts. */
    public Optional<PdUser> userByEmail(String email) {
        HttpUrl.Builder url = url("users").addQueryParameter("query", email);
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        return pages(url, "users", "look up the PagerDuty user " + email, PagerDutyJson::user).stream()
                .filter(u -> u.email() != null && u.email().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private PdIncident update(String incidentId, String from, String status, String resolution, String what) {
        ObjectNode body = http.json().createObjectNode();
        ObjectNode incident = body.putObject("incident").put("type", "incident_reference").put("status", status);
        if (resolution != null && !resolution.isBlank()) {
            incident.put("resolution", resolution);
        }
        Request request = write(url("incidents", incidentId).build(), from).put(http.body(body)).build();
        return PagerDutyJson.incident(http.send(request, what, true).path("incident"));
    }

    private <T> List<T> pages(HttpUrl.Builder url, String field, String what, Function<JsonNode, T> read) {
        List<T> all = new ArrayList<>();
        int offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            HttpUrl pageUrl = url.build().newBuilder()
                    .setQueryParameter("limit", String.valueOf(PAGE_SIZE))
                    .setQueryParameter("offset", String.valueOf(offset))
                    .build();
            JsonNode answer = get(pageUrl, what);
            JsonNode items = answer.path(field);
            items.forEach(item -> all.add(read.apply(item)));
            if (!answer.path("more").asBoolean(false) || items.isEmpty()) {
                return all;
            }
            offset += items.size();
        }
        return all;
    }

    private JsonNode get(HttpUrl url, String what) {
        return http.send(request(url).get().build(), what, true);
    }

    private Request.Builder write(HttpUrl url, String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("PagerDuty writes need the From email of a PagerDuty user");
        }
        return request(url).header("From", from);
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Authorization", authorization)
                .header("Accept", "application/vnd.pagerduty+json;version=2")
                .header("Content-Type", "application/json");
    }

    /** Ids go into the path, so anything but PagerDuty's id alphabet is refused before it can reshape it. */
    private HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : segments) {
            if (!segment.matches("[A-Za-z0-9_-]+")) {
                throw new PagerDutyException.BadId(segment);
            }
            url.addPathSegment(segment);
        }
        return url;
    }

    @Override
    public void close() {
        http.close();
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "PagerDutyClient[" + base + "]";
    }
}
