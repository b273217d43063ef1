package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import java.util.List;
import java.util.stream.Collectors;

/** Why a click on a confirmation does not count. {@link #line()} is the same in plain words, for the audit log. */
public sealed interface Refusal {

    String line();

    /** A reason that needs no one named in it. */
    record Because(String reason) implements Refusal {
        public String line() {
            return reason;
        }
    }

    /** Only the requester confirms their action. */
    record OnlyRequester(String requester, ActionRequest request) implements Refusal {
        public String line() {
            return "only " + requester + ", who asked for it, can confirm " + named(request);
        }
    }

    /** Only the requester, or someone from the approver roles, cancels it. */
    record OnlyRequesterOrApprovers(String requester, List<String> approvers) implements Refusal {
        public OnlyRequesterOrApprovers {
            approvers = List.copyOf(approvers);
        }

        public String line() {
            return "only " + requester + (approvers.isEmpty() ? "" : " or " + String.join(", ", approvers))
                    + " can cancel it";
        }
    }

    /** "k8s.scale on core-api (replicas 4)". */
    private static String named(ActionRequest r) {
        String params = r.asked().params().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return r.action() + (r.service() == null ? "" : " on " + r.service()) + (params.isEmpty() ? "" : " (" + params + ")");
    }
}
