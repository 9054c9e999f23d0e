package org.switchboard.core.channel;

/**
 * A file that came with a message. Listed for the transcript and the agent; its bytes are not fetched.
 *
 * @param name      file name as sent, or null
 * @param mediaType MIME type (e.g. {@code image/png}), or null when unknown
 * @param sizeBytes size in bytes, or -1 when unknown
 */
public record Attachment(String name, String mediaType, long sizeBytes) {
}
