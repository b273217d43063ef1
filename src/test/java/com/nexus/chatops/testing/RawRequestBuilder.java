package com.nexus.chatops.testing;

/** A fixed body (url_verification, or anything hand-written) with the usual signing options. */
public final class RawRequestBuilder extends SlackRequestBuilder<RawRequestBuilder> {

    private final String contentType;
    private final String body;

    RawRequestBuilder(SlackRequests slack, String contentType, String body) {
        super(slack);
        this.contentType = contentType;
        this.body = body;
    }

    @Override
    protected String contentType() {
        return contentType;
    }

    @Override
    protected String body() {
        return body;
    }
}
