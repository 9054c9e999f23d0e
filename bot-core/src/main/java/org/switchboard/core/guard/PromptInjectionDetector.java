package org.switchboard.core.guard;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognizes the common shapes of prompt injection and jailbreak attempts in a customer's message, following the
 * OWASP Top 10 for LLM Applications (LLM01: prompt injection) examples: instructions to ignore or override earlier
 * instructions, requests to reveal the system prompt, role-play "modes" that remove restrictions (DAN, developer
 * mode) and fake system/role markers. Matching is on a normalized text (NFKC, lower case, collapsed spaces), so
 * full-width letters and odd spacing do not slip through. It is a first line of defence in front of the model;
 * tools still enforce the verified customer's identity whatever the text says.
 */
public final class PromptInjectionDetector {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(previous|prior|above|earlier|all|your|the|any)\\b.{0,20}\\b(instructions?|prompts?|rules|guidelines|directives|polic(y|ies))\\b"),
            Pattern.compile("\\b(reveal|show|print|repeat|tell me|output|display|leak)\\b.{0,30}\\b(system|hidden|initial|original|secret)\\b.{0,10}\\b(prompt|instructions?|message|rules)\\b"),
            Pattern.compile("\\bwhat (is|are|were) your (system )?(prompt|instructions)\\b"),
            Pattern.compile("\\b(dan|do anything now)\\b.{0,40}\\b(mode|jailbreak|prompt)\\b|\\bjailbreak(ed|ing)?\\b"),
            Pattern.compile("\\b(developer|god|sudo|admin|unrestricted|unfiltered) mode\\b"),
            Pattern.compile("\\byou are (now|no longer)\\b.{0,40}\\b(unrestricted|without (any )?(rules|restrictions|limits)|(not )?bound by|free from)\\b"),
            Pattern.compile("\\bpretend (that )?you (have no|are not bound by|don't have) (rules|restrictions|guidelines|limits)\\b"),
            Pattern.compile("(^|\\n)\\s*(system|assistant)\\s*:|<\\|?(system|im_start)\\|?>|\\[/?(inst|system)\\]"));

    /**
     * @param text a customer's message (already cleaned by the input guard), may be null
     * @return the matched fragment when the text looks like an injection attempt
     */
    public Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[ \\t]+", " ");
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(normalized);
            if (matcher.find()) {
                return Optional.of(matcher.group().strip());
            }
        }
        return Optional.empty();
    }
}
