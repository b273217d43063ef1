package com.nexus.chatops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;

/** Every request a fake PagerDuty received must be an operation of the spec, with a body and headers it allows. */
public final class ContractCheck {
    private ContractCheck() {
    }

    public static void assertAllMatch(OpenApiContract contract, List<ServeEvent> served) {
        for (ServeEvent event : served) {
            LoggedRequest request = event.getRequest();
            String method = request.getMethod().getName();
            URI uri = URI.create(request.getUrl());
            String where = method + " " + uri.getPath();
            var operation = contract.operation(method, uri.getPath());
            assertThat(operation).as("%s is an operation of the PagerDuty spec", where).isPresent();
            String body = request.getBodyAsString();
            if (!body.isEmpty()) {
                assertThat(contract.requestErrors(operation.get(), body))
                        .as("%s body %s against the spec", where, body).isEmpty();
            }
            for (String header : contract.requiredHeaders(operation.get())) {
                if (!header.equals("Accept") && !header.equals("Content-Type")) {
                    assertThat(request.getHeader(header)).as("%s header %s", where, header).isNotBlank();
                }
            }
            assertThat(contract.queryParameters(operation.get()))
                    .as("%s query parameters", where).containsAll(request.getQueryParams().keySet());
        }
    }
}
