package com.nexus.chatops.audit;

/** A record as it sits in the chain: its number, the hash it extends and its own hash. */
public record ChainedRecord(long seq, AuditRecord record, String prevHash, String hash) {}
