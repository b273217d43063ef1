package com.nexus.chatops.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Names the root cause of a failed open in a few words an operator can act on. */
final class OpenFailures {

    private OpenFailures() {
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        SQLException firstSql = null;
        while (true) {
            if (firstSql == null && root instanceof SQLException sql) {
                firstSql = sql;
            }
            if (root.getCause() == null || root.getCause() == root) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof SocketTimeoutException) {
            return "connection timed out";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + SqlErrors.firstLine(root.getMessage());
        }
        if (root instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (firstSql != null && firstSql.getSQLState() != null && firstSql.getSQLState().startsWith("28")) {
            return "authentication failed";
        }
        return SqlErrors.firstLine((firstSql != null ? firstSql : root).getMessage());
    }
}
