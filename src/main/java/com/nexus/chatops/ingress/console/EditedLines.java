package com.nexus.chatops.ingress.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines typed at a terminal, with JLine's line editing (arrows, Ctrl-A/E, Ctrl-R search) and a history kept in
 * a file across runs. Ctrl-C clears the line being typed; Ctrl-D on an empty line ends the console.
 */
public final class EditedLines implements Lines {
    private final Terminal terminal;
    private final LineReader reader;

    private EditedLines(Terminal terminal, Path history) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("nexus")
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .build();
    }

    /** The terminal this process runs at. */
    public static EditedLines atTerminal(Path history) throws IOException {
        return new EditedLines(TerminalBuilder.builder().system(true).build(), history);
    }

    /** A terminal over these streams (e.g. a pseudo-terminal's), understood as {@code type} (e.g. xterm). */
    static EditedLines over(InputStream in, OutputStream out, String type, Path history) throws IOException {
        return new EditedLines(TerminalBuilder.builder().system(false).streams(in, out).type(type).build(), history);
    }

    @Override
    public String next(String prompt) {
        while (true) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                // Ctrl-C: drop what was typed and ask again, as a shell does
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.getHistory().save();
        terminal.close();
    }
}
