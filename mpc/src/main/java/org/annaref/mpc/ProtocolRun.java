package org.annaref.mpc;

import org.annaref.reference.mpc.MpcConfig;
import org.annaref.reference.mpc.MpcStatistics;

/**
 * The result of one protocol run: its output, the configuration it ran on, what it used, the
 * splitting levels its sort needed and the rounds the protocol's own formula predicts for them.
 */
public record ProtocolRun<T>(T output, MpcConfig config, MpcStatistics statistics, int sortLevels,
        long predictedRounds) {
}
