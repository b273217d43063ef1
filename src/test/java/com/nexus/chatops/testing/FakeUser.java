package com.nexus.chatops.testing;

/** A workspace member as the fake knows it. */
public record FakeUser(String id, String name, String realName, String email, boolean isBot) {

    public static FakeUser human(String id, String name, String email) {
        return new FakeUser(id, name, capitalise(name), email, false);
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
