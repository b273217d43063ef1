package com.nexus.chatops.testing;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Loads nexus and its libraries itself (the JDK from the platform loader) and notes every class name asked for:
 * what a startup path loads, seen afresh although the test JVM has loaded everything long ago.
 */
public final class RecordingClassLoader extends URLClassLoader {
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    public RecordingClassLoader() {
        super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        requested.add(name);
        return super.loadClass(name, resolve);
    }

    public List<String> requested() {
        synchronized (requested) {
            return List.copyOf(requested);
        }
    }

    private static URL[] classPath() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(new File(entry).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
