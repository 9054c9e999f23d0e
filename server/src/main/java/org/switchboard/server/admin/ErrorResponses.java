package org.switchboard.server.admin;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin API's client errors, each with a JSON {@link ErrorBody}. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    /** @return 400 with the message */
    static BadRequestException badRequest(String message) {
        return new BadRequestException(response(Response.Status.BAD_REQUEST, message));
    }

    /** @return 404 with the message */
    static NotFoundException notFound(String message) {
        return new NotFoundException(response(Response.Status.NOT_FOUND, message));
    }

    /** @return 409 with the message */
    static ClientErrorException conflict(String message) {
        return new ClientErrorException(response(Response.Status.CONFLICT, message));
    }

    private static Response response(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ErrorBody.of(message)).build();
    }
}
