/**
 * Read replicas fed by a Kafka change log. A writer builds store generations as on one machine and publishes
 * each one's step from the previous generation, an RDF Patch ({@link vn.policykg.store.GenerationPatch}), to a
 * one-partition topic ({@link vn.policykg.replica.ChangeLog}, {@link vn.policykg.replica.ChangeLogPublisher}).
 * A replica ({@link vn.policykg.replica.Replica}) follows the topic in order and turns each patch into a
 * generation of its own store with the writer's id ({@link vn.policykg.replica.ReplicaGenerations}): a copy of
 * the generation it serves, the patch applied in one TDB2 write transaction, its own text index and dumps, then
 * published and swapped in as a reload is. A replica with nothing to follow from (an empty store, a gap in the
 * topic after retention) starts again from the writer's latest dump ({@link vn.policykg.replica.WriterDumps}).
 *
 * <p>Depends on {@code store} only; the web layer wires it from {@code policykg.replication.*}. To carry
 * something more with each generation, put it in the generation's patch or dumps, so the topic stays the one
 * ordered record of what a replica serves.
 */
package vn.policykg.replica;
