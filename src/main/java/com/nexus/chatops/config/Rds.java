package com.nexus.chatops.config;

/** An RDS instance, by its DB instance identifier. */
public record Rds(String instance) {}
