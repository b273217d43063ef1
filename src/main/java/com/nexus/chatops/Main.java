package com.nexus.chatops;

/** Entry point; the picocli command tree is wired here. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
