package com.nexus.chatops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link of README.md and docs/*.md points at a file or directory of the checkout. */
class DocLinksTest {
    private static final Pattern LINK = Pattern.compile("]\\(([^)#:\\s]+)(#[^)]*)?\\)");

    @Test
    void shouldResolveEveryRelativeLink() throws Exception {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        List<String> checked = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                Path target = page.resolveSibling(m.group(1)).normalize();
                checked.add(target.toString());
                assertThat(target).as(page + " links to " + m.group(1)).exists();
            }
        }

        assertThat(checked).contains("docs/setup.md", "docs/configuration.md", "docs/commands.md", "docs/policy.md",
                "docs/operations.md", "docs/security.md");
    }
}
