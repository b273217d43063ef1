package com.nexus.chatops.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads nexus.yml once at startup; either a complete, valid {@link NexusConfig} or every problem at once. */
public final class ConfigLoader {
    private static final List<String> SECTIONS = List.of("channels", "severities", "services", "roles", "policy", "pagerduty");

    private ConfigLoader() {}

    /** The file {@code env} points at; when NEXUS_CONFIG is unset and ./nexus.yml does not exist, the defaults. */
    public static NexusConfig load(Env env) throws ConfigException {
        if (!env.configPathExplicit() && !Files.exists(env.configPath())) {
            return NexusConfig.defaults();
        }
        return load(env.configPath());
    }

    public static NexusConfig load(Path file) throws ConfigException {
        Problems problems = new Problems(label(file));
        String text = readText(file, problems);
        problems.throwIfAny();
        return read(text, file);
    }

    /** Parses and validates YAML text as if it had been read from {@code source}. */
    static NexusConfig read(String text, Path source) throws ConfigException {
        Problems problems = new Problems(label(source));
        Optional<JsonNode> root = YamlText.parse(text, problems);
        problems.throwIfAny();
        NexusConfig config = read(new YamlCursor(root.orElse(null), "", problems), source);
        problems.throwIfAny();
        return config;
    }

    private static NexusConfig read(YamlCursor root, Path source) {
        root.mapping(SECTIONS);
        Channels channels = ChannelsReader.read(root.key("channels"));
        Map<String, Severity> severities = SeveritiesReader.read(root.key("severities"));
        Map<String, Service> services = ServicesReader.read(root.key("services"));
        Map<String, Role> roles = RolesReader.read(root.key("roles"));
        List<PolicyRule> policy = PolicyReader.read(root.key("policy"), severities, roles);
        PagerDutySettings pagerduty = PagerDutyReader.read(root.key("pagerduty"), severities.keySet(),
                services.keySet());
        return new NexusConfig(channels, severities, services, roles, policy, pagerduty, source);
    }

    private static String readText(Path file, Problems problems) {
        Path shown = file.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(file)) {
                problems.add("", shown + " is a directory; NEXUS_CONFIG must name a YAML file");
                return "";
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add("", "file not found: " + shown + " (set NEXUS_CONFIG to its path)");
        } catch (AccessDeniedException e) {
            problems.add("", "cannot read " + shown + ": permission denied");
        } catch (CharacterCodingException e) {
            problems.add("", shown + " is not UTF-8 text");
        } catch (IOException e) {
            problems.add("", "cannot read " + shown + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return "";
    }

    private static String label(Path file) {
        return file == null || file.getFileName() == null ? "nexus.yml" : file.getFileName().toString();
    }
}
