package com.nexus.chatops.command;

import java.util.List;
import java.util.Optional;

/** The words after a command's name, plus what a syntax function needs to judge them. */
final class Input {

    private final Tokenizer.Tokens tokens;
    private final int first;
    private final Vocabulary vocabulary;
    private final String verb;

    Input(Tokenizer.Tokens tokens, int first, Vocabulary vocabulary, String verb) {
        this.tokens = tokens;
        this.first = first;
        this.vocabulary = vocabulary;
        this.verb = verb;
    }

    List<String> words() {
        return tokens.tokens().subList(first, tokens.tokens().size()).stream()
                .map(Tokenizer.Token::text).toList();
    }

    Optional<String> word(int index) {
        int at = first + index;
        return at < tokens.tokens().size() ? Optional.of(tokens.tokens().get(at).text()) : Optional.empty();
    }

    /** Everything from word {@code index} on, as typed. */
    String textFrom(int index) {
        return tokens.textFrom(first + index);
    }

    /** Everything before word {@code index}, as typed. */
    String textBefore(int index) {
        return tokens.textBetween(first, first + index);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    String verb() {
        return verb;
    }

    /** Rejects anything after the first {@code count} words. */
    void expectAtMost(int count) {
        word(count).ifPresent(extra -> {
            throw Values.unexpected(extra, verb, count);
        });
    }
}
