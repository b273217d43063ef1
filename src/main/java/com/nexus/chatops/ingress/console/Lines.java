package com.nexus.chatops.ingress.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** Where the console's lines come from: a pipe or file as it is, or a terminal with line editing and history. */
public interface Lines extends AutoCloseable {

    /** The next line, after showing {@code prompt} where a person types; null at end of input (Ctrl-D). */
    String next(String prompt) throws IOException;

    @Override
    default void close() throws IOException {
    }

    /** Lines read as they come; the prompt is printed only when a person is typing. */
    static Lines piped(BufferedReader in, PrintStream out, boolean interactive) {
        return prompt -> {
            if (interactive) {
                out.print(prompt);
                out.flush();
            }
            return in.readLine();
        };
    }
}
