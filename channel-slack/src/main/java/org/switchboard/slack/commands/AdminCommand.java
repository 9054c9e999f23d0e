package org.switchboard.slack.commands;

import java.util.Locale;

/**
 * One parsed {@code /switchboard} command line (the slash command's {@code text}).
 *
 * @param verb     what to do
 * @param pluginId the plugin for {@link Verb#ENABLE_PLUGIN} and {@link Verb#DISABLE_PLUGIN}, else null
 * @param problem  for {@link Verb#HELP}: why the text was not understood, or null when help was asked for
 */
public record AdminCommand(Verb verb, String pluginId, String problem) {

    /** The commands. */
    public enum Verb {
        /** {@code plugins}: list plugins with state. */
        PLUGINS,
        /** {@code plugin enable ID}. */
        ENABLE_PLUGIN,
        /** {@code plugin disable ID}. */
        DISABLE_PLUGIN,
        /** {@code approvals}: pending approval requests. */
        APPROVALS,
        /** {@code status}: backlog and waiting work. */
        STATUS,
        /** {@code help} or anything not understood. */
        HELP
    }

    /** Longest command text looked at, in characters. */
    static final int MAX_TEXT = 200;

    /**
     * @param text the slash command's text, e.g. {@code "plugin disable knowledge-base"}; null or blank means help
     * @return the command; text that is not a command gives {@link Verb#HELP} with a problem
     */
    public static AdminCommand parse(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_TEXT) {
            return help("that command is too long");
        }
        String[] words = clean.isEmpty() ? new String[0] : clean.split("\\s+");
        if (words.length == 0) {
            return new AdminCommand(Verb.HELP, null, null);
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        return switch (first) {
            case "plugins" -> words.length == 1 ? new AdminCommand(Verb.PLUGINS, null, null) : help("`plugins` takes no arguments");
            case "approvals" -> words.length == 1 ? new AdminCommand(Verb.APPROVALS, null, null) : help("`approvals` takes no arguments");
            case "status" -> words.length == 1 ? new AdminCommand(Verb.STATUS, null, null) : help("`status` takes no arguments");
            case "help" -> new AdminCommand(Verb.HELP, null, null);
            case "plugin" -> plugin(words);
            default -> help("I don't know the command `" + first + "`");
        };
    }

    private static AdminCommand plugin(String[] words) {
        if (words.length != 3) {
            return help("use `plugin enable ID` or `plugin disable ID`");
        }
        String action = words[1].toLowerCase(Locale.ROOT);
        if (!words[2].matches("[A-Za-z0-9._-]{1,100}")) {
            return help("`" + words[2] + "` is not a plugin id");
        }
        return switch (action) {
            case "enable" -> new AdminCommand(Verb.ENABLE_PLUGIN, words[2], null);
            case "disable" -> new AdminCommand(Verb.DISABLE_PLUGIN, words[2], null);
            default -> help("use `plugin enable ID` or `plugin disable ID`");
        };
    }

    private static AdminCommand help(String problem) {
        return new AdminCommand(Verb.HELP, null, problem);
    }
}
