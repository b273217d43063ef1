/**
 * `nexus demo`: the vendors' far ends on this machine — a sandbox Kubernetes API (fabric8's mock server in CRUD
 * mode, seeded and driven by a small rollout controller), a PagerDuty REST/Events fake on loopback, a signed
 * PagerDuty page — and the walkthrough that talks to nexus through them. Nothing here is on nexus's own path.
 */
package com.nexus.chatops.demo;
