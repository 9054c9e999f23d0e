package org.switchboard.server.admin;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.switchboard.core.approval.ApprovalConflictException;
import org.switchboard.core.approval.UnknownApprovalException;
import org.switchboard.core.plugin.InvalidConfigurationException;
import org.switchboard.core.plugin.UnknownPluginException;
import org.switchboard.core.review.ReviewConflictException;
import org.switchboard.core.review.UnknownReviewException;

/** Maps the admin services' exceptions to JSON error answers. */
public final class AdminExceptionMappers {

    private AdminExceptionMappers() {
    }

    /** An unknown plugin id: 404. */
    @Provider
    public static class UnknownPlugin implements ExceptionMapper<UnknownPluginException> {
        /**
         * @param e the exception
         * @return 404 with the message
         */
        @Override
        public Response toResponse(UnknownPluginException e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e.getMessage())).build();
        }
    }

    /** A refused configuration: 400 with the field errors. */
    @Provider
    public static class InvalidConfiguration implements ExceptionMapper<InvalidConfigurationException> {
        /**
         * @param e the exception
         * @return 400 with {@code {"message": ..., "errors": [{"field", "message"}]}}
         */
        @Override
        public Response toResponse(InvalidConfigurationException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorBody("Invalid configuration", e.errors())).build();
        }
    }

    /** A request body that is not JSON of the expected shape (JSON-B could not read it): 400, nothing changed. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<JsonbException> {
        /**
         * @param e the exception
         * @return 400 with a message that does not echo the body
         */
        @Override
        public Response toResponse(JsonbException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of("The request body is not JSON of the expected shape.")).build();
        }
    }

    /** An unknown approval request: 404. */
    @Provider
    public static class UnknownApproval implements ExceptionMapper<UnknownApprovalException> {
        /**
         * @param e the exception
         * @return 404 with the message
         */
        @Override
        public Response toResponse(UnknownApprovalException e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e.getMessage())).build();
        }
    }

    /** A decision on a request that was already decided or has expired: 409, nothing changed. */
    @Provider
    public static class ApprovalConflict implements ExceptionMapper<ApprovalConflictException> {
        /**
         * @param e the exception
         * @return 409 with the message
         */
        @Override
        public Response toResponse(ApprovalConflictException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e.getMessage())).build();
        }
    }

    /** An unknown review draft: 404. */
    @Provider
    public static class UnknownReview implements ExceptionMapper<UnknownReviewException> {
        /**
         * @param e the exception
         * @return 404 with the message
         */
        @Override
        public Response toResponse(UnknownReviewException e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e.getMessage())).build();
        }
    }

    /** A decision on a review draft that was already decided: 409, nothing changed. */
    @Provider
    public static class ReviewConflict implements ExceptionMapper<ReviewConflictException> {
        /**
         * @param e the exception
         * @return 409 with the message
         */
        @Override
        public Response toResponse(ReviewConflictException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e.getMessage())).build();
        }
    }
}
