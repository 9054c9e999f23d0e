/**
 * Shared building blocks of the commerce tool plugins that re-implement the tau-bench domains
 * ({@link org.switchboard.plugins.retail}, and the airline domain): the {@link
 * org.switchboard.plugins.commerce.CustomerScope} that keeps a tool on the verified customer's own records, the
 * tool catalog read from tau-bench's {@code tools.json}, the domain-independent tools ({@code calculate},
 * {@code think}, {@code transfer_to_human_agents}), Python-compatible number handling ({@code round(x, 2)},
 * {@code repr(float)}) and JSON document helpers.
 *
 * <p>Nothing here knows about JPA, CDI or channels; the classes are plain Java usable from unit tests and the
 * replay command ({@link org.switchboard.plugins.commerce.replay}).
 */
package org.switchboard.plugins.commerce;
