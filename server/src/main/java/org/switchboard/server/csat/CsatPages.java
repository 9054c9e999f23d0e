package org.switchboard.server.csat;

import org.switchboard.core.csat.CsatQuestion;

/**
 * The HTML of the rating pages: fixed text, the validated score and its label, nothing taken from the request
 * otherwise (so nothing to escape).
 */
final class CsatPages {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%s</title>"
            + "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}"
            + "textarea{width:100%%;min-height:6rem}button{margin-top:1rem;padding:.5rem 1.5rem}</style></head><body>";

    private CsatPages() {
    }

    /**
     * @param score the chosen score, 1 to 5 (validated by the caller)
     * @return the confirmation form posting to the same address
     */
    static String form(int score) {
        return String.format(HEAD, "Rate our help") + "<h1>Rate our help</h1>"
                + "<form method=\"post\"><p>Your rating: <strong>" + CsatQuestion.label(score) + "</strong></p>"
                + "<input type=\"hidden\" name=\"score\" value=\"" + score + "\">"
                + "<p><label for=\"comment\">Anything you would like to add? (optional)</label></p>"
                + "<textarea id=\"comment\" name=\"comment\" maxlength=\"1000\"></textarea>"
                + "<button type=\"submit\">Send rating</button></form></body></html>";
    }

    /**
     * @param title the heading (fixed text)
     * @param text  one paragraph (fixed text and digits only)
     * @return the page
     */
    static String message(String title, String text) {
        return String.format(HEAD, title) + "<h1>" + title + "</h1><p>" + text + "</p></body></html>";
    }
}
