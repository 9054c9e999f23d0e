package org.switchboard.server.admin;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Paging checks shared by the read-only admin resources. */
final class ReadOnlyResources {

    private ReadOnlyResources() {
    }

    static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of("page must be 0 or more and size 1 to " + Page.MAX_SIZE)).build());
        }
    }
}
