package com.nexus.chatops.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Whether the store still takes writes that last: one real write (the heartbeat row) and, for SQLite, the path
 * still naming the file that was opened — a file deleted or replaced while open takes writes into an unlinked
 * inode, lost at the next start.
 */
final class Writability {
    private final DataSource pool;
    private final Clock clock;
    private final Path file;
    private final Object fileKey;

    private Writability(DataSource pool, Clock clock, Path file, Object fileKey) {
        this.pool = pool;
        this.clock = clock;
        this.file = file;
        this.fileKey = fileKey;
    }

    static Writability of(DataSource pool, Clock clock, Optional<Path> sqliteFile) {
        Path file = sqliteFile.map(Path::toAbsolutePath).orElse(null);
        return new Writability(pool, clock, file, file == null ? null : key(file));
    }

    /** Null when writable; else why not, as a sentence for whoever reads the probe. */
    String problem() {
        if (file != null) {
            Object now = key(file);
            if (now == null) {
                return "store file " + file + " no longer exists (deleted while open); writes would be lost at restart";
            }
            if (!Objects.equals(now, fileKey)) {
                return "store file " + file + " was replaced while open; writes go to the old file";
            }
        }
        try (Connection connection = pool.getConnection();
             PreparedStatement write = connection.prepareStatement("UPDATE store_heartbeat SET at = ? WHERE id = 1")) {
            write.setQueryTimeout(2);
            write.setLong(1, clock.millis());
            if (write.executeUpdate() != 1) {
                return "store heartbeat row is missing";
            }
            return null;
        } catch (Exception e) {
            return "store does not take writes: " + StoreUrl.maskSecrets(String.valueOf(e.getMessage()));
        }
    }

    private static Object key(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (IOException e) {
            return null;
        }
    }
}
