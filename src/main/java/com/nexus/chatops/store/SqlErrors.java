package com.nexus.chatops.store;

import com.nexus.chatops.store.ConstraintViolationException.Kind;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Translates driver exceptions into store exceptions, classifying constraint violations on both backends. */
final class SqlErrors {

    private SqlErrors() {
    }

    static StoreException translate(SQLException e) {
        Kind kind = constraintKind(e);
        String detail = firstLine(e.getMessage());
        if (kind != null) {
            return new ConstraintViolationException(kind, "store constraint violated: " + detail, e);
        }
        return new StoreException("store operation failed: " + detail, e);
    }

    private static Kind constraintKind(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return sqliteKind(sqlite.getResultCode().name());
        }
        String state = e.getSQLState();
        if (state == null || !state.startsWith("23")) {
            return null;
        }
        return switch (state) {
            case "23505" -> Kind.UNIQUE;
            case "23503" -> Kind.FOREIGN_KEY;
            case "23514" -> Kind.CHECK;
            case "23502" -> Kind.NOT_NULL;
            default -> Kind.OTHER;
        };
    }

    private static Kind sqliteKind(String code) {
        if (!code.startsWith("SQLITE_CONSTRAINT")) {
            return null;
        }
        return switch (code) {
            case "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY" -> Kind.UNIQUE;
            case "SQLITE_CONSTRAINT_FOREIGNKEY" -> Kind.FOREIGN_KEY;
            case "SQLITE_CONSTRAINT_CHECK" -> Kind.CHECK;
            case "SQLITE_CONSTRAINT_NOTNULL" -> Kind.NOT_NULL;
            default -> Kind.OTHER;
        };
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        if (line.regionMatches(true, 0, "ERROR: ", 0, 7)) {
            line = line.substring(7);
        }
        return StoreUrl.maskSecrets(line);
    }
}
