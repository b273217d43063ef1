package com.nexus.chatops.testing;

/**
 * Identifiers shared by {@link SlackRequests} and {@link FakeSlack}, so a signed request's user and channel
 * already exist in a fresh fake workspace.
 */
public final class SlackDefaults {

    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String BOT_TOKEN = "xoxb-test-token";
    public static final String TEAM_ID = "T0NEXUS01";
    public static final String TEAM_DOMAIN = "nexus-test";
    public static final String TEAM_NAME = "Nexus Test";
    public static final String APP_ID = "A0NEXUS01";
    public static final String BOT_USER_ID = "U0NEXUSBOT";
    public static final String BOT_ID = "B0NEXUSBOT";
    public static final String BOT_NAME = "nexus";
    public static final String USER_ID = "U0TESTER1";
    public static final String USER_NAME = "tester";
    public static final String USER_EMAIL = "tester@example.com";
    public static final String CHANNEL_ID = "C0GENERAL";
    public static final String CHANNEL_NAME = "general";
    public static final String COMMAND = "/nexus";
    /** Legacy verification token; Bolt ignores it but Slack still sends it. */
    public static final String VERIFICATION_TOKEN = "legacy-verification-token";

    private SlackDefaults() {
    }
}
