/**
 * Dataset files on disk: the formats ({@link io.github.syntheticcustomers.core.io.Format}), the streaming
 * writer ({@link io.github.syntheticcustomers.core.io.DatasetWriter}), readers, {@code manifest.json}
 * ({@link io.github.syntheticcustomers.core.io.Manifest}, parsed as untrusted input), and the dataset
 * directory ({@link io.github.syntheticcustomers.core.io.DatasetDirectory}) that keeps the output directory a
 * safe place: where a dataset may go, whose files a run touches, one run at a time, crash-consistent publish.
 */
package io.github.syntheticcustomers.core.io;
