/**
 * Time as a dependency: the {@link java.time.Clock} every core service injects, so tests and benchmarks can
 * control it. Nothing else lives here.
 */
package org.switchboard.core.time;
