package org.switchboard.email.threading;

/** How a Message-ID came to be known to the threading table. */
public enum LinkDirection {
    /** An inbound message's own id. */
    INBOUND,
    /** An id an inbound message referred to (In-Reply-To, References, or a bounce's returned message). */
    REFERENCED,
    /** The id of a reply we sent. */
    OUTBOUND
}
