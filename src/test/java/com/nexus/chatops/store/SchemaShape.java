package com.nexus.chatops.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reads table columns through JDBC metadata as "name" (NOT NULL) or "name?" (nullable), in column order. */
final class SchemaShape {

    private SchemaShape() {
    }

    static Map<String, List<String>> of(Database db, List<String> tables) throws SQLException {
        return of(db.dataSource(), tables);
    }

    /** A table that does not exist has no columns. */
    static Map<String, List<String>> of(DataSource dataSource, List<String> tables) throws SQLException {
        Map<String, List<String>> shape = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String escape = meta.getSearchStringEscape();
            for (String table : tables) {
                String pattern = table.replace("_", escape + "_");
                shape.put(table, columns(meta, connection.getSchema(), pattern));
            }
        }
        return shape;
    }

    private static List<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                boolean nullable = rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
                columns.add(rs.getString("COLUMN_NAME").toLowerCase() + (nullable ? "?" : ""));
            }
        }
        return columns;
    }
}
