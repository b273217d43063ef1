package com.nexus.chatops.config;

/** The PagerDuty service (id like PXXXXXX) that pages for a nexus service. */
public record PagerDutyRef(String serviceId) {}
