package com.nexus.chatops.ingress;

/**
 * What a piece of Slack work mostly waits on, so that one kind cannot starve another: a storm of declares
 * (each waiting on Slack's pacing of new channels) must not hold back help, status or a Confirm click.
 */
public enum WorkKind {
    /** Pure computation on what nexus already holds (help, a line that does not parse): run by the caller. */
    IMMEDIATE,
    /** Answers, lookups, clicks and forms: quick, and what a responder is looking at right now. */
    REPLIES,
    /** Declaring an incident: a new channel, paced by Slack at about 20 a minute. */
    INCIDENT_CREATION,
    /** Guarded actions on Kubernetes and AWS, which wait on the infrastructure. */
    INFRASTRUCTURE
}
