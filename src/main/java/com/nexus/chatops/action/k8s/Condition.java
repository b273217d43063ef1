package com.nexus.chatops.action.k8s;

/** A Deployment condition such as Progressing or Available; status is "True", "False" or "Unknown". */
public record Condition(String type, String status, String reason, String message) {}
