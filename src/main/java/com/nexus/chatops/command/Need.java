package com.nexus.chatops.command;

/** What a command needs beyond nexus itself to do anything here; help marks a command whose need is unmet. */
public enum Need {
    NOTHING(""),
    KUBERNETES("needs a Kubernetes connection (KUBECONFIG or an in-cluster service account)"),
    AWS("needs AWS credentials"),
    PAGERDUTY_API("needs a PagerDuty API token (PAGERDUTY_API_TOKEN)");

    private final String missing;

    Need(String missing) {
        this.missing = missing;
    }

    /** How help marks a command whose need is not met, e.g. "needs AWS credentials". */
    public String missing() {
        return missing;
    }
}
