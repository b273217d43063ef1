package com.nexus.chatops.action;

/**
 * What an action would do, in mrkdwn for the confirmation message, and the request a confirmation stores and
 * runs: the one asked for, with what the preview showed pinned where the action pins anything (a rollback's
 * revisions), so the confirmed action does exactly what was shown, or refuses.
 */
public record Preview(String text, ActionRequest pinned) {
    public static Preview of(String text, ActionRequest request) {
        return new Preview(text, request);
    }
}
