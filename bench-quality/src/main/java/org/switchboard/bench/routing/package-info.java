/**
 * The routing model's training data and its benchmark: {@link org.switchboard.bench.routing.RoutingExamplesBuilder}
 * derives bot-core's bundled {@code switchboard/routing/public.tsv} from BANKING77 and CLINC150 by the mapping in
 * {@code routing/public-mapping.tsv}; {@link org.switchboard.bench.routing.RoutingBenchmark} measures the model the
 * offline agent routes with (the same trainer, options and examples as at run time).
 */
package org.switchboard.bench.routing;
