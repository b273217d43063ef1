package com.nexus.chatops.store;

/** The behaviour both backends must share; SQLite and PostgreSQL test classes implement it. */
interface StoreContract extends MigrationContract, InboxContract, DaySequenceContract, ConstraintContract,
        AuditLogContract, PingContract, GroupedInboxContract {
}
