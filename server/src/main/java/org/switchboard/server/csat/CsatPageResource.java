package org.switchboard.server.csat;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.switchboard.core.csat.CsatRequest;
import org.switchboard.core.csat.CsatService;
import org.switchboard.core.privacy.Logs;

/**
 * The page an email's rating link opens ({@link CsatService#PAGE_PATH}{@code /{token}?score=n}).
 * <ul>
 *   <li>{@code GET} shows the chosen score and a form with an optional comment; it records nothing, because mail
 *       security scanners (e.g. link protection in corporate mailboxes) open every link of an email before the
 *       customer does, which would otherwise rate in the customer's name.</li>
 *   <li>{@code POST} (form fields {@code score} 1-5 and {@code comment}, at most 1000 characters kept) records the
 *       rating and shows a thank-you; a second post changes nothing and says the rating was already recorded.</li>
 * </ul>
 * An unknown or malformed token is answered 404, a score outside 1-5 400, each with a short HTML page. The pages
 * contain no text from the request except the validated score, and are served with a Content-Security-Policy that
 * allows no script.
 */
@Path("csat/{token}")
public class CsatPageResource {

    private static final Logger LOG = Logs.logger(CsatPageResource.class);
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Inject
    CsatService csat;

    /**
     * @param token the request's token
     * @param score the chosen score, 1 to 5
     * @return the confirmation form (200), or an error page (400, 404)
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(@PathParam("token") String token, @QueryParam("score") Integer score) {
        if (score == null || score < 1 || score > 5) {
            return page(400, "This link is not complete", "Please use one of the links in the email.");
        }
        Optional<CsatRequest> request = csat.find(token);
        if (request.isEmpty()) {
            return page(404, "This rating link is not valid", "It may have been copied incompletely.");
        }
        if (request.get().getScore() != null) {
            return page(200, "Thank you!", "Your rating was already recorded.");
        }
        return Response.ok(CsatPages.form(score)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", CSP).build();
    }

    /**
     * @param token   the request's token
     * @param score   the score, 1 to 5
     * @param comment an optional comment
     * @return the thank-you page (200), or an error page (400, 404)
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response rate(@PathParam("token") String token, @FormParam("score") String score,
                         @FormParam("comment") String comment) {
        if (score == null || !score.matches("[1-5]")) {
            return page(400, "Please choose a rating", "A rating is a number from 1 to 5.");
        }
        CsatService.Outcome outcome = csat.rate(token, Integer.parseInt(score), comment, "email-link");
        LOG.info(() -> "CSAT rating " + score + "/5 from the rating page: " + outcome);
        return switch (outcome) {
            case RECORDED -> page(200, "Thank you!", "You rated the help " + score + " out of 5.");
            case ALREADY_RATED -> page(200, "Thank you!", "Your rating was already recorded.");
            case UNKNOWN -> page(404, "This rating link is not valid", "It may have been copied incompletely.");
        };
    }

    private static Response page(int status, String title, String text) {
        return Response.status(status).entity(CsatPages.message(title, text))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Content-Security-Policy", CSP).build();
    }
}
