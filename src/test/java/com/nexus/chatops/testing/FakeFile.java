package com.nexus.chatops.testing;

import java.nio.charset.StandardCharsets;

/** A file from the upload-v2 flow; content is null until the bytes were POSTed to the upload URL. */
public record FakeFile(String id, String filename, String title, byte[] content, String channel,
                       String threadTs, String initialComment) {

    public String contentAsString() {
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }

    public boolean uploaded() {
        return content != null;
    }

    FakeFile withContent(byte[] bytes) {
        return new FakeFile(id, filename, title, bytes, channel, threadTs, initialComment);
    }

    FakeFile shared(String newTitle, String inChannel, String inThread, String comment) {
        return new FakeFile(id, filename, newTitle == null ? title : newTitle, content, inChannel, inThread, comment);
    }
}
