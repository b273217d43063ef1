package com.nexus.chatops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Small JDBC helper so repositories stay short. Parameters bind positionally; an {@link Instant} binds as epoch
 * millis, a {@link LocalDate} as ISO text and an enum as its name. Every {@link SQLException} becomes a
 * {@link StoreException} ({@link ConstraintViolationException} for constraint failures).
 */
public final class Jdbc {

    private final DataSource dataSource;
    private final Connection transaction;

    public Jdbc(DataSource dataSource) {
        this(dataSource, null);
    }

    private Jdbc(DataSource dataSource, Connection transaction) {
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    /** Runs an INSERT/UPDATE/DELETE and returns the number of rows affected. */
    public int update(String sql, Object... params) {
        return run(sql, params, PreparedStatement::executeUpdate);
    }

    /** Runs a query (or a statement with RETURNING) and maps every row. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return run(sql, params, statement -> {
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        });
    }

    /** The first row's mapping, if any row came back. */
    public <T> Optional<T> queryFirst(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Calls on the
     * {@code Jdbc} passed to it share the transaction; nested calls join the outer one.
     */
    public <T> T inTransaction(Function<Jdbc, T> work) {
        if (transaction != null) {
            return work.apply(this);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(new Jdbc(dataSource, connection));
                connection.commit();
                return result;
            } catch (RuntimeException | Error | SQLException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /** Reads a nullable epoch-millis column. */
    public static Instant instantOrNull(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** Reads a nullable integer column. */
    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private <T> T run(String sql, Object[] params, CompiledStatements.Use<T> work) {
        try {
            if (transaction != null) {
                return prepareAndRun(transaction, sql, params, work);
            }
            try (Connection connection = dataSource.getConnection()) {
                return prepareAndRun(connection, sql, params, work);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static <T> T prepareAndRun(Connection connection, String sql, Object[] params, CompiledStatements.Use<T> work)
            throws SQLException {
        return CompiledStatements.with(connection, sql, statement -> {
            for (int i = 0; i < params.length; i++) {
                bind(statement, i + 1, params[i]);
            }
            return work.run(statement);
        });
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setLong(index, instant.toEpochMilli());
        } else if (value instanceof LocalDate date) {
            statement.setString(index, date.toString());
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }
}
