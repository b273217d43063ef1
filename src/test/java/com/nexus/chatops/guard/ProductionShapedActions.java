package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;

/** Infrastructure that pins like the Kubernetes catalog: only a rollback pins the revisions its preview showed. */
final class ProductionShapedActions implements ActionCatalog {
    @Override
    public PlannedAction plan(ActionRequest r) {
        return new PlannedAction() {
            @Override
            public Preview preview() {
                if (r instanceof ActionRequest.Rollback rollback) {
                    int to = rollback.toRevision().orElse(6);
                    return new Preview("revision 7 (core-api:1.4.2) → revision " + to,
                            rollback.pinning(new ActionRequest.RevisionPin(7, to)));
                }
                return Preview.of("preview of " + r.action(), r);
            }

            @Override
            public ActionResult execute(boolean dryRun) {
                return ActionResult.of((dryRun ? "would run " : "ran ") + r.action());
            }
        };
    }
}
