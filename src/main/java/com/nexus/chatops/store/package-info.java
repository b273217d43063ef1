/** Store: JDBC over SQLite or PostgreSQL with Flyway migrations; inbox dedupe and per-day sequences. */
package com.nexus.chatops.store;
