package org.switchboard.plugins.commerce.replay;

/** A tau-bench domain the replay can run (retail, airline). */
public interface ReplayDomain {

    /** @return the domain's name, e.g. {@code retail} */
    String name();

    /** @return a session on a fresh copy of the original data, with every record visible */
    ReplaySession newSession();
}
