package com.nexus.chatops.action.aws.view;

import com.nexus.chatops.action.aws.PlannedCall;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A request nexus did not send (a dry run): the API call with its parameters as they would go on the wire,
 * and the same call as the aws CLI line the runbooks use.
 */
public final class RequestText {
    private RequestText() {}

    public static String dryRun(PlannedCall call) {
        return "Dry run: nothing was sent to AWS. A real run sends " + Texts.code(call.action()) + " with "
                + call.params().stream().map(p -> Texts.plain(p.name() + "=" + p.value()))
                .collect(Collectors.joining(", "))
                + ", which is\n" + Texts.block(cli(call));
    }

    /** The call a confirmation sends, as one aws CLI line in code. */
    public static String line(PlannedCall call) {
        return "Sends " + Texts.code(cli(call));
    }

    /** {@code aws ecs update-service --cluster c --service s --force-new-deployment}. */
    public static String cli(PlannedCall call) {
        StringBuilder line = new StringBuilder("aws ").append(call.service()).append(' ')
                .append(kebab(call.operation()));
        for (PlannedCall.Param p : call.params()) {
            String flag = " --" + kebab(p.name());
            if ("true".equals(p.value())) {
                line.append(flag);
            } else if ("false".equals(p.value())) {
                line.append(" --no-").append(kebab(p.name()));
            } else {
                line.append(flag).append(' ').append(p.value());
            }
        }
        return line.toString();
    }

    /** forceNewDeployment → force-new-deployment, DBSnapshotIdentifier → db-snapshot-identifier. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }
}
