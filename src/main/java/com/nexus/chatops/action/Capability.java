package com.nexus.chatops.action;

/** Whether nexus can reach one kind of infrastructure from here, and why (said plainly at startup). */
public record Capability(String name, boolean available, String detail) {
    public String describe() {
        return name + ": " + (available ? "available (" + detail + ")" : "unavailable — " + detail);
    }
}
