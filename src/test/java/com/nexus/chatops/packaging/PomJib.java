package com.nexus.chatops.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** pom.xml's jib-maven-plugin configuration, with the pom's ${properties} filled in as Maven would. */
final class PomJib {
    private final Element jib;
    private final Element pom;
    private final Map<String, String> properties = new HashMap<>();

    private PomJib(Document doc) {
        this.pom = doc.getDocumentElement();
        Element props = child(pom, "properties");
        for (Element p : children(props)) {
            properties.put(p.getTagName(), p.getTextContent().strip());
        }
        properties.put("project.version", text(child(pom, "version")));
        properties.put("basedir", Path.of("").toAbsolutePath().toString());
        this.jib = plugin(child(child(pom, "build"), "plugins"), "jib-maven-plugin");
    }

    static PomJib read() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return new PomJib(f.newDocumentBuilder().parse(Path.of("pom.xml").toFile()));
    }

    /** A configuration value by path below the plugin's configuration, e.g. "container/user". */
    String value(String path) {
        return resolve(text(at(configuration(jib), path)));
    }

    /** The texts of the children of a list element, e.g. "container/entrypoint" → its args. */
    List<String> list(String path) {
        List<String> out = new ArrayList<>();
        for (Element e : children(at(configuration(jib), path))) {
            out.add(resolve(text(e)));
        }
        return out;
    }

    /** The extra directories as from → into, the base configuration's and each profile's. */
    Map<String, ExtraDirectory> extraDirectories() {
        Map<String, ExtraDirectory> dirs = new HashMap<>();
        List<Element> configurations = new ArrayList<>(List.of(configuration(jib)));
        Element profiles = child(pom, "profiles");
        for (Element profile : children(profiles)) {
            Element plugin = plugin(child(child(profile, "build"), "plugins"), "jib-maven-plugin");
            if (plugin != null) {
                configurations.add(configuration(plugin));
            }
        }
        for (Element config : configurations) {
            for (Element path : children(at(config, "extraDirectories/paths"))) {
                String includes = child(path, "includes") == null ? "" : text(child(path, "includes"));
                dirs.put(text(child(path, "from")), new ExtraDirectory(text(child(path, "into")), includes,
                        activationFile(path)));
            }
        }
        return dirs;
    }

    /** A directory Jib copies into the image; {@code onlyIfExists} is the profile's activation file, if any. */
    record ExtraDirectory(String into, String includes, String onlyIfExists) {
    }

    /** The shade plugin's main class: the runnable jar's. */
    String shadeMainClass() {
        Element shade = plugin(child(child(pom, "build"), "plugins"), "maven-shade-plugin");
        NodeList found = shade.getElementsByTagName("mainClass");
        return resolve(found.item(0).getTextContent().strip());
    }

    private String activationFile(Element path) {
        for (Node n = path; n != null; n = n.getParentNode()) {
            if (n instanceof Element e && e.getTagName().equals("profile")) {
                return resolve(text(at(e, "activation/file/exists")));
            }
        }
        return null;
    }

    private String resolve(String text) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = properties.get(m.group(1));
            if (value == null) {
                throw new AssertionError("pom.xml uses ${" + m.group(1) + "}, which it does not define");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(value)));
        }
        return m.appendTail(out).toString();
    }

    private static Element plugin(Element plugins, String artifactId) {
        for (Element p : children(plugins)) {
            if (artifactId.equals(text(child(p, "artifactId")))) {
                return p;
            }
        }
        return null;
    }

    private static Element configuration(Element plugin) {
        return child(plugin, "configuration");
    }

    private static Element at(Element from, String path) {
        Element e = from;
        for (String step : path.split("/")) {
            e = child(e, step);
            if (e == null) {
                throw new AssertionError("pom.xml's Jib configuration has no " + path);
            }
        }
        return e;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element e : children(parent)) {
            if (e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }
}
