package com.nexus.chatops.runbook;

/**
 * A JSON pointer into a runbook file in the words a runbook author uses: {@code /steps/investigate/1/run} is
 * "step investigate-2", {@code /match/patterns/0} is "match.patterns[0]".
 */
final class Where {
    private Where() {}

    static String describe(String pointer) {
        String[] parts = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        if (parts.length >= 3 && parts[0].equals("steps") && parts[2].matches("\\d+")) {
            String step = "step " + parts[1] + "-" + (Integer.parseInt(parts[2]) + 1);
            return parts.length > 3 ? step + " (" + parts[3] + ")" : step;
        }
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String key = part.replace("~1", "/").replace("~0", "~");
            if (key.matches("\\d+")) {
                out.append('[').append(key).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(key);
            }
        }
        return out.toString();
    }

    static String step(StepKey key) {
        return "/steps/" + key.stage().key() + "/" + (key.number() - 1);
    }
}
